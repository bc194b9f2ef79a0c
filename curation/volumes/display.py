"""One convention for a 2D axial slice of a RAS volume, shared by PNG rendering and boxes.

Volumes are stored RAS-canonical (array axes i -> patient Right, j -> Anterior, k -> Superior).
An axial slice is shown the radiological way, as the DICOM pixel grid of a head-first axial image:
row 0 anterior, column 0 at the patient's right. Pixel (row r, col c) of `axial_display` is voxel
(I-1-c, J-1-r, k). Every module that draws, boxes or masks a slice goes through these functions, so a
box from grounding fits the PNG of image_text_pairs pixel for pixel.
"""

from __future__ import annotations

import numpy as np


def axial_display(volume: np.ndarray, slice_index: int) -> np.ndarray:
    """The 2D display array (rows, cols) of axial slice `slice_index` of a RAS-canonical volume."""
    if volume.ndim != 3:
        raise ValueError(f"volume must be 3-D (i, j, k), got shape {volume.shape}")
    if not 0 <= slice_index < volume.shape[2]:
        raise ValueError(f"slice_index {slice_index} outside 0..{volume.shape[2] - 1}")
    return np.ascontiguousarray(volume[::-1, ::-1, slice_index].T)


def display_to_voxel(row: int, col: int, slice_index: int, shape: tuple[int, int, int]) -> tuple[int, int, int]:
    """Voxel (i, j, k) shown at display pixel (row, col) of slice `slice_index`."""
    return shape[0] - 1 - col, shape[1] - 1 - row, slice_index
