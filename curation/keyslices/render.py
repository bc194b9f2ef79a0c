"""Axial slice of a RAS volume -> PNG bytes, always through the shared display convention."""

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


def slice_pixels(volume: np.ndarray, slice_index: int, *, modality: str, window: str,
                 mr_bounds: tuple[float, float] | None = None) -> np.ndarray:
    """The 8-bit display image (rows, cols) or (rows, cols, 3) of one axial slice."""
    display = axial_display(volume, slice_index)
    if modality == "MR" or window == MR_WINDOW:
        if mr_bounds is None:
            raise ValueError("mr_bounds is required for MR slices (percentiles of the whole volume)")
        return normalise_mr(display, mr_bounds)
    if window == REFRAD_WINDOW:
        return refrad_channels(display)
    return apply_window(display, window)


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
