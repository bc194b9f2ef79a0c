"""The ground-truth file written beside a synthetic export, and how to read it.

Path: OUT.parent / (OUT.name + ".truth.json") - never inside the export, so curation never ingests it.
The layout is fixed by docs/synth.md (the synthetic export contract); the TypedDicts name its keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypedDict

TRUTH_VERSION = 1


class InstanceTruth(TypedDict):
    instance_number: int
    sop_uid: str
    path: str
    position: list[float]


class SeriesTruth(TypedDict):
    series_uid: str
    series_number: int
    description: str
    role: str
    plane: str
    orientation: list[float]
    pixel_spacing: list[float]
    slice_thickness: float
    rows: int
    columns: int
    instances: list[InstanceTruth]


class LesionTruth(TypedDict):
    kind: str
    organ: str
    center_mm: list[float]
    radius_mm: float


class ReferenceTruth(TypedDict):
    report_id: str
    lang: str
    ref_start: int
    ref_end: int
    ref_text: str
    format: str
    series_number: int
    series_number_written: int | None
    image_start: int
    image_end: int
    study_uid: str
    series_uid: str
    plane: str
    z_mm: float
    snippet: str
    snippet_start: int
    snippet_end: int
    lesion_index: int


def truth_path_for(out_dir: Path) -> Path:
    """Where the truth of an export lives: beside it, named after it."""
    out_dir = Path(out_dir)
    return out_dir.parent / (out_dir.name + ".truth.json")


def write_truth(path: Path, truth: dict[str, Any]) -> None:
    """Deterministic JSON (fixed key order as built, UTF-8), written to a temp name and renamed."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def load_truth(path: Path | str) -> dict[str, Any]:
    """Read a truth file; refuses other versions so tests fail loudly on a layout change."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("version") != TRUTH_VERSION:
        raise ValueError(f"path: truth file version {data.get('version')!r}, expected {TRUTH_VERSION}")
    return data
