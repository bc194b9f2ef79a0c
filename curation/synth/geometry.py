"""Series geometry (true DICOM geometry in LPS mm) and rendering the phantom on it.

A series is a stack of axis-aligned images. Image pixel (row r, column c) of instance k lies at
    ImagePositionPatient_k + c * PixelSpacing[1] * row_dir + r * PixelSpacing[0] * col_dir
with row_dir = ImageOrientationPatient[:3], col_dir = ImageOrientationPatient[3:]. Rendering samples the
phantom exactly at those points, so positions in the files and tissue in the pixels always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from curation.synth.phantom import Shape, render_labels

AXIAL = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)
AXIAL_FFS = (-1.0, 0.0, 0.0, 0.0, 1.0, 0.0)
CORONAL = (1.0, 0.0, 0.0, 0.0, 0.0, -1.0)
SAGITTAL = (0.0, 1.0, 0.0, 0.0, 0.0, -1.0)


@dataclass(frozen=True)
class SeriesGeometry:
    """Geometry of one series; positions are listed in instance-number order (instance 1 first)."""

    plane: str  # axial | coronal | sagittal
    orientation: tuple[float, ...]
    pixel_spacing: tuple[float, float]  # (row spacing, column spacing), DICOM order
    rows: int
    columns: int
    slice_thickness: float
    positions: tuple[tuple[float, float, float], ...]
    # CT gantry tilt (degrees about x): images lean, the table steps straight along z (a sheared stack)
    gantry_tilt_deg: float = 0.0

    def __post_init__(self) -> None:
        if len(self.orientation) != 6:
            raise ValueError("orientation: expected 6 direction cosines")
        if self.rows < 1 or self.columns < 1:
            raise ValueError("rows/columns: must be positive")
        if not self.positions:
            raise ValueError("positions: a series needs at least one instance")

    @property
    def row_dir(self) -> np.ndarray:
        return np.array(self.orientation[:3])

    @property
    def col_dir(self) -> np.ndarray:
        return np.array(self.orientation[3:])

    def image_axes(self) -> list[tuple[int, np.ndarray]]:
        """For image axes (slice, row, column): the LPS axis each runs along and its coordinates."""
        first = np.array(self.positions[0])
        col_axis = int(np.argmax(np.abs(self.row_dir)))
        row_axis = int(np.argmax(np.abs(self.col_dir)))
        slice_axis = 3 - col_axis - row_axis
        cols = first[col_axis] + np.arange(self.columns) * self.pixel_spacing[1] * self.row_dir[col_axis]
        rows = first[row_axis] + np.arange(self.rows) * self.pixel_spacing[0] * self.col_dir[row_axis]
        slices = np.array([p[slice_axis] for p in self.positions])
        return [(slice_axis, slices), (row_axis, rows), (col_axis, cols)]

    def centre(self, instance_number: int) -> tuple[float, float, float]:
        """LPS position of the centre of an image (1-based instance number)."""
        p = np.array(self.positions[instance_number - 1])
        c = (
            p
            + (self.columns - 1) / 2 * self.pixel_spacing[1] * self.row_dir
            + (self.rows - 1) / 2 * self.pixel_spacing[0] * self.col_dir
        )
        return (float(c[0]), float(c[1]), float(c[2]))

    def render_labels(self, shapes: list[Shape]) -> np.ndarray:
        """Phantom labels as [instance, row, column] (instance 1 first)."""
        if self.gantry_tilt_deg:
            return self._render_tilted(shapes)
        axes = self.image_axes()
        by_lps = {lps: coords for lps, coords in axes}
        order = {lps: np.argsort(coords, kind="stable") for lps, coords in axes}
        x, y, z = (by_lps[k][order[k]] for k in (0, 1, 2))
        labels = render_labels(shapes, x, y, z)  # [z, y, x]
        labels = labels.transpose([2 - lps for lps, _ in axes])
        for dim, (lps, _) in enumerate(axes):
            inverse = np.argsort(order[lps], kind="stable")
            labels = np.take(labels, inverse, axis=dim)
        return labels


    def _render_tilted(self, shapes: list[Shape]) -> np.ndarray:
        """Labels of a tilted stack, one image row at a time (a row runs along x at one y and z)."""
        if not np.allclose(np.abs(self.row_dir), (1.0, 0.0, 0.0)):
            raise ValueError("orientation: a tilted stack needs rows along x")
        labels = np.zeros((len(self.positions), self.rows, self.columns), dtype=np.uint8)
        for k, position in enumerate(self.positions):
            origin = np.asarray(position)
            xs = origin[0] + np.arange(self.columns) * self.pixel_spacing[1] * self.row_dir[0]
            order = np.argsort(xs, kind="stable")
            for r in range(self.rows):
                point = origin + r * self.pixel_spacing[0] * self.col_dir
                row = render_labels(shapes, xs[order], point[1:2], point[2:3])[0, 0]
                labels[k, r, order] = row
        return labels

    def normal(self) -> np.ndarray:
        normal = np.cross(self.row_dir, self.col_dir)
        return normal / np.linalg.norm(normal)


def tilted_axial_geometry(
    *, z_positions: list[float], fov_mm: float, matrix: int, thickness: float, tilt_deg: float
) -> SeriesGeometry:
    """A head-first axial stack acquired with the gantry tilted `tilt_deg` about x: image k is centred on
    the body axis at z_positions[k] (the table position), its columns lean (0, cos t, -sin t)."""
    spacing = round(fov_mm / matrix, 6)
    t = np.radians(tilt_deg)
    orientation = (1.0, 0.0, 0.0, 0.0, round(float(np.cos(t)), 6), round(float(-np.sin(t)), 6))
    half = (matrix - 1) / 2 * spacing
    positions = tuple((round(-half, 6), round(-half * orientation[4], 6), round(z - half * orientation[5], 6))
                      for z in z_positions)
    return SeriesGeometry("axial", orientation, (spacing, spacing), matrix, matrix, thickness, positions,
                          tilt_deg)


def axial_geometry(
    *, z_positions: list[float], fov_mm: float, matrix: int, thickness: float, feet_first: bool = False
) -> SeriesGeometry:
    """An axial stack centred on the body axis; FFS studies get the mirrored x direction."""
    spacing = round(fov_mm / matrix, 6)  # exactly what the DS string in the file says
    orientation = AXIAL_FFS if feet_first else AXIAL
    x0 = (fov_mm / 2 - spacing / 2) if feet_first else (-fov_mm / 2 + spacing / 2)
    y0 = -fov_mm / 2 + spacing / 2
    positions = tuple((round(x0, 6), round(y0, 6), round(z, 6)) for z in z_positions)
    return SeriesGeometry("axial", orientation, (spacing, spacing), matrix, matrix, thickness, positions)


def reformat_geometry(
    *,
    plane: str,
    slice_positions: list[float],
    fov_mm: float,
    matrix: int,
    z_top: float,
    z_span: float,
    thickness: float,
) -> SeriesGeometry:
    """A coronal (slices along y) or sagittal (slices along x) reformat with square pixels."""
    spacing = round(fov_mm / matrix, 6)  # exactly what the DS string in the file says
    rows = max(1, round(z_span / spacing))
    lateral0 = -fov_mm / 2 + spacing / 2
    z0 = z_top - spacing / 2
    if plane == "coronal":
        orientation = CORONAL
        positions = tuple((round(lateral0, 6), round(s, 6), round(z0, 6)) for s in slice_positions)
    elif plane == "sagittal":
        orientation = SAGITTAL
        positions = tuple((round(s, 6), round(lateral0, 6), round(z0, 6)) for s in slice_positions)
    else:
        raise ValueError(f"plane: expected 'coronal' or 'sagittal', got {plane!r}")
    return SeriesGeometry(plane, orientation, (spacing, spacing), rows, matrix, thickness, positions)


def nearest_instance(geometry: SeriesGeometry, point: tuple[float, float, float]) -> int:
    """1-based instance whose image plane is nearest to a point (along the slice axis)."""
    if geometry.gantry_tilt_deg:   # the image planes lean: distance along their normal
        offsets = (np.asarray(point) - np.asarray(geometry.positions)) @ geometry.normal()
        return int(np.argmin(np.abs(offsets))) + 1
    axis, coords = geometry.image_axes()[0]
    return int(np.argmin(np.abs(coords - point[axis]))) + 1
