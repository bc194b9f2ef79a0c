"""The geometry a reference is resolved against, read from the tables of one study.

`series_from_index` turns dicom_index rows into series of image geometries (the DICOM pixel -> LPS
affine of PS3.3 C.7.6.2.1.1); `training_volumes` turns volumes rows into the primary training volumes
with their slice z by slice index. Both are plain records so resolution needs no table access.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


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
