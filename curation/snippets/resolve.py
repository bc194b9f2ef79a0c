"""Resolve a mined reference to millimetres: series -> instance(s) -> patient z -> training-volume slice.

The referenced image's geometry comes from dicom_index (ImagePositionPatient, ImageOrientationPatient,
PixelSpacing, Rows, Columns). Its pixel -> LPS affine follows DICOM PS3.3 C.7.6.2.1.1:
P(col, row) = S + X * dc * col + Y * dr * row, with X the row direction cosine, dc the spacing
between columns (PixelSpacing[1]), Y the column direction cosine, dr the spacing between rows
(PixelSpacing[0]). z_mm is the LPS z of the image centre (a range: the mean of its two ends).
The training volume is the study's primary volume in the same frame of reference; the slice is the
one nearest in z, and depth_mm = (z of the most superior slice centre + spacing / 2) - z_mm.
A non-axial reference (coronal, sagittal, oblique) keeps status non_axial and its ref_shape / ref_affine.
Every pixel of the referenced image is mapped through its affine into the training volume's grid (RAS
voxel indices from the volume's affine when the volumes row has one, else the nearest slice in z);
pixels outside the grid are dropped. Only where the image covers a bounded z-extent of the volume
(the slices its pixels hit span at most MAX_DEPTH_EXTENT_MM) does it get the slice RadFinder uses as its
depth target, the slice hit by most pixels (ties: the one nearest the image centre's z), and depth_mm to
that slice's centre. A coronal or sagittal image through the volume spans the whole z range: a depth
there would be an arbitrary slice (tens of mm off the lesion), so slice_index and depth_mm stay null and
the method ends in ":unbounded_z" (the reason).
An axial reference into a volume whose slices are not z-planes (tilt-corrected, angulated) is located
through the volume's affine instead of by z (snippets/volume_grid.py): the image centre's slice and
its depth along the volume's slice axis.
Every reference gets a status (resolved | non_axial | unresolved | ambiguous | prior_study); nothing is dropped.
A reference into the prior study is never resolved into this study: status prior_study, no z or depth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from curation.snippets.geometry import (
    ImageGeometry,
    SeriesGeometry,
    TrainingVolume,
    plane_of,
    series_from_index,
    training_volumes,
)
from curation.snippets.mine import Reference
from curation.snippets.series_choice import choose_series, reading_series
from curation.snippets.volume_grid import slice_through_affine, slices_tilted_against_z

# Re-exported: callers and tests import the geometry records and readers from here.
__all__ = ["AMBIGUOUS", "NON_AXIAL", "NO_STUDY_IMAGES", "NO_TRAINING_VOLUME", "PRIOR_STUDY", "RESOLVED", "STATUSES",
           "UNRESOLVED", "ImageGeometry", "Resolution", "SeriesGeometry", "TrainingVolume", "choose_series",
           "most_hit_slice", "plane_of", "resolve_reference", "series_from_index", "training_volumes"]

RESOLVED, NON_AXIAL, UNRESOLVED, AMBIGUOUS = "resolved", "non_axial", "unresolved", "ambiguous"
PRIOR_STUDY = "prior_study"  # an image of the prior examination: kept, never resolved into this study
STATUSES = (RESOLVED, NON_AXIAL, UNRESOLVED, AMBIGUOUS, PRIOR_STUDY)
# A non-axial image whose pixels hit slices spanning more than this (two RadFinder depth cells of 12 mm)
# has no depth: its z is not bounded enough to be a localization target.
MAX_DEPTH_EXTENT_MM = 24.0
UNBOUNDED_Z = "unbounded_z"
# Methods of unresolved rows that a later export (bringing the study's images) can fix.
NO_STUDY_IMAGES = "no_study_images"
NO_TRAINING_VOLUME = "no_training_volume"


@dataclass(frozen=True)
class Resolution:
    """What one reference resolved to; the columns of snippet_pairs beyond the mined text."""

    status: str
    method: str
    ref_series: int | None = None
    ref_plane: str | None = None
    series_uid: str | None = None
    z_mm: float | None = None
    ref_shape: tuple[int, int] | None = None
    ref_affine: tuple[float, ...] | None = None
    volume_id: str | None = None
    volume_path: str | None = None
    slice_index: int | None = None
    depth_mm: float | None = None


def _volume_for(series: SeriesGeometry, volumes: Sequence[TrainingVolume]) -> TrainingVolume | None:
    same_frame = [v for v in volumes if v.frame_of_reference_uid == series.frame_of_reference_uid]
    same_modality = [v for v in same_frame if v.modality == series.modality] or same_frame
    return same_modality[0] if same_modality else None


def _pixel_slices(image_affine: np.ndarray, rows: int, columns: int, volume: TrainingVolume) -> np.ndarray:
    """Slice index of the training volume hit by each pixel of the referenced image (inside the grid only)."""
    col, row = np.meshgrid(np.arange(columns, dtype=float), np.arange(rows, dtype=float))
    pixels = np.stack([col.ravel(), row.ravel(), np.zeros(col.size), np.ones(col.size)])
    lps = image_affine @ pixels
    if volume.affine is not None and volume.shape is not None and len(volume.shape) == 3:
        ras = lps * np.array([[-1.0], [-1.0], [1.0], [1.0]])
        ijk = np.rint(np.linalg.inv(np.asarray(volume.affine, dtype=float).reshape(4, 4)) @ ras)[:3]
        inside = np.all((ijk >= 0) & (ijk < np.asarray(volume.shape)[:, None]), axis=0)
        return ijk[2, inside].astype(np.int64)
    z = np.asarray(volume.slice_z, dtype=float)
    order = np.argsort(z, kind="stable")
    sorted_z = z[order]
    at = np.clip(np.searchsorted(sorted_z, lps[2]), 1, max(len(z) - 1, 1))
    lower = np.clip(at - 1, 0, len(z) - 1)
    nearest = np.where(np.abs(lps[2] - sorted_z[lower]) <= np.abs(lps[2] - sorted_z[at % len(z)]), lower, at % len(z))
    inside = np.abs(lps[2] - sorted_z[nearest]) <= volume.slice_spacing_mm / 2
    return order[nearest[inside]]


def most_hit_slice(image_affine: np.ndarray, shape: tuple[int, int], volume: TrainingVolume,
                   z_mm: float) -> int | None:
    """The training-volume slice hit by most pixels of the referenced image (RadFinder's depth target for
    any orientation); ties go to the slice nearest the image centre's z; None when no pixel is inside."""
    rows, columns = shape
    if rows <= 0 or columns <= 0 or not volume.slice_z:
        return None
    hits = _pixel_slices(image_affine, rows, columns, volume)
    if hits.size == 0:
        return None
    counts = np.bincount(hits, minlength=len(volume.slice_z))
    tied = np.flatnonzero(counts == counts.max())
    z = np.asarray(volume.slice_z, dtype=float)
    return int(tied[np.argmin(np.abs(z[tied] - z_mm))])


