"""What a segmenter is: a name, a version and one call from a volume file to a label map."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

MODALITIES = ("CT", "MR")


@runtime_checkable
class Segmenter(Protocol):
    """A backend that labels every voxel of a volume with a class id of `curation.segment.classes`.

    `name` goes into file names (`<volume_id>.<name>.nii.gz`); `version` changes whenever output could
    change (model, weights, thresholds), so the incremental asset knows which label maps are stale.
    """

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    def segment(self, volume_path: Path, modality: str) -> np.ndarray:
        """A uint8/uint16 label map in the volume's own voxel grid (same shape, same affine)."""
        ...


def check_modality(modality: str) -> str:
    """Normalise and validate a modality argument ('ct' -> 'CT')."""
    value = (modality or "").upper()
    if value not in MODALITIES:
        raise ValueError(f"modality must be one of {MODALITIES}, got {modality!r}")
    return value
