"""Gantry tilt correction against dcm2niix's `_Tilt_1` file and against the truth of the writer.

Writes a 12-degree tilted head CT (default 32 slices of 512 x 512, 5 mm table step) in each lean of
the gantry, table direction and instance numbering, converts it with radcurate and with dcm2niix, and
prints per case: max |affine difference| (mm) and the share of voxels that differ (with the largest
difference), then for each converter how many voxels lie on an acquired image and the largest error
there against the linear blend of that image's rows (tests/curation/volumes/tilted_series.py).
Also times ours against `dcm2niix -z n` on the first case.

    PYTHONPATH=. .venv/bin/python bench/volumes_tilt.py [--matrix 512] [--slices 32]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nibabel as nib
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curation.volumes.nifti import build_volume, read_single_frame  # noqa: E402
from tests.curation.volumes.series_writer import write_series  # noqa: E402
from tests.curation.volumes.tilted_series import against_truth, tilted_spec  # noqa: E402

CASES = [(-1.0, 5.0, False), (1.0, 5.0, False), (-1.0, -5.0, False), (1.0, -5.0, False), (-1.0, 5.0, True)]


def dcm2niix(folder: Path, out: Path) -> tuple[nib.Nifti1Image, float]:
    binary = shutil.which("dcm2niix") or str(Path(sys.executable).parent / "dcm2niix")
    out.mkdir()
    start = time.perf_counter()
    subprocess.run([binary, "-z", "n", "-f", "ref", "-o", str(out), str(folder)], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    return nib.as_closest_canonical(nib.load(out / "ref_Tilt_1.nii")), seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matrix", type=int, default=512)
    parser.add_argument("--slices", type=int, default=32)
    args = parser.parse_args()
    print("| lean | table | numbering | affine diff (mm) | voxels differing (max) | "
          "dcm2niix on images / max err | ours on images / max err |")
    print("|---|---|---|---|---|---|---|")
    for n, (lean, z_step, reverse) in enumerate(CASES):
        spec = dataclasses.replace(tilted_spec(lean=lean, z_step=z_step, reverse=reverse), rows=args.matrix,
                                   columns=args.matrix, n_slices=args.slices, pixel_spacing=(0.45, 0.45),
                                   origin=(-115.0, -115.0, 20.0))
        with tempfile.TemporaryDirectory() as tmp:
            files = write_series(Path(tmp) / "s", spec)
            start = time.perf_counter()
            ours = build_volume([read_single_frame(f, "F") for f in files], "CT").image
            ours_s = time.perf_counter() - start
            ref, ref_s = dcm2niix(Path(tmp) / "s", Path(tmp) / "out")
            affine = float(np.max(np.abs(ours.affine - ref.affine)))
            if ours.shape == ref.shape:
                diff = np.abs(np.asarray(ours.dataobj, float) - ref.get_fdata())
                voxels = f"{np.mean(diff > 0):.2%} ({diff.max():g})"
            else:
                voxels = f"shapes {ours.shape} / {ref.shape}"
            theirs, mine = against_truth(ref, files, spec), against_truth(ours, files, spec)
        print(f"| {'+' if lean > 0 else '-'} | {z_step:+g} | {'reversed' if reverse else 'ascending'} | "
              f"{affine:.2g} | {voxels} | {theirs[0]} / {theirs[1]:.3g} | {mine[0]} / {mine[1]:.3g} |")
        if n == 0:
            timing = f"ours {ours_s:.2f} s (read + resample, no write), dcm2niix -z n {ref_s:.2f} s"
    print(f"\n{args.slices} x {args.matrix}^2: {timing}")


if __name__ == "__main__":
    main()
