"""Wall time of radcurate's series -> NIfTI conversion against dcm2niix on the same series.

Writes one CT series (default 200 slices of 512x512, uncompressed) with the test fixture writer, then
times, in the same process run and on a warm page cache:
  ours      read + rescale + sort + RAS canonical + gzip-write (.nii.gz), one process
  dcm2niix  `dcm2niix -z y` (gzip output, the peer of ours) and `-z n` (uncompressed, for reference)
Prints the ratio ours / dcm2niix(-z y). Goal: <= 2x.

    PYTHONPATH=. .venv/bin/python bench/volumes.py [--slices 200] [--matrix 512] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "curation" / "volumes"))

from series_writer import SeriesSpec, write_series  # noqa: E402

from curation.volumes.nifti import build_volume, read_single_frame, write_nifti_atomic  # noqa: E402


def dcm2niix_binary() -> str:
    found = shutil.which("dcm2niix") or str(Path(sys.executable).parent / "dcm2niix")
    if not Path(found).exists():
        raise SystemExit("dcm2niix not found (pip install dcm2niix)")
    return found


def time_ours(series: Path, out: Path) -> float:
    start = time.perf_counter()
    files = sorted(series.iterdir())
    built = build_volume([read_single_frame(f, f"F{i}") for i, f in enumerate(files)], "CT")
    write_nifti_atomic(built.image, out / "ours.nii.gz", built.scaling)
    return time.perf_counter() - start


def time_dcm2niix(series: Path, out: Path, gzip: bool) -> float:
    for old in out.glob("ref*"):
        old.unlink()
    start = time.perf_counter()
    subprocess.run([dcm2niix_binary(), "-z", "y" if gzip else "n", "-f", "ref", "-o", str(out), str(series)],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slices", type=int, default=200)
    parser.add_argument("--matrix", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs each")
    args = parser.parse_args(argv)
    if args.slices < 3 or args.matrix < 8 or args.repeat < 1:
        raise SystemExit("--slices >= 3, --matrix >= 8, --repeat >= 1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        spec = SeriesSpec(n_slices=args.slices, rows=args.matrix, columns=args.matrix,
                          pixel_spacing=(0.7, 0.7), slice_spacing=1.0)
        write_series(root / "series", spec)
        out = root / "out"
        out.mkdir()
        time_ours(root / "series", out)   # warm the page cache and imports
        ours = min(time_ours(root / "series", out) for _ in range(args.repeat))
        peer_gz = min(time_dcm2niix(root / "series", out, gzip=True) for _ in range(args.repeat))
        peer_raw = min(time_dcm2niix(root / "series", out, gzip=False) for _ in range(args.repeat))
        size = (out / "ours.nii.gz").stat().st_size / 2**20
    print(f"series: {args.slices} slices of {args.matrix}x{args.matrix} CT, best of {args.repeat}")
    print(f"radcurate  read+build+write .nii.gz : {ours:6.2f} s  ({size:.1f} MiB)")
    print(f"dcm2niix -z y (gzip)                : {peer_gz:6.2f} s")
    print(f"dcm2niix -z n (uncompressed)        : {peer_raw:6.2f} s")
    print(f"ratio radcurate / dcm2niix -z y     : {ours / peer_gz:6.2f}x  (goal <= 2x)")
    print(f"ratio radcurate / dcm2niix -z n     : {ours / peer_raw:6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
