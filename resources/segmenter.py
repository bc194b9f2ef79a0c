"""The segmenter resource: which backend segments volumes, and how TotalSegmentator runs."""

from __future__ import annotations

import os

import dagster as dg

from curation.segment.protocol import Segmenter

SEGMENTER_ENV = "RADCURATE_SEGMENTER"
BACKENDS = ("threshold", "totalsegmentator")


class SegmenterResource(dg.ConfigurableResource):
    """Backend 'threshold' (embedded default, any machine) or 'totalsegmentator' (needs its weights).

    weights_dir sets TOTALSEG_WEIGHTS_PATH; without it TotalSegmentator looks in TOTALSEG_HOME_DIR.
    allow_download stays False in production: missing weights are an error naming the folder.
    """

    backend: str = "threshold"
    fast: bool = False
    device: str = "gpu"
    weights_dir: str | None = None
    allow_download: bool = False
    timeout_s: float | None = None

    def build(self) -> Segmenter:
        if self.backend == "threshold":
            from curation.segment.threshold import ThresholdSegmenter

            return ThresholdSegmenter()
        if self.backend == "totalsegmentator":
            from curation.segment.totalseg import TotalSegmentatorSegmenter

            return TotalSegmentatorSegmenter(fast=self.fast, device=self.device, weights_dir=self.weights_dir,
                                             allow_download=self.allow_download, timeout_s=self.timeout_s)
        raise ValueError(f"segmenter backend must be one of {BACKENDS}, got {self.backend!r}")


def segmenter_from_env() -> SegmenterResource:
    """The resource as Definitions build it: backend from RADCURATE_SEGMENTER (default threshold)."""
    backend = os.environ.get(SEGMENTER_ENV, "threshold")
    if backend not in BACKENDS:
        raise ValueError(f"{SEGMENTER_ENV} must be one of {BACKENDS}, got {backend!r}")
    return SegmenterResource(backend=backend, weights_dir=os.environ.get("TOTALSEG_WEIGHTS_PATH"))
