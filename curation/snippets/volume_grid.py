"""Where a point falls in a training volume whose slices are not planes of constant z.

A tilt-corrected volume (curation/volumes/tilt.py) or an angulated (oblique) axial one stacks
slices that are tilted against z: a slice's z changes across the image, so "the slice nearest in z"
is not defined by z alone. Such a point is mapped through the volume's own affine instead: the
continuous index along the canonical slice axis k (array axis 2 of the RAS-canonical volume) gives
the slice (k rounded) and the depth below the superior edge, (K - 0.5 - k) * slice spacing, the
same depth training derives from ref_affine (training/volume.py, referenced_depth_mm).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from curation.snippets.geometry import TrainingVolume

# Slices whose normal is within this angle of z are planes of constant z (volumes/geometry.py's tilt
# tolerance): resolved by z as before.
Z_PLANE_TOLERANCE_DEG = 0.5


def _grid(volume: TrainingVolume) -> tuple[np.ndarray, tuple[int, int, int]] | None:
    if volume.affine is None or volume.shape is None or len(volume.shape) != 3 or len(volume.affine) != 16:
        return None
    return np.asarray(volume.affine, dtype=np.float64).reshape(4, 4), volume.shape


def slices_tilted_against_z(volume: TrainingVolume) -> bool:
    """True when the volume's slice planes lean more than Z_PLANE_TOLERANCE_DEG off constant z."""
    grid = _grid(volume)
    if grid is None:
        return False
    affine = grid[0]
    normal = np.cross(affine[:3, 0], affine[:3, 1])
    return abs(normal[2]) / float(np.linalg.norm(normal)) < np.cos(np.radians(Z_PLANE_TOLERANCE_DEG))


def slice_through_affine(volume: TrainingVolume, point_lps: Sequence[float]) -> tuple[float, float] | None:
    """(continuous slice index k, depth_mm below the superior edge) of an LPS point; None without an affine."""
    grid = _grid(volume)
    if grid is None:
        return None
    affine, shape = grid
    ras = np.array([-point_lps[0], -point_lps[1], point_lps[2], 1.0], dtype=np.float64)
    k = float((np.linalg.inv(affine) @ ras)[2])
    spacing = float(np.linalg.norm(affine[:3, 2]))
    return k, (shape[2] - 0.5 - k) * spacing
