"""The release configs: which table rows make each Hugging Face config, and how they are deduplicated.

A study exported twice yields the same pseudonymized UIDs and the same text, but different report ids
(report ids carry the export). Each config therefore has a content key; the first row of each key in
(export, id) order wins, so a re-export adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from curation.paths import DataPaths
from curation.tables.io import read_files, read_part, read_table
from curation.tables.schemas import schema_for

# a config's rows, one source part at a time in the table's order (`columns`: only these, where the source can)
PartReader = Callable[[DataPaths, "Sequence[str] | None"], Iterator[pa.Table]]


@dataclass(frozen=True)
class ReleaseConfig:
    name: str
    parts: PartReader
    dedup_key: tuple[str, ...]
    description: str
    schema: Callable[[DataPaths], pa.Schema]
    tables: tuple[str, ...] = ()     # the tables `parts` reads (besides volumes and reports, see skip.py)

    def build(self, paths: DataPaths) -> pa.Table:
        """The config's rows whole (small corpora, tests); the release streams `parts` instead."""
        parts = list(self.parts(paths, None))
        return pa.concat_tables(parts) if parts else self.schema(paths).empty_table()


class _PatientOfVolume:
    """volume_id -> patient_pid, read once (two columns of the volumes table) when first needed."""

    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths
        self._owner: dict[str, str] | None = None

    def __call__(self, volume_ids: list[str | None]) -> list[str | None]:
        if self._owner is None:
            volumes = read_table(self._paths, "volumes", columns=["volume_id", "patient_pid"])
            self._owner = dict(zip(volumes["volume_id"].to_pylist(), volumes["patient_pid"].to_pylist(), strict=True))
        return [self._owner.get(v) for v in volume_ids]  # type: ignore[arg-type]


def _table_schema(name: str) -> Callable[[DataPaths], pa.Schema]:
    def schema(paths: DataPaths) -> pa.Schema:
        base = schema_for(name)
        return base if "patient_pid" in base.names else base.append(pa.field("patient_pid", pa.string()))
    return schema


def _table(name: str) -> PartReader:
    """The table's part files in `read_table` order; VQA and grounding rows get patient_pid from their volume."""
    def parts(paths: DataPaths, columns: Sequence[str] | None) -> Iterator[pa.Table]:
        schema = schema_for(name)
        with_patient = "patient_pid" not in schema.names
        wanted = list(schema.names) if columns is None else [c for c in schema.names if c in columns]
        if with_patient and columns is not None and "patient_pid" in columns and "volume_id" not in wanted:
            wanted.append("volume_id")
        owner = _PatientOfVolume(paths)
        for path in read_files(paths, name):
            part = read_part(path, pa.schema([schema.field(c) for c in wanted]))
            if with_patient and (columns is None or "patient_pid" in columns):
                part = part.append_column("patient_pid", pa.array(owner(part["volume_id"].to_pylist()), pa.string()))
            yield part
    return parts


_LABEL_COLUMNS = (("labels", "labels"), ("labels_uncertain", "uncertain"), ("labels_source", "source"))
_REPORT_COLUMNS = ["report_id", "patient_pid", "study_uid", "lang", "text", "text_en", "text_sha256", "link_status"]
_VOLUME_COLUMNS = ["volume_id", "study_uid", "modality", "path", "training_role", "shape", "spacing"]


def _report_volume_schema() -> pa.Schema:
    reports, volumes = schema_for("reports"), schema_for("volumes")
    schema = pa.schema([reports.field(c) for c in _REPORT_COLUMNS])
    for name, field in (("volume_id", "volume_id"), ("modality", "modality"), ("volume_path", "path"),
                        ("shape", "shape"), ("spacing", "spacing")):
        schema = schema.append(volumes.field(field).with_name(name))
    for name, column in _LABEL_COLUMNS:
        schema = schema.append(schema_for("report_labels").field(column).with_name(name))
    return schema


