"""A small CT phantom in RAS written as NIfTI (see curation.segment.phantom)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from curation.segment.phantom import phantom_ct


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
