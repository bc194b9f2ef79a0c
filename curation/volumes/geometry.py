"""Series geometry from ImageOrientationPatient / ImagePositionPatient, and what breaks a volume.

Slice positions are ImagePositionPatient projected on the slice normal (row x column cosine), never
SliceLocation: SliceLocation is optional, vendor-defined in sign and origin, and wrong on reformats.
A series that cannot become one regular 3-D grid is kept with flags and a reason, never dropped.

Gantry tilt (CT): the image planes are tilted about their row axis while the table moves straight, so
the positions step along z, not along the normal. Such a stack is regular in the image plane's own
frame after shifting each slice along its column direction (curation/volumes/tilt.py, as dcm2niix
does): it is flagged `tilt_corrected` (informational) with its angle in `tilt_deg`. A stack sheared
any other way (along the row direction, or by more than MAX_TILT_DEG) keeps the blocking `gantry_tilt`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# A plane is axial/coronal/sagittal when the normal lies within this angle of a patient axis.
PLANE_TOLERANCE_DEG = 20.0
# Orientations equal up to this (direction cosines) count as one orientation.
ORIENTATION_TOLERANCE = 1e-3
# Stacking direction more than this away from the normal is a gantry tilt (or a sheared stack).
TILT_TOLERANCE_DEG = 0.5
# A shear beyond this is not a gantry tilt (CT gantries tilt up to about 30 degrees): refused.
MAX_TILT_DEG = 45.0
# Positions closer than this along the normal are duplicates (echoes, phases, repeated images).
DUPLICATE_TOLERANCE_MM = 0.01
MIN_SLICES = 3

PLANES = ("sagittal", "coronal", "axial")  # dominant LPS axis of the normal: x, y, z

# Flags that stop a series from becoming a volume; "multi_frame" alone is informational.
BLOCKING_FLAGS = frozenset({
    "missing_position", "mixed_orientation", "mixed_matrix", "duplicate_position", "uneven_spacing",
    "gantry_tilt", "localizer", "single_image", "too_few_slices", "mixed_frames", "no_instances",
})


@dataclass(frozen=True)
class SliceGeometry:
    """The geometric header of one image (or one frame of a multi-frame image)."""

    instance_number: int | None
    position: tuple[float, float, float] | None
    orientation: tuple[float, ...] | None
    rows: int | None = None
    columns: int | None = None
    pixel_spacing: tuple[float, float] | None = None
    image_type: str = ""
    number_of_frames: int = 1


@dataclass(frozen=True)
class SeriesGeometry:
    """What the headers say about a series as a 3-D volume."""

    plane: str | None
    orientation: tuple[float, ...] | None
    normal: tuple[float, float, float] | None
    order: tuple[int, ...]                 # indices into the input, sorted by projected position
    projected_mm: tuple[float, ...]        # positions along the normal, ascending
    slice_spacing_mm: float | None
    flags: tuple[str, ...]
    reason: str | None
    tilt_deg: float | None = None          # gantry tilt that conversion corrects (flag tilt_corrected)

    @property
    def usable(self) -> bool:
        return not (set(self.flags) & BLOCKING_FLAGS)


def slice_normal(orientation: Sequence[float]) -> np.ndarray:
    """Unit normal (row cosine x column cosine) of an ImageOrientationPatient."""
    if len(orientation) != 6:
        raise ValueError(f"orientation must have 6 direction cosines, got {len(orientation)}")
    row = np.asarray(orientation[:3], dtype=np.float64)
    col = np.asarray(orientation[3:], dtype=np.float64)
    normal = np.cross(row, col)
    norm = np.linalg.norm(normal)
    if norm < 1e-6:
        raise ValueError("orientation row and column cosines are parallel")
    return normal / norm


def plane_of(orientation: Sequence[float], tolerance_deg: float = PLANE_TOLERANCE_DEG) -> str:
    """axial / coronal / sagittal by the normal's dominant LPS axis, else oblique."""
    normal = np.abs(slice_normal(orientation))
    axis = int(np.argmax(normal))
    return PLANES[axis] if normal[axis] >= np.cos(np.radians(tolerance_deg)) else "oblique"


def _is_localizer(image_type: str) -> bool:
    return "LOCALIZER" in image_type.upper().replace("\\", " ").split()


def _spacing_uneven(steps: np.ndarray, spacing: float) -> bool:
    return bool(np.max(np.abs(steps - spacing)) > max(0.01, 0.01 * spacing))


