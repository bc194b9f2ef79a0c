"""A referenced image's affine in RadFinder's convention.

radcurate stores `ref_affine` as DICOM does: pixel (column, row, 0, 1) -> patient LPS mm, flattened row-major.
RadFinder's `slices` dicts carry `dcmaffine`: the same pixel indices -> the RAS world of nibabel / MONAI (the
frame its NIfTI scans' affines live in), nested 4x4, with `axcodes` the array-axis codes of that matrix
(nibabel's aff2axcodes: "LPS" for a standard axial image: columns run to the patient's left, rows to posterior,
the normal to superior) and `slice_axis` 2, the axis the image is one voxel thick along.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

LPS_TO_RAS = np.diag([-1.0, -1.0, 1.0, 1.0])
_AXIS_CODES = (("R", "L"), ("A", "P"), ("S", "I"))  # RAS world: +x is R, so a -x column runs to L


def dcm_affine(ref_affine: Sequence[float]) -> np.ndarray:
    """4x4 pixel (column, row, 0, 1) -> RAS mm from radcurate's flat row-major LPS `ref_affine`."""
    values = np.asarray(ref_affine, dtype=float)
    if values.shape != (16,) or not np.all(np.isfinite(values)):
        raise ValueError(f"ref_affine must be 16 finite numbers, got shape {values.shape}")
    matrix = values.reshape(4, 4)
    if not np.allclose(matrix[3], (0.0, 0.0, 0.0, 1.0)):
        raise ValueError("ref_affine's last row must be (0, 0, 0, 1)")
    return LPS_TO_RAS @ matrix


def axcodes(affine: np.ndarray) -> str:
    """Array-axis codes of a RAS affine, as nibabel's aff2axcodes gives them for an orthogonal-ish matrix."""
    codes = []
    for column in range(3):
        direction = affine[:3, column]
        world_axis = int(np.argmax(np.abs(direction)))
        codes.append(_AXIS_CODES[world_axis][0] if direction[world_axis] > 0 else _AXIS_CODES[world_axis][1])
    if len(set(codes)) != 3:
        raise ValueError(f"affine axes are not distinct directions: {codes}")
    return "".join(codes)


def nested(affine: np.ndarray, decimals: int = 6) -> list[list[float]]:
    """The matrix as nested lists (JSON), rounded to `decimals` (micrometres)."""
    return [[round(float(v), decimals) for v in row] for row in affine]
