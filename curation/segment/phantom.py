"""A synthetic CT phantom in RAS (body cylinder, two lungs, spine) for tests and benchmarks."""

from __future__ import annotations

import numpy as np


def phantom_ct(shape: tuple[int, int, int] = (64, 64, 20), spacing_mm: float = 5.0) -> tuple[np.ndarray, np.ndarray]:
    """(HU int16 array, RAS affine). Geometry scales with `shape`; at the default (64, 64, 20):
    right lung centred at i=44 (RAS x larger = patient right), left lung at i=20, spine at j=15 (posterior).
    """
    if len(shape) != 3 or min(shape) < 8:
        raise ValueError(f"shape must be 3 axes of >= 8 voxels, got {shape}")
    ni, nj, _ = shape
    fi = (np.arange(ni)[:, None] - ni / 2) / ni * 64  # in units of the 64-voxel default grid
    fj = (np.arange(nj)[None, :] - nj / 2) / nj * 64
    plane = np.full((ni, nj), -1000, dtype=np.int16)
    plane[(fi / 28) ** 2 + (fj / 22) ** 2 <= 1] = 40
    lungs = (((fi - 12) / 8) ** 2 + ((fj - 2) / 10) ** 2 <= 1) | (((fi + 12) / 8) ** 2 + ((fj - 2) / 10) ** 2 <= 1)
    plane[lungs] = -850
    plane[(fi / 4) ** 2 + ((fj + 17) / 4) ** 2 <= 1] = 700
    hu = np.repeat(plane[:, :, None], shape[2], axis=2)
    affine = np.diag([spacing_mm, spacing_mm, spacing_mm, 1.0])
    affine[:3, 3] = -np.array(shape) * spacing_mm / 2
    return hu, affine
