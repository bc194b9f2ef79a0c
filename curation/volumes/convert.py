"""Usable catalog series -> NIfTI files and volumes rows, one series in memory at a time.

Files are found through the vault's file map (file_id -> relative path) under the export's source
folder; neither ever reaches a row, a log line or an error message. training_role picks, per study and
modality, the axial volume training uses (largest z coverage, then finest slice spacing, then lowest
series number); every other volume is "secondary".
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.volumes.catalog import CatalogSeries
from curation.volumes.multiframe import read_multiframe
from curation.volumes.nifti import (
    LoadedSlice,
    VolumeError,
    build_volume,
    read_single_frame,
    write_nifti_atomic,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConversionFailure:
    """A usable-looking series whose pixel data or per-file geometry did not make a volume."""

    series_uid: str
    reason: str
    stack: str = ""


def volume_id(pseudonymizer: Pseudonymizer, series_uid: str, stack: str = "") -> str:
    """"V" + token of the (already pseudonymized) series_uid, and of the stack key for one stack of a
    several-stack series: stable across runs and exports; a one-stack series keeps its plain id."""
    return "V" + pseudonymizer.token("volume", f"{series_uid}/{stack}" if stack else series_uid, 20)


def volume_path(paths: DataPaths, export_id: str, vid: str) -> Path:
    return paths.volumes_dir / export_id / f"{vid}.nii.gz"


def load_series(series: CatalogSeries, export_dir: Path, file_map: Mapping[str, str]) -> list[LoadedSlice]:
    """Read the pixel data of the series' image instances only (excluded ones are not listed)."""
    slices: list[LoadedSlice] = []
    for file_id in series.file_ids:
        relative = file_map.get(file_id)
        if relative is None:
            raise VolumeError(f"file {file_id}: not in the vault file map")
        path = export_dir / relative
        if series.multi_frame:
            slices.extend(read_multiframe(path, file_id))
        else:
            slices.append(read_single_frame(path, file_id))
    return slices


def convert_series(series: CatalogSeries, *, export_dir: Path, file_map: Mapping[str, str], paths: DataPaths,
                   pseudonymizer: Pseudonymizer, min_slices: int = 3) -> dict[str, Any]:
    """Write one series' NIfTI and return its volumes row (training_role still unset)."""
    if not series.usable:
        raise ValueError(f"series is not usable ({series.reason}): only usable catalog series are converted")
    built = build_volume(load_series(series, export_dir, file_map), series.modality or "",
                         min_slices=min_slices)
    vid = volume_id(pseudonymizer, series.series_uid, series.stack)
    target = volume_path(paths, series.export_id, vid)
    write_nifti_atomic(built.image, target, built.scaling)
    return {
        "volume_id": vid, "export_id": series.export_id, "patient_pid": series.patient_pid,
        "study_uid": series.study_uid, "series_uid": series.series_uid,
        "frame_of_reference_uid": series.frame_of_reference_uid, "series_number": series.series_number,
        "series_description": series.series_description, "modality": series.modality, "plane": built.plane,
        "path": paths.relative(target), "shape": list(built.shape), "spacing": list(built.spacing),
        "affine": [float(v) for v in built.image.affine.ravel()],
        "slice_map": [{"instance_number": e.instance_number, "slice_index": e.slice_index, "z_mm": e.z_mm}
                      for e in built.slice_map],
        "content_sha256": built.content_sha256, "slice_spacing_mm": built.slice_spacing_mm,
        "stack": series.stack, "gantry_tilt_deg": built.tilt_deg,
    }


def iter_volumes(catalog: Iterable[CatalogSeries], *, export_dir: Path, file_map: Mapping[str, str],
                 paths: DataPaths, pseudonymizer: Pseudonymizer,
                 min_slices: int = 3) -> Iterator[dict[str, Any] | ConversionFailure]:
    """Convert usable series one at a time (memory bounded by the largest series)."""
    for series in catalog:
        if not series.usable:
            continue
        try:
            yield convert_series(series, export_dir=export_dir, file_map=file_map, paths=paths,
                                 pseudonymizer=pseudonymizer, min_slices=min_slices)
        except VolumeError as exc:
            log.warning("series not converted: %s", exc)
            yield ConversionFailure(series.series_uid, str(exc), series.stack)


def _coverage_mm(row: Mapping[str, Any]) -> float:
    zs = [e["z_mm"] for e in row["slice_map"]]
    return (max(zs) - min(zs)) + float(row.get("slice_spacing_mm") or 0.0) if zs else 0.0


def _stack_order(stack: str | None) -> tuple[tuple[int, float | str], ...]:
    """"" first, then stacks by their key values, numbers as numbers ("b=50" before "b=1000")."""
    parts = []
    for part in (stack or "").split(","):
        value = part.split("=", 1)[-1]
        try:
            parts.append((0, float(value)))
        except ValueError:
            parts.append((1, value))
    return tuple(parts) if stack else ()


def assign_training_roles(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark per (study, modality) the one primary axial volume; all others secondary.

    Each stack of a several-stack series is a candidate of its own (a series as a whole never is);
    between equal stacks of one series the first by key wins (echo 1, the lowest b-value).
    """
    groups: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        row["training_role"] = "secondary"
        if row["plane"] == "axial":
            groups[(row["study_uid"], row["modality"])].append(row)
    for candidates in groups.values():
        best = min(candidates, key=lambda r: (-round(_coverage_mm(r), 3), r.get("slice_spacing_mm") or 0.0,
                                              r.get("series_number") if r.get("series_number") is not None
                                              else 1 << 30, _stack_order(r.get("stack")), r["volume_id"]))
        best["training_role"] = "primary"
    return rows
