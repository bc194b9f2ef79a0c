"""A slice of a RAS volume -> PNG bytes, always through the shared display convention.

Axial slices go through `axial_display` (row 0 anterior, column 0 patient right). A coronal or sagittal
series' own volume is shown as its DICOM images are viewed: coronal row 0 superior, column 0 patient
right; sagittal row 0 superior, column 0 anterior. The slice index is along the volume's stacking axis
(its slice_map's slice_index: j for coronal, i for sagittal).
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from curation.keyslices.windowing import (
    MR_WINDOW,
    REFRAD_WINDOW,
    apply_window,
    normalise_mr,
    refrad_channels,
)
from curation.volumes.display import axial_display

PLANE_AXIS = {"axial": 2, "coronal": 1, "sagittal": 0}


def plane_display(volume: np.ndarray, plane: str, slice_index: int) -> np.ndarray:
    """The 2D display array of slice `slice_index` of a RAS-canonical volume stacked in `plane`."""
    if plane not in PLANE_AXIS:
        raise ValueError(f"plane must be one of {sorted(PLANE_AXIS)}, got {plane!r}")
    if plane == "axial":
        return axial_display(volume, slice_index)
    axis = PLANE_AXIS[plane]
    if volume.ndim != 3 or not 0 <= slice_index < volume.shape[axis]:
        raise ValueError(f"slice_index {slice_index} outside the {plane} axis of shape {volume.shape}")
    if plane == "coronal":
        return np.ascontiguousarray(volume[::-1, slice_index, ::-1].T)
    return np.ascontiguousarray(volume[slice_index, ::-1, ::-1].T)


def display_pixels(display: np.ndarray, *, modality: str, window: str,
                   mr_bounds: tuple[float, float] | None = None) -> np.ndarray:
    """8-bit pixels of a 2D display array: MR percentiles, the RefRad 3-channel encoding, or a CT window."""
    if modality == "MR" or window == MR_WINDOW:
        if mr_bounds is None:
            raise ValueError("mr_bounds is required for MR slices (percentiles of the whole volume)")
        return normalise_mr(display, mr_bounds)
    if window == REFRAD_WINDOW:
        return refrad_channels(display)
    return apply_window(display, window)


def slice_pixels(volume: np.ndarray, slice_index: int, *, modality: str, window: str,
                 mr_bounds: tuple[float, float] | None = None, plane: str = "axial") -> np.ndarray:
    """The 8-bit display image (rows, cols) or (rows, cols, 3) of one slice."""
    return display_pixels(plane_display(volume, plane, slice_index), modality=modality, window=window,
                          mr_bounds=mr_bounds)


def png_bytes(pixels: np.ndarray) -> bytes:
    """PNG of a uint8 grey or RGB image; PIL writes no timestamp, so equal pixels give equal bytes."""
    if pixels.dtype != np.uint8:
        raise ValueError(f"pixels must be uint8, got {pixels.dtype}")
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")  # uint8 2-D -> L, (r, c, 3) -> RGB
    return buffer.getvalue()


def render_axial_png(volume: np.ndarray, slice_index: int, *, modality: str, window: str,
                     mr_bounds: tuple[float, float] | None = None) -> bytes:
    """PNG bytes of axial slice `slice_index` (row 0 anterior, column 0 patient right)."""
    return png_bytes(slice_pixels(volume, slice_index, modality=modality, window=window, mr_bounds=mr_bounds))


def render_plane_png(volume: np.ndarray, plane: str, slice_index: int, *, modality: str, window: str,
                     mr_bounds: tuple[float, float] | None = None) -> bytes:
    """PNG bytes of slice `slice_index` of a volume stacked in `plane` (see `plane_display`)."""
    return png_bytes(slice_pixels(volume, slice_index, modality=modality, window=window, mr_bounds=mr_bounds,
                                  plane=plane))
