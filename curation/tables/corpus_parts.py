"""Corpus tables per export partition, recomputed only where their inputs changed.

A corpus table (snippet_pairs, report_labels, image_text_pairs, grounding_items, vqa_items) keeps its rows
in hive folders `export=<id>/`, the export being the one that holds the row's report. Per export the
driver computes an input fingerprint without reading rows: the sha256 (memoized, `digests.py`) of the
export's own input parts (its reports partition, the upstream corpus parts of the same export) and of the
image-side partitions (dicom_index, volumes, segmentations, ...) of every export that holds a study the
export's reports reference, wherever it arrived, plus the asset's version/configuration. Unchanged
fingerprint and part present: skipped, nothing else read. Changed: the asset recomputes that export only,
and `publish` writes the part and records the fingerprint under the snapshot's publish check
(`TablesSnapshot`: not over inputs that changed while the step ran).

A study whose report and images arrive in different exports still pairs: when the images land, the
report's export references a new image export, its fingerprint changes and only it is recomputed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from curation.atomic import read_json_object, write_text_atomic
from curation.paths import DataPaths
from curation.tables.digests import table_digests
from curation.tables.io import (
    delete_partition,
    part_files,
    partition_dir,
    read_part,
    read_table,
    table_exports,
    to_table,
    write_table,
)
from curation.tables.schemas import CORPUS_PART_TABLES, PER_EXPORT_TABLES, schema_for
from curation.tables.snapshot import TablesSnapshot

KEY_TABLE = "reports"  # the export of a row is the export of its report
LOOKUP_TABLES = ("dicom_index", "volumes")  # where a study's images arrived
FINGERPRINTS_NAME = ".fingerprints.json"
NOTES_NAME = ".notes.json"  # a small per-export summary an asset keeps beside its part (vqa: answer variety)


@dataclass(frozen=True)
class PartSpec:
    """What one corpus table's export part depends on.

    own: tables read from the same export's partition (reports, upstream corpus parts).
    image: per-export tables read for the studies the export's reports reference, from whichever export
    holds them. version: the asset's code version and configuration (generator, translator, labeller).
    """

    table: str
    own: tuple[str, ...]
    image: tuple[str, ...] = ()
    version: str = ""

    def __post_init__(self) -> None:
        if self.table not in CORPUS_PART_TABLES:
            raise ValueError(f"table {self.table!r} is not stored per export part")
        for name in (*self.own, *self.image):
            schema_for(name)
        if KEY_TABLE not in self.own:
            raise ValueError(f"{self.table}: its own inputs must include {KEY_TABLE!r} (the export of a row)")
        if not set(self.image) <= PER_EXPORT_TABLES:
            raise ValueError(f"{self.table}: image-side inputs must be per-export tables")


@dataclass(frozen=True)
class ExportWork:
    """One export whose part must be recomputed: the studies its reports reference and where their images are."""

    export_id: str
    fingerprint: str
    studies: frozenset[str]
    image_exports: tuple[str, ...]

    @property
    def phi_exports(self) -> tuple[str, ...]:
        """The exports whose patients' vault PHI a check of this export's rows needs: its own and the exports
        holding its studies' images (a per-export check, its size following one export, not the vault)."""
        return tuple(sorted({self.export_id, *self.image_exports}))


@dataclass
class PartPlan:
    todo: list[ExportWork] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)

    def as_metadata(self) -> dict[str, int]:
        return {"exports": len(self.todo) + len(self.unchanged), "exports_recomputed": len(self.todo),
                "exports_unchanged": len(self.unchanged), "exports_removed": len(self.withdrawn)}


