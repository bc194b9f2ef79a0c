"""Resolve a mined reference to millimetres: series -> instance(s) -> patient z -> training-volume slice.

The referenced image's geometry comes from dicom_index (ImagePositionPatient, ImageOrientationPatient,
PixelSpacing, Rows, Columns). Its pixel -> LPS affine follows DICOM PS3.3 C.7.6.2.1.1:
P(col, row) = S + X * dc * col + Y * dr * row, with X the row direction cosine, dc the spacing
between columns (PixelSpacing[1]), Y the column direction cosine, dr the spacing between rows
(PixelSpacing[0]). z_mm is the LPS z of the image centre (a range: the mean of its two ends).
The training volume is the study's primary volume in the same frame of reference; the slice is the
one nearest in z, and depth_mm = (z of the most superior slice centre + spacing / 2) - z_mm.
A non-axial reference (coronal, sagittal, oblique) keeps status non_axial, but gets the slice RadFinder
uses as its depth target: every pixel of the referenced image is mapped through its affine into the
training volume's grid (RAS voxel indices from the volume's affine when the volumes row has one, else
the nearest slice in z), pixels outside the grid are dropped, and the slice hit by most pixels wins
(ties: the one nearest the image centre's z). depth_mm is then measured to that slice's centre.
Every reference gets a status (resolved | non_axial | unresolved | ambiguous); nothing is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from radcurate.curation.snippets.mine import Reference

RESOLVED, NON_AXIAL, UNRESOLVED, AMBIGUOUS = "resolved", "non_axial", "unresolved", "ambiguous"
STATUSES = (RESOLVED, NON_AXIAL, UNRESOLVED, AMBIGUOUS)
# Methods of unresolved rows that a later export (bringing the study's images) can fix.
NO_STUDY_IMAGES = "no_study_images"
NO_TRAINING_VOLUME = "no_training_volume"

# Hint words in the report text -> (plane, description words to look for).
_PLANE_HINTS = {
    "koronar": "coronal", "coronal": "coronal", "cor": "coronal", "sagittal": "sagittal", "sag": "sagittal",
    "axial": "axial", "transversal": "axial", "transverse": "axial", "ax": "axial",
}
_SEQUENCE_HINTS = ("t1", "t2", "flair", "dwi", "adc", "stir", "swi", "pd", "mpr", "mip", "km", "nativ",
                   "venös", "venous", "arteriell", "arterial", "lunge", "lung", "weichteil", "bone", "knochen")
_WORDS = re.compile(r"[\wäöüß]+", re.IGNORECASE)


@dataclass(frozen=True)
class ImageGeometry:
    """The geometry of one referenced instance, as dicom_index stores it."""

    instance_number: int
    position: tuple[float, float, float]
    orientation: tuple[float, float, float, float, float, float]
    pixel_spacing: tuple[float, float]
    rows: int
    columns: int

    def affine(self) -> np.ndarray:
        """4x4 pixel (col, row, 0, 1) -> LPS mm."""
        row_dir = np.asarray(self.orientation[:3], dtype=float)
        col_dir = np.asarray(self.orientation[3:], dtype=float)
        out = np.eye(4)
        out[:3, 0] = row_dir * self.pixel_spacing[1]
        out[:3, 1] = col_dir * self.pixel_spacing[0]
        out[:3, 2] = np.cross(row_dir, col_dir)
        out[:3, 3] = self.position
        return out

    def centre(self) -> np.ndarray:
        """LPS position of the image centre (midway between the first and last pixel centres)."""
        return (self.affine() @ np.array([(self.columns - 1) / 2, (self.rows - 1) / 2, 0.0, 1.0]))[:3]


@dataclass(frozen=True)
class SeriesGeometry:
    series_uid: str
    series_number: int
    description: str
    frame_of_reference_uid: str | None
    modality: str | None
    plane: str
    images: Mapping[int, ImageGeometry]


@dataclass(frozen=True)
class TrainingVolume:
    volume_id: str
    path: str
    frame_of_reference_uid: str | None
    modality: str | None
    series_uid: str
    slice_z: tuple[float, ...]          # z_mm of slice_index k (index = k)
    slice_spacing_mm: float
    affine: tuple[float, ...] | None = None   # 4x4 RAS voxel -> RAS mm (nibabel), row-major
    shape: tuple[int, int, int] | None = None


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


def plane_of(orientation: Sequence[float]) -> str:
    """axial / coronal / sagittal from the largest component of the slice normal."""
    normal = np.abs(np.cross(np.asarray(orientation[:3], float), np.asarray(orientation[3:], float)))
    return ("sagittal", "coronal", "axial")[int(np.argmax(normal))]


def series_from_index(rows: Sequence[Mapping[str, Any]]) -> list[SeriesGeometry]:
    """Group one study's dicom_index rows (role image, with geometry) into series."""
    by_uid: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        if row.get("role", "image") != "image" or row.get("image_position") is None \
                or row.get("image_orientation") is None or row.get("instance_number") is None:
            continue
        by_uid.setdefault(row["series_uid"], []).append(row)
    out = []
    for uid, members in sorted(by_uid.items()):
        first = members[0]
        images = {int(r["instance_number"]): ImageGeometry(
            instance_number=int(r["instance_number"]), position=tuple(map(float, r["image_position"])),
            orientation=tuple(map(float, r["image_orientation"])),
            pixel_spacing=tuple(map(float, r.get("pixel_spacing") or (1.0, 1.0))),
            rows=int(r.get("rows") or 0), columns=int(r.get("columns") or 0)) for r in members}
        out.append(SeriesGeometry(
            series_uid=uid,
            series_number=int(first["series_number"]) if first.get("series_number") is not None else -1,
            description=first.get("series_description") or "",
            frame_of_reference_uid=first.get("frame_of_reference_uid"),
            modality=first.get("modality"), plane=plane_of(first["image_orientation"]), images=images))
    return out