def z_extent_mm(image_affine: np.ndarray, shape: tuple[int, int], volume: TrainingVolume) -> float:
    """The z-extent (mm) of the training-volume slices hit by the image's pixels: from the first to the
    last slice hit, slice thickness included (one slice for an axial image)."""
    hits = _pixel_slices(image_affine, shape[0], shape[1], volume)
    if hits.size == 0:
        return 0.0
    z = np.asarray(volume.slice_z, dtype=float)[np.unique(hits)]
    return float(z.max() - z.min() + volume.slice_spacing_mm)


def resolve_reference(ref: Reference, series: Sequence[SeriesGeometry], volumes: Sequence[TrainingVolume],
                      hint_text: str = "") -> Resolution:
    """Resolve one reference against its study's series and primary volumes (see the module docstring)."""
    if ref.prior_study:
        return Resolution(status=PRIOR_STUDY, method=PRIOR_STUDY)  # the written series stays in ref_series
    if not series:
        return Resolution(status=UNRESOLVED, method=NO_STUDY_IMAGES, ref_series=ref.series_used)
    number, method = ref.series, "written"
    if number is None and ref.context_series is not None:
        number, method = ref.context_series, "context_series"
    if number is None:
        reading = reading_series(series, ref)
        if reading is None:
            return Resolution(status=UNRESOLVED, method="no_series")
        number, method = reading.series_number, "reading_series"
    candidates = [s for s in series if s.series_number == number]
    if not candidates:
        return Resolution(status=UNRESOLVED, method=f"{method}:unknown_series", ref_series=number)
    chosen, how = choose_series(candidates, hint_text)
    if chosen is None:
        return Resolution(status=AMBIGUOUS, method=f"{method}:{how}", ref_series=number)
    method = f"{method}:{how}"
    ends = [chosen.images.get(ref.image_start), chosen.images.get(ref.image_end)]
    if ends[0] is None or ends[1] is None:
        return Resolution(status=UNRESOLVED, method=f"{method}:unknown_image", ref_series=number,
                          ref_plane=chosen.plane, series_uid=chosen.series_uid)
    affine = ends[0].affine()
    affine[:3, 3] = (np.asarray(ends[0].position) + np.asarray(ends[1].position)) / 2
    centre = (ends[0].centre() + ends[1].centre()) / 2
    z_mm = float(centre[2])
    # The referenced image's own plane: a series may hold stacks of several orientations.
    plane = plane_of(ends[0].orientation)
    base = {"method": method, "ref_series": number, "ref_plane": plane, "series_uid": chosen.series_uid,
            "z_mm": z_mm, "ref_shape": (ends[0].rows, ends[0].columns),
            "ref_affine": tuple(float(x) for x in affine.ravel())}
    volume = _volume_for(chosen, volumes)
    if volume is None:
        return Resolution(status=UNRESOLVED if plane == "axial" else NON_AXIAL,
                          **{**base, "method": f"{method}:{NO_TRAINING_VOLUME}"})
    where = {"volume_id": volume.volume_id, "volume_path": volume.path}
    z = np.asarray(volume.slice_z)
    if plane != "axial":
        hit = most_hit_slice(affine, (ends[0].rows, ends[0].columns), volume, z_mm)
        if hit is None:
            return Resolution(status=NON_AXIAL, **{**base, "method": f"{method}:outside_volume"}, **where)
        if z_extent_mm(affine, (ends[0].rows, ends[0].columns), volume) > MAX_DEPTH_EXTENT_MM:
            return Resolution(status=NON_AXIAL, **{**base, "method": f"{method}:{UNBOUNDED_Z}"}, **where)
        depth_mm = float(z.max() + volume.slice_spacing_mm / 2 - z[hit])
        return Resolution(status=NON_AXIAL, slice_index=hit, depth_mm=depth_mm,
                          **base, **where)
    through = slice_through_affine(volume, centre) if slices_tilted_against_z(volume) else None
    if through is not None:   # tilt-corrected or angulated volume: its slices are not z-planes
        k, depth_mm = through
        slice_index = int(np.floor(k + 0.5))
        if not 0 <= slice_index < len(z):
            return Resolution(status=UNRESOLVED, **{**base, "method": f"{method}:outside_volume"}, **where)
        return Resolution(status=RESOLVED, slice_index=slice_index, depth_mm=depth_mm, **base, **where)
    slice_index = int(np.argmin(np.abs(z - z_mm)))
    if abs(z[slice_index] - z_mm) > volume.slice_spacing_mm:
        return Resolution(status=UNRESOLVED, **{**base, "method": f"{method}:outside_volume"}, **where)
    depth_mm = float(z.max() + volume.slice_spacing_mm / 2 - z_mm)
    return Resolution(status=RESOLVED, slice_index=slice_index, depth_mm=depth_mm, **base, **where)
