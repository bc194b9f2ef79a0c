from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from curation.segment.classes import class_id
from curation.segment.threshold import ThresholdSegmenter


def test_ct_phantom_lungs_and_bone_in_place(phantom_ct_path: Path) -> None:
    labels = ThresholdSegmenter().segment(phantom_ct_path, "ct")
    assert labels.shape == (64, 64, 20) and labels.dtype == np.uint8
    right = np.argwhere(labels == class_id("lung_right"))
    left = np.argwhere(labels == class_id("lung_left"))
    bone = np.argwhere(labels == class_id("bone"))
    # The phantom's right lung is centred at i=44 (RAS x larger = patient right), the left at i=20.
    assert right[:, 0].mean() == pytest.approx(44, abs=0.5)
    assert left[:, 0].mean() == pytest.approx(20, abs=0.5)
    assert len(right) == len(left) > 200 * 20
    assert bone[:, 1].mean() == pytest.approx(15, abs=0.5)  # posterior (small j)
    assert labels[32, 32, 10] == class_id("body")
    assert labels[0, 0, 0] == 0
    assert set(np.unique(labels)) == {0, 118, 119, 200, 201}


def test_joined_lungs_are_cut_at_midline(tmp_path: Path, phantom_ct_arrays: tuple[np.ndarray, np.ndarray]) -> None:
    import nibabel as nib

    hu, affine = phantom_ct_arrays
    hu[20:45, 30:38, :] = -850  # a bridge joins the lungs into one component
    path = tmp_path / "joined.nii.gz"
    nib.save(nib.Nifti1Image(hu, affine), str(path))
    labels = ThresholdSegmenter().segment(path, "CT")
    # The body's midline is i = 32 (x = 0): right of it lung_right, at or left of it lung_left.
    assert np.argwhere(labels == 119)[:, 0].min() == 33
    assert np.argwhere(labels == 118)[:, 0].max() == 32


def test_mr_body_only(tmp_path: Path) -> None:
    import nibabel as nib

    data = np.zeros((32, 32, 8), dtype=np.float32)
    data[8:24, 6:26, :] = 500.0
    path = tmp_path / "mr.nii.gz"
    nib.save(nib.Nifti1Image(data, np.eye(4)), str(path))
    labels = ThresholdSegmenter().segment(path, "MR")
    assert set(np.unique(labels)) == {0, 200}
    assert int((labels == 200).sum()) == 16 * 20 * 8


def test_modality_is_validated(phantom_ct_path: Path) -> None:
    with pytest.raises(ValueError, match="modality"):
        ThresholdSegmenter().segment(phantom_ct_path, "US")


def test_block_grid_on_large_slices_keeps_sides_and_exact_hu_classes() -> None:
    from curation.segment.phantom import phantom_ct

    hu, affine = phantom_ct((256, 256, 8), spacing_mm=1.5)  # 256 columns -> components on 2x2 blocks
    labels = ThresholdSegmenter().segment_ct(hu, affine)
    right, left = labels == 119, labels == 118
    assert np.argwhere(right)[:, 0].min() > 128 > np.argwhere(left)[:, 0].max()
    # Per-voxel classes still follow HU exactly: every lung voxel is air, every bone voxel >= 200 HU.
    assert (hu[right | left] < -400).all() and (hu[labels == 201] >= 200).all()
    assert int(right.sum()) == int((hu[128:] == -850).sum())
