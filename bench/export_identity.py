"""bench/export_identity: what identifying an export by its content costs, against two peers.

Writes a synthetic export at 512x512 (real CT-sized DICOM files, ~0.5 MB each) and times, on the same
files in the same run: the radcurate manifest (relative path + size + head/tail sample, keyed), a full
sha256 of every byte, and the set of SOP Instance UIDs read with pydicom (headers only). Prints seconds,
files per second and a projection to 100k files. The page cache is warm after the first pass, so the
figures are CPU cost; on a cold disk the bytes read dominate and are printed too.

    python bench/export_identity.py --patients 2
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from pathlib import Path

import pydicom

from curation.export_identity import SAMPLE_BYTES, export_manifest
from curation.keys import Pseudonymizer
from curation.synth import SynthOptions, write_synthetic_export


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def full_sha256(root: Path) -> str:
    digest = hashlib.sha256()
    for path in _files(root):
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def sop_uids(root: Path) -> int:
    uids = set()
    for path in _files(root):
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=["SOPInstanceUID"])
            uids.add(str(ds.SOPInstanceUID))
        except Exception:  # report tables and broken files have no UID: the weakness of this peer
            continue
    return len(uids)


def _time(fn, *args) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=2)
    args = parser.parse_args()
    pseudonymizer = Pseudonymizer(b"bench-secret-0123456789abcdef")
    with tempfile.TemporaryDirectory(prefix="radcurate-bench-id-") as tmp:
        root = Path(tmp) / "export"
        write_synthetic_export(root, SynthOptions(patients=args.patients, seed=1, matrix=512))
        files = _files(root)
        total = sum(p.stat().st_size for p in files)
        sampled = sum(min(p.stat().st_size, 2 * SAMPLE_BYTES) for p in files)
        full_sha256(root)  # warm the page cache for every contender alike
        rows = [("manifest (radcurate)", _time(export_manifest, root, pseudonymizer), sampled),
                ("manifest, 1 thread", _time(lambda r: export_manifest(r, pseudonymizer, threads=1), root), sampled),
                ("full sha256 (peer)", _time(full_sha256, root), total),
                ("SOP UID set, pydicom (peer)", _time(sop_uids, root), None)]
        print(f"{len(files)} files, {total / 1e6:.0f} MB, cpu count {os.cpu_count()}")
        base = rows[0][1]
        for name, seconds, read in rows:
            print(f"{name:30s} {seconds:7.3f} s  {len(files) / seconds:9.0f} files/s  "
                  f"100k files: {100_000 / len(files) * seconds:6.1f} s  x{seconds / base:5.1f}"
                  + (f"  reads {read / 1e6:.0f} MB" if read else ""))


if __name__ == "__main__":
    main()
