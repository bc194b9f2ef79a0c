"""Gantry tilt correction: a sheared CT stack -> a regular grid in the image plane's own frame.

A CT gantry tilted by t degrees about the row axis takes images whose planes are tilted, while the
table moves straight along z: slice k lies at ImagePositionPatient_0 + k * table step, which is the
normal times (step * cos t) plus the column direction times (step * sin t). Each slice is therefore
shifted along its column direction by a different amount. dcm2niix (nii_saveNII3Dtilt, its `_Tilt_1`
file) corrects this by shifting every slice back along the column direction, with linear
interpolation between two neighbouring rows, onto a grid whose axes are the row direction, the column
direction and the normal (orthogonal; slice spacing step * cos t). The grid keeps the full field of
view of every slice: it gains as many rows as the largest shift (rounded up); voxels no slice covers
hold PixelPaddingValue when the series has one (and next to a padding pixel the nearer row is taken,
not a blend), else the darkest value of the series. Done here the same way, with two differences:
- the shift of each slice comes from its own position (projected on the column direction), not from
  slice index * spacing * tan(angle) with a sign guessed from the stack: the same numbers where
  dcm2niix is right, and right whichever way the gantry leans, the table moves or the instances are
  numbered (dcm2niix's `_Tilt_1` file misplaces the slices in four of the five cases measured, in
  tests/curation/volumes/test_tilt.py and bench/volumes_tilt.py, docs/volumes.md);
- the arithmetic is float64 (dcm2niix: float32); integer volumes are rounded half away from zero like
  its `round`, float volumes are not rounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Shifts within this many rows of a whole number are that number (positions are written with decimals).
ROW_EPSILON = 1e-6


@dataclass(frozen=True)
class TiltGrid:
    """How a sheared stack maps onto its corrected grid (rows counted in input rows of the first slice)."""

    shifts: tuple[float, ...]   # per slice in stacking order: its rows' offset along the column direction
    first_row: int              # output row 0 lies at this row of the first slice (<= 0)
    rows: int                   # output rows: input rows + the span of the shifts, rounded up

    def input_rows(self, k: int) -> np.ndarray:
        """Input row (fractional) of slice k sampled by each output row."""
        return np.arange(self.rows, dtype=np.float64) + self.first_row - self.shifts[k]


def tilt_grid(positions: Sequence[Sequence[float]], orientation: Sequence[float], row_spacing: float,
              rows: int) -> TiltGrid:
    """The corrected grid of slices at `positions` (in stacking order) with `rows` rows each."""
    if row_spacing <= 0 or rows < 1:
        raise ValueError(f"row_spacing must be > 0 and rows >= 1, got {row_spacing}, {rows}")
    points = np.asarray(positions, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 3 or len(points) < 1:
        raise ValueError(f"positions must be a non-empty list of 3-vectors, got shape {points.shape}")
    column = np.asarray(orientation[3:], dtype=np.float64)
    shifts = (points - points[0]) @ column / row_spacing
    low = int(np.floor(shifts.min() + ROW_EPSILON))
    high = int(np.ceil(shifts.max() - ROW_EPSILON))
    return TiltGrid(tuple(float(v) for v in shifts), low, rows + high - low)


def shift_slice(pixels: np.ndarray, grid: TiltGrid, k: int, fill: float,
                padding: np.ndarray | None = None) -> np.ndarray:
    """Slice k (rows, columns) resampled onto the corrected grid's rows, float64.

    Output row j takes input row r = j + first_row - shift_k: the two rows around r blended linearly,
    `fill` where r is outside (-1, rows - 1]. dcm2niix works on rows flipped bottom-up, so its one-row
    extrapolation lies before the first DICOM row: r in (-1, 0) takes row 0, as there. Where either
    row's pixel is padding (`padding`: a mask of PixelPaddingValue pixels), the nearer row is taken
    instead of a blend (dcm2niix, issue 262: no values between padding and tissue).
    """
    rows = pixels.shape[0]
    wanted = grid.input_rows(k)
    inside = (wanted > -1.0 + ROW_EPSILON) & (wanted <= rows - 1 + ROW_EPSILON)
    below = np.floor(wanted + ROW_EPSILON)
    frac = np.clip(wanted - below, 0.0, 1.0)[:, None]
    low = np.clip(below.astype(np.int64), 0, rows - 1)
    high = np.clip(below.astype(np.int64) + 1, 0, rows - 1)
    values = pixels.astype(np.float64)
    out = values[low] * (1.0 - frac) + values[high] * frac
    if padding is not None:
        near_padding = padding[low] | padding[high]
        nearest = np.where(np.broadcast_to(frac >= 0.5, out.shape), values[high], values[low])
        out[near_padding] = nearest[near_padding]
    out[~inside] = fill
    return out


def round_half_away(values: np.ndarray) -> np.ndarray:
    """C's round(): halves away from zero (numpy's rint rounds halves to even)."""
    return np.copysign(np.floor(np.abs(values) + 0.5), values)


def tilt_affine(first_position: Sequence[float], orientation: Sequence[float],
                pixel_spacing: tuple[float, float], slice_spacing: float, grid: TiltGrid) -> np.ndarray:
    """Voxel (column, output row, slice) -> LPS mm of the corrected grid (orthogonal axes)."""
    row_dir = np.asarray(orientation[:3], dtype=np.float64)
    col_dir = np.asarray(orientation[3:], dtype=np.float64)
    normal = np.cross(row_dir, col_dir)
    normal /= np.linalg.norm(normal)
    row_spacing, col_spacing = pixel_spacing
    affine = np.eye(4)
    affine[:3, 0] = row_dir * col_spacing
    affine[:3, 1] = col_dir * row_spacing
    affine[:3, 2] = normal * slice_spacing
    affine[:3, 3] = np.asarray(first_position, dtype=np.float64) + grid.first_row * row_spacing * col_dir
    return affine
