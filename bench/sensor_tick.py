"""bench/sensor_tick: cost of one inbox look when every export is already curated and unchanged.

Peer: the previous watcher, which stat'ed every file of every export on every tick (folder_signature for
each folder). Now: `scan_exports` with a cursor in which all exports are done, so only the directories'
mtimes are read. Prints both times and their ratio (same inbox, same run).

    python bench/sensor_tick.py --exports 20 --series 10 --files 100
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from curation.exports_watch import export_folders, folder_signature, scan_exports


def _inbox(root: Path, exports: int, series: int, files: int) -> None:
    for e in range(exports):
        for s in range(series):
            folder = root / f"export_{e:03d}" / "PAT" / "STUDY" / f"SER{s:03d}"
            folder.mkdir(parents=True)
            for f in range(files):
                (folder / f"IM{f:05d}").write_bytes(b"x")
        (root / f"export_{e:03d}" / "EXPORT_COMPLETE").write_bytes(b"")


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exports", type=int, default=20)
    parser.add_argument("--series", type=int, default=10)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _inbox(root, args.exports, args.series, args.files)
        cursor = scan_exports(root, {}, key=str, now=0.0, window=600.0).cursor
        peer = _best(lambda: [folder_signature(f) for f in export_folders(root)], args.repeat)
        ours = _best(lambda: scan_exports(root, cursor, key=str, now=60.0, window=600.0), args.repeat)
        scan = scan_exports(root, cursor, key=str, now=60.0, window=600.0)
    n_files = args.exports * args.series * args.files
    print(f"{args.exports} curated exports, {n_files} files; walked this tick: {scan.walked}")
    print(f"previous watcher (stat every file): {peer * 1000:.1f} ms")
    print(f"scan_exports (directory mtimes):    {ours * 1000:.1f} ms")
    print(f"ratio previous/now: {peer / ours:.1f}x")


if __name__ == "__main__":
    main()