class CorpusParts:
    """The per-export driver of one corpus table: plan, read one export's inputs, publish its part."""

    def __init__(self, paths: DataPaths, spec: PartSpec) -> None:
        self.paths = paths
        self.spec = spec
        self.digests = table_digests(paths)

    # -- fingerprints -------------------------------------------------------------------------------
    def _sidecar(self, name: str) -> dict[str, Any]:
        return read_json_object(self.paths.table_dir(self.spec.table) / name)

    def recorded(self) -> dict[str, str]:
        """export id -> the fingerprint its part was computed from."""
        return {str(k): str(v) for k, v in self._sidecar(FINGERPRINTS_NAME).items()}

    def notes(self) -> dict[str, Any]:
        """export id -> the note its part was published with."""
        return self._sidecar(NOTES_NAME)

    def _update(self, name: str, updates: Mapping[str, Any]) -> None:
        current = self._sidecar(name)
        for export_id, value in updates.items():
            if value is None:
                current.pop(export_id, None)
            else:
                current[export_id] = value
        write_text_atomic(self.paths.table_dir(self.spec.table) / name,
                          json.dumps(current, sort_keys=True, indent=0))

    def _record(self, updates: Mapping[str, Any]) -> None:
        self._update(FINGERPRINTS_NAME, updates)
        removed = {k: None for k, v in updates.items() if v is None}
        if removed and (self.paths.table_dir(self.spec.table) / NOTES_NAME).is_file():
            self._update(NOTES_NAME, removed)

    def _files(self, table: str, export_id: str) -> list[Path]:
        return part_files(partition_dir(self.paths, table, export_id))

    def _study_exports(self) -> dict[str, set[str]]:
        """study_uid -> the exports whose dicom_index or volumes hold it (one column per changed part file,
        memoized)."""
        out: dict[str, set[str]] = {}
        for table in LOOKUP_TABLES:
            for export_id in table_exports(self.paths, table):
                for path in self._files(table, export_id):
                    for study in self.digests.studies(path):
                        out.setdefault(study, set()).add(export_id)
        return out

    def _fingerprint(self, export_id: str, image_exports: Sequence[str]) -> str:
        def digests(table: str, export: str) -> list[list[str]]:
            return [[p.name, self.digests.sha256(p)] for p in self._files(table, export)]

        record = {
            "table": self.spec.table, "version": self.spec.version,
            "own": {t: digests(t, export_id) for t in self.spec.own},
            "image": {x: {t: digests(t, x) for t in self.spec.image} for x in image_exports},
        }
        return hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()

    def plan(self) -> PartPlan:
        """Which exports to recompute (fingerprint changed or part missing), which to keep, which to drop."""
        exports = table_exports(self.paths, KEY_TABLE)
        lookup = self._study_exports() if self.spec.image else {}
        recorded = self.recorded()
        plan = PartPlan()
        for export_id in exports:
            studies = frozenset(s for p in self._files(KEY_TABLE, export_id) for s in self.digests.studies(p))
            image_exports = tuple(sorted({x for s in studies for x in lookup.get(s, ())}))
            fingerprint = self._fingerprint(export_id, image_exports)
            present = bool(self._files(self.spec.table, export_id))  # (has_part before the work exists)
            if present and recorded.get(export_id) == fingerprint:
                plan.unchanged.append(export_id)
            else:
                plan.todo.append(ExportWork(export_id, fingerprint, studies, image_exports))
        plan.withdrawn = sorted(set(table_exports(self.paths, self.spec.table)) - set(exports))
        self.digests.save()
        return plan

    # -- reading one export's inputs -----------------------------------------------------------------
    def has_part(self, work: ExportWork) -> bool:
        """Whether the export's part of this table exists (its previous rows, possibly none)."""
        return bool(self._files(self.spec.table, work.export_id))

    def own(self, work: ExportWork, table: str, columns: Sequence[str] | None = None) -> pa.Table:
        """`table`'s rows of this export's own partition."""
        if table not in self.spec.own and table != self.spec.table:
            raise ValueError(f"{self.spec.table}: {table!r} is not one of its own inputs {self.spec.own}")
        return read_table(self.paths, table, exports=[work.export_id], columns=columns)

    def image(self, work: ExportWork, table: str, columns: Sequence[str] | None = None) -> pa.Table:
        """`table`'s rows of the studies this export's reports reference, from whichever export holds them
        (filtered by study_uid where the table has one)."""
        if table not in self.spec.image:
            raise ValueError(f"{self.spec.table}: {table!r} is not one of its image-side inputs {self.spec.image}")
        schema = schema_for(table)
        wanted = list(columns) if columns else list(schema.names)
        with_study = "study_uid" in schema.names
        if with_study and "study_uid" not in wanted:
            wanted.append("study_uid")
        target = pa.schema([schema.field(c) for c in wanted])
        parts = [read_part(f, target) for x in work.image_exports for f in self._files(table, x)]
        rows = pa.concat_tables(parts) if parts else target.empty_table()
        if with_study:
            rows = rows.filter(pc.is_in(rows["study_uid"], value_set=pa.array(sorted(work.studies), pa.string())))
        return rows.select(list(columns)) if columns else rows

    # -- writing --------------------------------------------------------------------------------------
    def publish(self, snapshot: TablesSnapshot, work: ExportWork,
                rows: pa.Table | Sequence[Mapping[str, Any]], *, note: Any = None) -> pa.Table:
        """Write the export's part (atomically, checked against the snapshot), then its note and fingerprint."""
        conformed = to_table(self.spec.table, rows)  # validate before taking the lock
        with snapshot.publishing(f"table {self.spec.table}, export {work.export_id}"):
            write_table(self.paths, self.spec.table, conformed, export_id=work.export_id)
            if note is not None:
                self._update(NOTES_NAME, {work.export_id: note})
            self._record({work.export_id: work.fingerprint})
        return conformed

    def confirm(self, snapshot: TablesSnapshot, work: ExportWork) -> None:
        """Record the export's new fingerprint over its part as it is: the caller knows the rows it would
        compute are the ones stored (vqa_items: the rule changed only for templates the part does not hold)."""
        if not self.has_part(work):
            raise ValueError(f"{self.spec.table}: export {work.export_id} has no part to confirm")
        with snapshot.publishing(f"table {self.spec.table}, export {work.export_id} (unchanged rows)"):
            self._record({work.export_id: work.fingerprint})

    def finish(self, snapshot: TablesSnapshot, plan: PartPlan) -> None:
        """Drop the parts of withdrawn exports and any part written flat (before per-export parts)."""
        flat = part_files(self.paths.table_dir(self.spec.table)) if self.paths.table_dir(self.spec.table).is_dir() \
            else []
        if not plan.withdrawn and not flat:
            return
        with snapshot.publishing(f"table {self.spec.table}: withdrawn exports removed"):
            for export_id in plan.withdrawn:
                delete_partition(self.paths, self.spec.table, export_id)
            for path in flat:
                path.unlink(missing_ok=True)
            self._record(dict.fromkeys(plan.withdrawn))

    def total_rows(self) -> int:
        """Rows of the whole table from the part files' footers (no row read)."""
        return sum(pq.ParquetFile(f).metadata.num_rows
                   for e in table_exports(self.paths, self.spec.table) for f in self._files(self.spec.table, e))


def sum_counts(counts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Per-export metadata counts added up (numbers summed, nested dicts key by key; other values: the last)."""
    out: dict[str, Any] = {}
    for entry in counts:
        for key, value in entry.items():
            if isinstance(value, Mapping):
                out[key] = sum_counts([out.get(key, {}), value])
            elif isinstance(value, int | float) and not isinstance(value, bool):
                out[key] = out.get(key, 0) + value
            else:
                out[key] = value
    return out