def analyze_series(slices: Sequence[SliceGeometry], *, min_slices: int = MIN_SLICES) -> SeriesGeometry:
    """Plane, sort order, spacing and blocking flags of one series' images (or frames).

    The first flag found becomes `reason`; all flags are kept so a reviewer sees every problem.
    """
    if min_slices < 1:
        raise ValueError(f"min_slices must be >= 1, got {min_slices}")
    flags: list[str] = []
    if not slices:
        return SeriesGeometry(None, None, None, (), (), None, ("no_instances",), "no_instances")
    if any(s.number_of_frames > 1 for s in slices):
        flags.append("multi_frame" if len(slices) == 1 else "mixed_frames")
    if any(_is_localizer(s.image_type) for s in slices):
        flags.append("localizer")
    elif len(slices) == 1 and slices[0].number_of_frames <= 1:
        flags.append("single_image")          # no slice direction to stack along
    # an Enhanced object's frames are its slices: 2 frames make no volume, as 2 files make none
    if (slices[0].number_of_frames if "multi_frame" in flags else len(slices)) < min_slices:
        flags.append("too_few_slices")
    if "multi_frame" in flags:
        # Enhanced objects keep position (and often orientation) per frame in functional groups:
        # the frames' geometry is checked when the volume is built.
        orientation = slices[0].orientation
        plane = plane_of(orientation) if orientation is not None else None
        return _result(plane, orientation, None, (0,), (), None, flags)
    if any(s.position is None or s.orientation is None for s in slices):
        flags.append("missing_position")
        return _result(None, None, None, (), (), None, flags)
    orientations = np.array([s.orientation for s in slices], dtype=np.float64)
    orientation = tuple(float(v) for v in orientations[0])
    if np.max(np.abs(orientations - orientations[0])) > ORIENTATION_TOLERANCE:
        flags.append("mixed_orientation")
    if len({(s.rows, s.columns) for s in slices}) > 1 or len({s.pixel_spacing for s in slices}) > 1:
        flags.append("mixed_matrix")
    try:
        normal = slice_normal(orientation)
    except ValueError:
        flags.append("missing_position")
        return _result(None, orientation, None, (), (), None, flags)
    plane = plane_of(orientation)
    positions = np.array([s.position for s in slices], dtype=np.float64)
    projected = positions @ normal
    order = np.argsort(projected, kind="stable")
    sorted_mm = projected[order]
    spacing: float | None = None
    tilt_deg: float | None = None
    if len(slices) >= 2:
        steps = np.diff(sorted_mm)
        if np.min(steps) < DUPLICATE_TOLERANCE_MM:
            flags.append("duplicate_position")
        else:
            spacing = float(np.median(steps))
            if _spacing_uneven(steps, spacing):
                flags.append("uneven_spacing")
            tilt = shear_tilt_deg(positions[order[-1]] - positions[order[0]], orientation)
            if tilt is not None and 0.0 < tilt <= MAX_TILT_DEG:
                flags.append("tilt_corrected")
                tilt_deg = tilt
            elif tilt is not None:
                flags.append("gantry_tilt")
    return _result(plane, orientation, tuple(float(v) for v in normal), tuple(int(i) for i in order),
                   tuple(float(v) for v in sorted_mm), spacing, flags, tilt_deg)


def shear_tilt_deg(stack: np.ndarray, orientation: Sequence[float]) -> float | None:
    """How far (degrees) the stacking direction leans off the normal; None within TILT_TOLERANCE_DEG.

    0.0 means sheared in a way a gantry tilt is not (a component along the row direction): refused.
    The angle is the one dcm2niix reports (first -> last position against the normal), unsigned.
    """
    stack = np.asarray(stack, dtype=np.float64)
    length = float(np.linalg.norm(stack))
    normal = slice_normal(orientation)
    if length == 0.0 or abs(float(stack @ normal)) / length >= np.cos(np.radians(TILT_TOLERANCE_DEG)):
        return None
    along_row = abs(float(stack @ np.asarray(orientation[:3], dtype=np.float64))) / length
    if along_row > np.sin(np.radians(TILT_TOLERANCE_DEG)):
        return 0.0
    return float(np.degrees(np.arccos(min(1.0, abs(float(stack @ normal)) / length))))


def _result(plane: str | None, orientation: tuple[float, ...] | None, normal: tuple[float, float, float] | None,
            order: tuple[int, ...], projected: tuple[float, ...], spacing: float | None,
            flags: list[str], tilt_deg: float | None = None) -> SeriesGeometry:
    blocking = [f for f in flags if f in BLOCKING_FLAGS]
    return SeriesGeometry(plane, orientation, normal, order, projected, spacing, tuple(flags),
                          blocking[0] if blocking else None, tilt_deg)
