"""Segmentation benchmark: threshold segmenter seconds per volume, against reading the same volume.

    python bench/segment.py [--shape 512 512 300] [--repeat 2] [--totalseg --device gpu]

The peer is `nibabel` loading the same NIfTI into memory (the I/O floor every segmenter pays), measured
in the same run; the ratio says how much the segmentation itself adds. With --totalseg, the real
TotalSegmentator python_api (`total`, fast) runs with random default-size nnU-Net weights (no
download: the timing is real, the labels are not); goal on an H200: <= 15 s per 512x512x300 CT.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    import nibabel as nib
    import numpy as np

    from curation.segment.phantom import phantom_ct
    from curation.segment.threshold import ThresholdSegmenter

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", type=int, nargs=3, default=[512, 512, 300])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--totalseg", action="store_true")
    parser.add_argument("--device", default="gpu")
    args = parser.parse_args()
    shape = tuple(args.shape)
    with tempfile.TemporaryDirectory(prefix="radcurate-bench-") as tmp:
        hu, affine = phantom_ct(shape, spacing_mm=0.8)  # type: ignore[arg-type]
        path = Path(tmp) / "ct.nii.gz"
        nib.save(nib.Nifti1Image(hu, affine), str(path))
        peer = _best(lambda: np.asarray(nib.load(str(path)).dataobj), args.repeat)
        labels = {}
        ours = _best(lambda: labels.setdefault("x", ThresholdSegmenter().segment(path, "CT")), args.repeat)
        found = sorted(int(c) for c in np.unique(labels["x"]))
        print(f"volume {shape} int16: nibabel load {peer:.2f} s | threshold segmenter {ours:.2f} s/volume "
              f"(incl. load) | ratio {ours / peer:.1f}x load | classes {found}")
        if args.totalseg:
            from curation.segment.random_weights import write_random_task
            from curation.segment.totalseg import TotalSegmentatorSegmenter

            os.environ["TOTALSEG_HOME_DIR"] = str(Path(tmp) / "home")
            write_random_task(Path(tmp) / "weights", 297, size="default")
            seg = TotalSegmentatorSegmenter(fast=True, device=args.device, weights_dir=str(Path(tmp) / "weights"))
            seg.segment(path, "CT")  # warm-up: imports, CUDA context
            ts = _best(lambda: seg.segment(path, "CT"), args.repeat)
            print(f"TotalSegmentator total --fast (random default-size weights, {args.device}): {ts:.2f} s/volume | "
                  f"ratio {ts / ours:.1f}x threshold")


if __name__ == "__main__":
    main()
