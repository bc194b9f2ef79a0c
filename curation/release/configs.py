"""The release configs: which table rows make each Hugging Face config, and how they are deduplicated.

A study exported twice yields the same pseudonymized UIDs and the same text, but different report ids
(report ids carry the export). Each config therefore has a content key; the first row of each key in
(export, id) order wins, so a re-export adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from curation.paths import DataPaths
from curation.tables.io import read_table
from curation.tables.schemas import schema_for


@dataclass(frozen=True)
class ReleaseConfig:
    name: str
    build: Callable[[DataPaths], pa.Table]
    dedup_key: tuple[str, ...]
    description: str


def _patient_of_volume(paths: DataPaths) -> dict[str, str]:
    volumes = read_table(paths, "volumes", columns=["volume_id", "patient_pid"])
    return dict(zip(volumes["volume_id"].to_pylist(), volumes["patient_pid"].to_pylist(), strict=True))


def _with_patient(table: pa.Table, paths: DataPaths) -> pa.Table:
    """Attach patient_pid from the volume a row points at (VQA and grounding rows carry only volume_id)."""
    if "patient_pid" in table.column_names:
        return table
    owner = _patient_of_volume(paths)
    patients = [owner.get(v) for v in table["volume_id"].to_pylist()]
    return table.append_column("patient_pid", pa.array(patients, pa.string()))


def _table(name: str) -> Callable[[DataPaths], pa.Table]:
    return lambda paths: _with_patient(read_table(paths, name), paths)


_LABEL_COLUMNS = (("labels", "labels"), ("labels_uncertain", "uncertain"), ("labels_source", "source"))


def _labels_of_reports(paths: DataPaths) -> dict[str, dict[str, object]]:
    """report_id -> its report_labels columns as released (labels, labels_uncertain, labels_source)."""
    table = read_table(paths, "report_labels", columns=["report_id", *(c for _, c in _LABEL_COLUMNS)])
    return {row["report_id"]: {out: row[col] for out, col in _LABEL_COLUMNS} for row in table.to_pylist()}


def report_volume_pairs(paths: DataPaths) -> pa.Table:
    """Each linked report with the primary volume(s) of its study: the RadFinder/CT-CLIP training unit.

    With the report's labels (report_labels: 18 CT-RATE labels + abdominal questions, uncertain, source);
    null where report_labels has not labelled the report yet.
    """
    reports = read_table(paths, "reports", columns=["report_id", "patient_pid", "study_uid", "lang", "text",
                                                    "text_en", "text_sha256", "link_status"])
    volumes = read_table(paths, "volumes", columns=["volume_id", "study_uid", "modality", "path",
                                                    "training_role", "shape", "spacing"])
    primary = volumes.filter(pc.equal(volumes["training_role"], "primary")).to_pylist()
    by_study: dict[str, list[dict]] = {}
    for volume in primary:
        by_study.setdefault(volume["study_uid"], []).append(volume)
    labels = _labels_of_reports(paths)
    no_labels = {out: None for out, _ in _LABEL_COLUMNS}
    rows = []
    for report in reports.filter(pc.invert(pc.equal(reports["link_status"], "unlinked"))).to_pylist():
        for volume in by_study.get(report["study_uid"], []):
            rows.append(report | {"volume_id": volume["volume_id"], "modality": volume["modality"],
                                  "volume_path": volume["path"], "shape": volume["shape"],
                                  "spacing": volume["spacing"]} | labels.get(report["report_id"], no_labels))
    schema = reports.schema
    for name, field in (("volume_id", "volume_id"), ("modality", "modality"), ("volume_path", "path"),
                        ("shape", "shape"), ("spacing", "spacing")):
        schema = schema.append(volumes.schema.field(field).with_name(name))
    for name, column in _LABEL_COLUMNS:
        schema = schema.append(schema_for("report_labels").field(column).with_name(name))
    return pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()


RELEASE_CONFIGS: tuple[ReleaseConfig, ...] = (
    # keyed on the text actually present: an English-only caption has no caption_de
    ReleaseConfig("image_text_pairs", _table("image_text_pairs"),
                  ("volume_id", "slice_index", "window", "caption_de", "caption_en"),
                  "2D key slices (windowed PNG) with German/English captions"),
    ReleaseConfig("vqa", _table("vqa_items"), ("volume_id", "slice_index", "lang", "question", "answer"),
                  "Visual question answering items (findings, metadata, grounding)"),
    ReleaseConfig("grounding", _table("grounding_items"), ("volume_id", "slice_index", "structure", "phrase", "lang"),
                  "Phrase-grounded boxes and RLE masks on axial slices"),
    # status in the key: "(Serie 3, Bild 40; VU Serie 3, Bild 40)" names image 40 of this study and of the
    # prior one; a prior_study row (no depth) must never stand in for the resolved one.
    ReleaseConfig("snippet_pairs", _table("snippet_pairs"),
                  ("study_uid", "ref_series", "ref_image_start", "ref_image_end", "snippet", "status"),
                  "Report snippets with the depth of the referenced slice (RadFinder)"),
    ReleaseConfig("report_volume_pairs", report_volume_pairs, ("study_uid", "volume_id", "text_sha256"),
                  "Report–volume pairs for 3D contrastive training, with the report's CT-RATE / abdominal labels"),
)


def dedup(table: pa.Table, key: tuple[str, ...]) -> pa.Table:
    """Keep the first row of each content key (rows are in their table's sorted order)."""
    if table.num_rows == 0:
        return table
    seen: set[tuple[object, ...]] = set()
    keep: list[int] = []
    columns = [table[k].to_pylist() for k in key]
    for i, values in enumerate(zip(*columns, strict=True)):
        if values not in seen:
            seen.add(values)
            keep.append(i)
    return table.take(pa.array(keep, pa.int64()))