def training_volumes(rows: Sequence[Mapping[str, Any]]) -> list[TrainingVolume]:
    """One study's volumes rows with training_role primary, their slice z by slice index."""
    out = []
    for row in rows:
        if row.get("training_role") != "primary" or not row.get("slice_map"):
            continue
        by_index: dict[int, float] = {int(e["slice_index"]): float(e["z_mm"]) for e in row["slice_map"]}
        spacing = row.get("slice_spacing_mm") or (row.get("spacing") or [0, 0, 0])[2]
        out.append(TrainingVolume(
            volume_id=row["volume_id"], path=row.get("path") or "",
            frame_of_reference_uid=row.get("frame_of_reference_uid"),
            modality=row.get("modality"), series_uid=row.get("series_uid") or "",
            slice_z=tuple(by_index[k] for k in sorted(by_index)), slice_spacing_mm=float(spacing),
            affine=tuple(map(float, row["affine"])) if row.get("affine") is not None else None,
            shape=tuple(map(int, row["shape"])) if row.get("shape") is not None else None))
    return sorted(out, key=lambda v: v.volume_id)


def _plane_hint(word: str) -> str | None:
    """The plane a word names, inflected ("koronaren") or misspelled ("koronal") forms included."""
    if word in _PLANE_HINTS:
        return _PLANE_HINTS[word]
    if len(word) < 5:
        return None
    for key, plane in _PLANE_HINTS.items():
        if len(key) >= 5 and (word.startswith(key) or fuzz.ratio(word, key) >= 85):
            return plane
    return None


def _hint_score(series: SeriesGeometry, hint_text: str) -> float:
    words = {w.lower() for w in _WORDS.findall(hint_text)}
    score = 0.0
    description = series.description.lower()
    for word in words:
        plane = _plane_hint(word)
        if plane is not None and plane == series.plane:
            score += 100
        named = word in _SEQUENCE_HINTS or (len(word) >= 5 and word in _PLANE_HINTS)
        if named and fuzz.partial_ratio(word, description) >= 90:
            score += 50
    return score


def choose_series(candidates: Sequence[SeriesGeometry], hint_text: str) -> tuple[SeriesGeometry | None, str]:
    """The one candidate the hint words point at, or None when they do not decide."""
    if len(candidates) == 1:
        return candidates[0], "series_number"
    scores = [(_hint_score(s, hint_text), s) for s in candidates]
    best = max(score for score, _ in scores)
    top = [s for score, s in scores if score == best]
    return (top[0], "hint") if best > 0 and len(top) == 1 else (None, "ambiguous_series_number")


def _slice_spacing(series: SeriesGeometry) -> float:
    z = np.sort([image.position[2] for image in series.images.values()])
    return float(np.median(np.diff(z))) if len(z) > 1 else 0.0


def _reading_series(series: Sequence[SeriesGeometry], ref: Reference) -> SeriesGeometry | None:
    """The series a bare "(Bild 45)" most likely means: the axial series radiologists read.

    Among axial series that contain the referenced image numbers and whose number is unique in the study
    (a bare image number cannot pick between two series of one number), the one with the thickest
    slices (the standard 5 mm reading series rather than a thin reconstruction), then the lowest number.
    """
    numbers = Counter(s.series_number for s in series)
    axial = [s for s in series if s.plane == "axial" and numbers[s.series_number] == 1
             and ref.image_start in s.images and ref.image_end in s.images]
    if not axial:
        return None
    return min(axial, key=lambda s: (-round(_slice_spacing(s), 3), s.series_number))


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


def resolve_reference(ref: Reference, series: Sequence[SeriesGeometry], volumes: Sequence[TrainingVolume],
                      hint_text: str = "") -> Resolution:
    """Resolve one reference against its study's series and primary volumes (see the module docstring)."""
    if not series:
        return Resolution(status=UNRESOLVED, method=NO_STUDY_IMAGES, ref_series=ref.series)
    number, method = ref.series, "written"
    if number is None and ref.context_series is not None:
        number, method = ref.context_series, "context_series"
    if number is None:
        reading = _reading_series(series, ref)
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
    z_mm = float((ends[0].centre()[2] + ends[1].centre()[2]) / 2)
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
        depth_mm = float(z.max() + volume.slice_spacing_mm / 2 - z[hit])
        return Resolution(status=NON_AXIAL, slice_index=hit, depth_mm=depth_mm,
                          **base, **where)
    slice_index = int(np.argmin(np.abs(z - z_mm)))
    if abs(z[slice_index] - z_mm) > volume.slice_spacing_mm:
        return Resolution(status=UNRESOLVED, **{**base, "method": f"{method}:outside_volume"}, **where)
    depth_mm = float(z.max() + volume.slice_spacing_mm / 2 - z_mm)
    return Resolution(status=RESOLVED, slice_index=slice_index, depth_mm=depth_mm, **base, **where)
