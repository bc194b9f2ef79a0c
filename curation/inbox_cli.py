"""`radcurate inbox [DIR]`: which folder is which keyed name, for the operator at the server's terminal.

The UI (sensor skip reasons) names waiting exports only by keyed names (`w_...`), because folder names can
carry patient names. This command, run where the inbox is mounted and with the same RADCURATE_SECRET,
prints each folder beside its keyed name, its file count, whether a valid marker is there and how long
ago anything in it was last written. It prints to the terminal only; nothing is stored.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from curation.keys import Pseudonymizer
from curation.paths import EXPORTS_DIR_ENV


def inbox_lines(root: Path, pseudonymizer: Pseudonymizer, now: float) -> list[str]:
    """One line per export folder: keyed name, folder, files, marker, seconds since the last write."""
    from curation.exports_watch import export_folders, has_marker, inbox_key, settled_since

    key = inbox_key(pseudonymizer)
    lines = []
    for folder in export_folders(root):
        files = sum(len(names) for _, _, names in os.walk(folder))
        quiet = int(now - settled_since(folder)) if files else 0
        lines.append(f"{key(folder.name)}  {folder.name}  files={files}  "
                     f"marker={'yes' if has_marker(folder) else 'no'}  last_write={quiet}s_ago")
    return lines


def _run(args: argparse.Namespace) -> int:
    from curation.exports_watch import stable_seconds

    root = Path(args.dir or os.environ.get(EXPORTS_DIR_ENV) or "")
    if not str(root) or not root.is_dir():
        raise ValueError(f"no inbox folder: pass DIR or set {EXPORTS_DIR_ENV} to an existing folder")
    print(f"window: {stable_seconds():.0f} s without writes (or a marker written last)")
    for line in inbox_lines(root, Pseudonymizer.from_env(), time.time()):
        print(line)
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("inbox", help="list inbox folders with the keyed names the UI shows")
    parser.add_argument("dir", nargs="?", default=None, help=f"inbox folder (default {EXPORTS_DIR_ENV})")
    parser.set_defaults(func=_run)
    return parser
