"""A small CT phantom in RAS: body cylinder, two lungs, a spine; written as NIfTI."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

SHAPE = (64, 64, 20)  # RAS: i toward patient right (x), j anterior, k superior
SPACING_MM = 5.0


def phantom_ct() -> tuple[np.ndarray, np.ndarray]:
    """(HU array, affine). Right lung at large i (RAS x = right), left lung at small i, spine posterior."""
    i, j, _ = np.meshgrid(*(np.arange(n) for n in SHAPE), indexing="ij")
    hu = np.full(SHAPE, -1000, dtype=np.int16)
    body = ((i - 32) / 28) ** 2 + ((j - 32) / 22) ** 2 <= 1
    hu[body] = 40
    right_lung = ((i - 44) / 8) ** 2 + ((j - 34) / 10) ** 2 <= 1
    left_lung = ((i - 20) / 8) ** 2 + ((j - 34) / 10) ** 2 <= 1
    hu[right_lung | left_lung] = -850
    spine = ((i - 32) / 4) ** 2 + ((j - 15) / 4) ** 2 <= 1
    hu[spine] = 700
    affine = np.diag([SPACING_MM, SPACING_MM, SPACING_MM, 1.0])
    affine[:3, 3] = -np.array(SHAPE) * SPACING_MM / 2
    return hu, affine


@pytest.fixture
def phantom_ct_arrays() -> tuple[np.ndarray, np.ndarray]:
    return phantom_ct()


@pytest.fixture
def phantom_ct_path(tmp_path: Path) -> Path:
    import nibabel as nib

    hu, affine = phantom_ct()
    path = tmp_path / "phantom.nii.gz"
    nib.save(nib.Nifti1Image(hu, affine), str(path))
    return path