def _report_volume_parts(paths: DataPaths, columns: Sequence[str] | None = None) -> Iterator[pa.Table]:
    """report_volume_pairs one reports part at a time: the primary volumes and the labels are read once as
    Arrow columns (no report text), and turned into Python rows for the part's studies and reports only."""
    schema = _report_volume_schema()
    volumes = read_table(paths, "volumes", columns=_VOLUME_COLUMNS)
    primary = volumes.filter(pc.equal(volumes["training_role"], "primary"))
    labels = read_table(paths, "report_labels", columns=["report_id", *(c for _, c in _LABEL_COLUMNS)])
    no_labels = {out: None for out, _ in _LABEL_COLUMNS}
    report_schema = schema_for("reports")
    for path in read_files(paths, "reports"):
        reports = read_part(path, pa.schema([report_schema.field(c) for c in _REPORT_COLUMNS]))
        reports = reports.filter(pc.invert(pc.equal(reports["link_status"], "unlinked")))
        if reports.num_rows == 0:
            continue
        by_study: dict[str, list[dict]] = {}
        for volume in primary.filter(pc.is_in(primary["study_uid"], value_set=reports["study_uid"])).to_pylist():
            by_study.setdefault(volume["study_uid"], []).append(volume)
        mine = labels.filter(pc.is_in(labels["report_id"], value_set=reports["report_id"])).to_pylist()
        by_report = {row["report_id"]: {out: row[col] for out, col in _LABEL_COLUMNS} for row in mine}
        rows = []
        for report in reports.to_pylist():
            for volume in by_study.get(report["study_uid"], []):
                rows.append(report | {"volume_id": volume["volume_id"], "modality": volume["modality"],
                                      "volume_path": volume["path"], "shape": volume["shape"],
                                      "spacing": volume["spacing"]} | by_report.get(report["report_id"], no_labels))
        if rows:
            table = pa.Table.from_pylist(rows, schema=schema)
            yield table if columns is None else table.select([c for c in schema.names if c in columns])


def report_volume_pairs(paths: DataPaths) -> pa.Table:
    """Each linked report with the primary volume(s) of its study: the RadFinder/CT-CLIP training unit.

    With the report's labels (report_labels: 18 CT-RATE labels + abdominal questions, uncertain, source);
    null where report_labels has not labelled the report yet.
    """
    parts = list(_report_volume_parts(paths))
    return pa.concat_tables(parts) if parts else _report_volume_schema().empty_table()


RELEASE_CONFIGS: tuple[ReleaseConfig, ...] = (
    # keyed on the text actually present: an English-only caption has no caption_de
    ReleaseConfig("image_text_pairs", _table("image_text_pairs"),
                  ("volume_id", "slice_index", "window", "caption_de", "caption_en"),
                  "2D key slices (windowed PNG) with German/English captions", _table_schema("image_text_pairs"),
                  ("image_text_pairs",)),
    ReleaseConfig("vqa", _table("vqa_items"), ("volume_id", "slice_index", "lang", "question", "answer"),
                  "Visual question answering items (findings, metadata, grounding)", _table_schema("vqa_items"),
                  ("vqa_items",)),
    ReleaseConfig("grounding", _table("grounding_items"), ("volume_id", "slice_index", "structure", "phrase", "lang"),
                  "Phrase-grounded boxes and RLE masks on axial slices", _table_schema("grounding_items"),
                  ("grounding_items",)),
    # status in the key: "(Serie 3, Bild 40; VU Serie 3, Bild 40)" names image 40 of this study and of the
    # prior one; a prior_study row (no depth) must never stand in for the resolved one.
    ReleaseConfig("snippet_pairs", _table("snippet_pairs"),
                  ("study_uid", "ref_series", "ref_image_start", "ref_image_end", "snippet", "status"),
                  "Report snippets with the depth of the referenced slice (RadFinder)", _table_schema("snippet_pairs"),
                  ("snippet_pairs",)),
    ReleaseConfig("report_volume_pairs", _report_volume_parts, ("study_uid", "volume_id", "text_sha256"),
                  "Report–volume pairs for 3D contrastive training, with the report's CT-RATE / abdominal labels",
                  lambda paths: _report_volume_schema(), ("report_labels",)),
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
