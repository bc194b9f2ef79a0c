"""When is an export complete? A marker file, or sizes and mtimes unchanged over two looks.

Only `stat` is used: a watcher never opens a DICOM file, let alone reads pixel data. The state
carried between looks is a small JSON-able dict (the sensor's cursor).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from curation.export_layout import COMPLETION_MARKERS


@dataclass(frozen=True)
class ReadyExport:
    folder: Path
    signature: str
    by_marker: bool


def folder_signature(folder: Path) -> str:
    """A digest of (relative path, size, mtime) of every file: changes whenever the export does."""
    digest = hashlib.sha256()
    count = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            stat = path.lstat()  # a dangling link or a FIFO is looked at, never followed or opened
            line = f"{path.relative_to(folder).as_posix()}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))  # names that are not UTF-8: their bytes
            count += 1
    return f"{count}:{digest.hexdigest()[:20]}" if count else ""


def has_marker(folder: Path) -> bool:
    return any((folder / name).is_file() for name in COMPLETION_MARKERS)


def scan_exports(root: Path, cursor: dict[str, dict[str, str]]) -> tuple[list[ReadyExport], dict[str, dict[str, str]]]:
    """Exports under `root` that became ready since the last look, and the new cursor.

    cursor = {"seen": {folder name: signature at last look}, "done": {folder name: signature submitted}}.
    A folder is ready when it has a completion marker, or when its signature is non-empty and equal to
    the one seen at the previous look (nothing was written in between). A submitted folder that changes
    later (files added) becomes ready again with its new signature.
    """
    seen_before = cursor.get("seen", {})
    done = dict(cursor.get("done", {}))
    seen: dict[str, str] = {}
    ready: list[ReadyExport] = []
    if not root.is_dir():
        return [], {"seen": {}, "done": done}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        signature = folder_signature(folder)
        seen[folder.name] = signature
        if not signature or done.get(folder.name) == signature:
            continue
        marker = has_marker(folder)
        if marker or seen_before.get(folder.name) == signature:
            ready.append(ReadyExport(folder, signature, marker))
            done[folder.name] = signature
    return ready, {"seen": seen, "done": done}
