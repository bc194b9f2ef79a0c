import nibabel as nib
import numpy as np
import pytest

from curation.seed_exports.affines import axcodes, dcm_affine, nested


def _axial_lps(position=(-250.0, -180.0, 1200.5), spacing=(0.7, 0.8)) -> list[float]:
    m = np.eye(4)
    m[:3, 0] = (spacing[1], 0, 0)      # columns run to +x LPS (patient left)
    m[:3, 1] = (0, spacing[0], 0)      # rows run to +y LPS (posterior)
    m[:3, 2] = (0, 0, 1)
    m[:3, 3] = position
    return list(m.ravel())


def test_axial_image_is_lps_in_ras_world() -> None:
    affine = dcm_affine(_axial_lps())
    assert nested(affine) == [[-0.8, 0.0, 0.0, 250.0], [0.0, -0.7, 0.0, 180.0], [0.0, 0.0, 1.0, 1200.5],
                              [0.0, 0.0, 0.0, 1.0]]
    assert axcodes(affine) == "LPS" == "".join(nib.orientations.aff2axcodes(affine))
    # pixel (col 10, row 20) of the image lies at LPS (-242, -166, 1200.5) = RAS (242, 166, 1200.5)
    assert np.allclose(affine @ (10, 20, 0, 1), (242.0, 166.0, 1200.5, 1.0))


def test_coronal_image_codes_match_nibabel() -> None:
    m = np.eye(4)
    m[:3, 0] = (0.9, 0, 0)
    m[:3, 1] = (0, 0, -0.9)          # rows run inferior
    m[:3, 2] = (0, -1, 0)
    affine = dcm_affine(list(m.ravel()))
    assert axcodes(affine) == "".join(nib.orientations.aff2axcodes(affine)) == "LIA"


def test_bad_affines_are_refused() -> None:
    with pytest.raises(ValueError, match="16 finite numbers"):
        dcm_affine([1.0] * 9)
    with pytest.raises(ValueError, match="last row"):
        dcm_affine([1.0] * 16)
