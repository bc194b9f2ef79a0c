"""dicom_index rows -> one series_catalog row per series (per stack when a series holds several), with
the instances a volume is built from.

Every image series gets a row; a series that cannot become a volume keeps its row with `usable`
false, its flags and the first blocking reason. Instances the index excluded (burned-in annotation)
are counted but never listed for reading: their pixel data is never opened.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from curation.volumes.geometry import MIN_SLICES, SliceGeometry, analyze_series
from curation.volumes.stacks import split_stacks

VOLUME_MODALITIES = frozenset({"CT", "MR"})


@dataclass(frozen=True)
class CatalogSeries:
    """One series as the catalog sees it: its table row and the file ids to read, in index order."""

    export_id: str
    patient_pid: str | None
    study_uid: str | None
    series_uid: str
    frame_of_reference_uid: str | None
    modality: str | None
    series_number: int | None
    series_description: str | None
    plane: str | None
    image_orientation: tuple[float, ...] | None
    n_instances: int
    slice_spacing_mm: float | None
    rows: int | None
    columns: int | None
    pixel_spacing: tuple[float, float] | None
    flags: tuple[str, ...]
    usable: bool
    reason: str | None
    file_ids: tuple[str, ...]
    multi_frame: bool
    stack: str = ""   # "" for a one-stack series, else its key (e.g. "echo=2"): see volumes/stacks.py
    tilt_deg: float | None = None   # gantry tilt the volume is corrected for (flag tilt_corrected)

    def as_row(self) -> dict[str, Any]:
        """The series_catalog table row (file ids stay out of the table: they are per instance)."""
        row = {name: getattr(self, name) for name in (
            "export_id", "patient_pid", "study_uid", "series_uid", "frame_of_reference_uid", "modality",
            "series_number", "series_description", "plane", "n_instances", "slice_spacing_mm", "rows",
            "columns", "usable", "reason", "stack")}
        row["image_orientation"] = list(self.image_orientation) if self.image_orientation else None
        row["pixel_spacing"] = list(self.pixel_spacing) if self.pixel_spacing else None
        row["flags"] = list(self.flags)
        row["gantry_tilt_deg"] = self.tilt_deg
        return row


def _tuple(value: Any, n: int) -> tuple[float, ...] | None:
    if value is None:
        return None
    out = tuple(float(v) for v in value)
    return out if len(out) == n and all(v == v for v in out) else None


def _geometry(row: Mapping[str, Any]) -> SliceGeometry:
    return SliceGeometry(
        instance_number=row.get("instance_number"), position=_tuple(row.get("image_position"), 3),  # type: ignore[arg-type]
        orientation=_tuple(row.get("image_orientation"), 6), rows=row.get("rows"), columns=row.get("columns"),
        pixel_spacing=_tuple(row.get("pixel_spacing"), 2),  # type: ignore[arg-type]
        image_type=row.get("image_type") or "", number_of_frames=int(row.get("number_of_frames") or 1))


def _first(rows: list[Mapping[str, Any]], key: str) -> Any:
    return next((r.get(key) for r in rows if r.get(key) is not None), None)


def _image_rows(rows: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted((r for r in rows if r.get("role") == "image"),
                  key=lambda r: (r.get("instance_number") is None, r.get("instance_number") or 0, r["file_id"]))


def catalog_stacks(export_id: str, series_uid: str, rows: list[Mapping[str, Any]],
                   *, min_slices: int = MIN_SLICES) -> list[CatalogSeries]:
    """Catalog one series as one row per stack (one row when the series is one stack).

    Excluded instances count on every stack of their series (their headers are not trusted to say
    which stack they belong to, and their pixels are never read anyway).
    """
    images = _image_rows(rows)
    excluded = [r for r in rows if r.get("role") == "excluded"]
    stacks = split_stacks([_geometry(r) for r in images], images, min_slices=min_slices)
    if len(stacks) == 1:
        return [catalog_series(export_id, series_uid, rows, min_slices=min_slices)]
    return [catalog_series(export_id, series_uid, [images[i] for i in s.indices] + excluded,
                           min_slices=min_slices, stack=s.label) for s in stacks]


def catalog_series(export_id: str, series_uid: str, rows: list[Mapping[str, Any]],
                   *, min_slices: int = MIN_SLICES, stack: str = "") -> CatalogSeries:
    """Catalog one series (or one stack of it) from its index rows (role image or excluded)."""
    images = _image_rows(rows)
    n_excluded = sum(1 for r in rows if r.get("role") == "excluded")
    geometry = analyze_series([_geometry(r) for r in images], min_slices=min_slices)
    flags = list(geometry.flags)
    blocking: list[str] = [] if geometry.reason is None else [geometry.reason]
    if n_excluded:
        flags.append("excluded_instances")
        if not images:
            flags.remove("no_instances")
            blocking = ["excluded"]
            flags.append("excluded")
    modality = _first(rows, "modality")
    if modality not in VOLUME_MODALITIES:
        flags.append("unsupported_modality")
        blocking.append("unsupported_modality")
    reason = blocking[0] if blocking else None
    return CatalogSeries(
        export_id=export_id, patient_pid=_first(rows, "patient_pid"), study_uid=_first(rows, "study_uid"),
        series_uid=series_uid, frame_of_reference_uid=_first(rows, "frame_of_reference_uid"),
        modality=modality, series_number=_first(rows, "series_number"),
        series_description=_first(rows, "series_description"), plane=geometry.plane,
        image_orientation=geometry.orientation, n_instances=len(images),
        slice_spacing_mm=geometry.slice_spacing_mm, rows=_first(images, "rows"), columns=_first(images, "columns"),
        pixel_spacing=_tuple(_first(images, "pixel_spacing"), 2),  # type: ignore[arg-type]
        flags=tuple(flags), usable=reason is None, reason=reason,
        file_ids=tuple(r["file_id"] for r in images), multi_frame="multi_frame" in flags, stack=stack,
        tilt_deg=geometry.tilt_deg)


def build_catalog(export_id: str, index: pa.Table | Iterable[Mapping[str, Any]],
                  *, min_slices: int = MIN_SLICES) -> list[CatalogSeries]:
    """Group one export's dicom_index rows by series_uid, split into stacks; sorted by series_uid, then
    stack order (deterministic)."""
    records = index.to_pylist() if isinstance(index, pa.Table) else list(index)
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in records:
        if row.get("role") in ("image", "excluded") and row.get("series_uid"):
            groups[row["series_uid"]].append(row)
    return [stack for uid in sorted(groups) for stack in catalog_stacks(export_id, uid, groups[uid],
                                                                        min_slices=min_slices)]
