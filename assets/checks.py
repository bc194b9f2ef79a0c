"""Asset checks: bad data must not flow on.

Blocking checks stop downstream steps of the same run: no PHI in any written table (the vault's
per-patient dictionary plus patterns; a part file found clean before is not scanned again while its
content, its patients' vault values and the check's code are unchanged), every table file matching its one
schema, and the file counts of every export reconciling (files in = index + report tables + quarantine).
The release is checked for patients in two splits, and VQA items for their validity rate.
"""

import json
from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq

from curation.export_layout import report_tables, walk_export
from curation.phi_check import OwnerLookup, check_files
from curation.phi_memo import PhiMemo, memo_file
from curation.tables.io import partition_dir, read_table, table_exports
from curation.tables.schemas import PER_EXPORT_TABLES, schema_for
from resources.storage import RadcurateStorage

MIN_VQA_VALIDITY = 0.5
MAX_IDS_LISTED = 200  # flagged row ids named in a check's metadata


def _table_files(storage: RadcurateStorage, table: str, export_id: str | None = None) -> list[Path]:
    """The table's Parquet files; only one export's partition when the check runs for that partition."""
    base = storage.paths.table_dir(table)
    if export_id is not None and table in PER_EXPORT_TABLES:
        base = partition_dir(storage.paths, table, export_id)
    return sorted(p for p in base.rglob("*.parquet") if not p.name.startswith(".")) if base.is_dir() else []


def _partition(context: dg.AssetCheckExecutionContext) -> str | None:
    """The export a partitioned run checks: a per-export run re-checks only what it wrote."""
    return context.partition_key if context.has_partition_key else None


def _phi_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name=f"{table}_phi_free", blocking=True,
                    description=f"No value of the row's own patient's vault PHI (or an e-mail) in any cell of "
                                f"{table}; flagged rows are named by id.")
    def check(context: dg.AssetCheckExecutionContext, storage: RadcurateStorage) -> dg.AssetCheckResult:
        paths = storage.paths
        owner_of = OwnerLookup(lambda source, columns: read_table(paths, source, columns=columns))
        result = check_files(_table_files(storage, table, _partition(context)), storage.vault.read_patient_phi(),
                             owner_of, paths.relative, PhiMemo(memo_file(paths.data_dir, table), paths.data_dir))
        flagged = result.flagged_ids()
        return dg.AssetCheckResult(passed=not result.hits, metadata={
            "hits": len(result.hits), "rows": result.rows, "needles": result.needles,
            "rows_reused": result.rows_reused, "parts_reused": result.parts_reused,
            "hits_by_column": json.dumps(result.by_column()),
            "flagged_rows": len(flagged), "flagged_row_ids": dg.MetadataValue.json(flagged[:MAX_IDS_LISTED])})
    return check


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name=f"{table}_schema", blocking=True,
                    description=f"Every file of {table} has exactly the table's one schema.")
    def check(context: dg.AssetCheckExecutionContext, storage: RadcurateStorage) -> dg.AssetCheckResult:
        expected = schema_for(table)
        wrong = [storage.paths.relative(p) for p in _table_files(storage, table, _partition(context))
                 if not pq.read_schema(p).remove_metadata().equals(expected)]
        return dg.AssetCheckResult(passed=not wrong, metadata={"files_with_other_schema": len(wrong)})
    return check


dicom_index_phi_free = _phi_check("dicom_index")
dicom_index_schema = _schema_check("dicom_index")
reports_phi_free = _phi_check("reports")
reports_schema = _schema_check("reports")
volumes_schema = _schema_check("volumes")
snippet_pairs_phi_free = _phi_check("snippet_pairs")
snippet_pairs_schema = _schema_check("snippet_pairs")
image_text_pairs_phi_free = _phi_check("image_text_pairs")
grounding_items_phi_free = _phi_check("grounding_items")
vqa_items_phi_free = _phi_check("vqa_items")
vqa_items_schema = _schema_check("vqa_items")


@dg.asset_check(asset="dicom_index", blocking=True,
                description="Files in = dicom_index + report tables + quarantine, each file exactly once.")
def files_reconcile(context: dg.AssetCheckExecutionContext, storage: RadcurateStorage) -> dg.AssetCheckResult:
    paths, vault = storage.paths, storage.vault
    pseudonymizer = storage.pseudonymizer
    mismatched = 0
    rows = []
    scope = _partition(context)
    for export_id in [scope] if scope else table_exports(paths, "dicom_index"):
        source = vault.export_source(export_id)
        files = {pseudonymizer.file_id(rel) for rel in walk_export(source).entries}  # links, FIFOs... too
        report_inputs = [pseudonymizer.file_id(rel) for rel in report_tables(source)]
        indexed = read_table(paths, "dicom_index", exports=[export_id], columns=["file_id"])["file_id"].to_pylist()
        quarantined = read_table(paths, "quarantine", exports=[export_id], columns=["file_id", "stage"])
        q_index = [f for f, s in zip(quarantined["file_id"].to_pylist(), quarantined["stage"].to_pylist(),
                                     strict=True) if s == "index"]
        seen = indexed + q_index + report_inputs
        ok = len(seen) == len(set(seen)) and set(seen) == files
        mismatched += not ok
        status = "ok" if ok else "MISMATCH"
        rows.append(f"| {export_id} | {len(files)} | {len(indexed)} | {len(report_inputs)} | {len(q_index)} "
                    f"| {status} |")
    table = ("| export | files in | dicom_index | report tables | quarantined | |\n|---|---|---|---|---|---|\n"
             + "\n".join(rows))
    return dg.AssetCheckResult(passed=mismatched == 0,
                               metadata={"exports": len(rows), "reconcile": dg.MetadataValue.md(table)})


@dg.asset_check(asset="dataset", blocking=True, description="No patient in two splits of the current release.")
def dataset_no_patient_across_splits(storage: RadcurateStorage) -> dg.AssetCheckResult:
    root = storage.paths.dataset_dir
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    by_split: dict[str, set[str]] = {}
    for entry in manifest["files"]:
        pids = pq.read_table(root / entry["relative_path"], columns=["patient_pid"])["patient_pid"].to_pylist()
        by_split.setdefault(entry["split"], set()).update(pids)
    splits = list(by_split.values())
    overlap = {p for i, a in enumerate(splits) for b in splits[i + 1:] for p in a & b}
    return dg.AssetCheckResult(passed=not overlap, metadata={"patients_in_two_splits": len(overlap),
                                                             "patients": sum(len(s) for s in splits)})


@dg.asset_check(asset="dataset", blocking=True,
                description="Every reference in the current release resolves inside it: vqa -> pair, "
                            "grounding -> pair, volume_path -> a volume file of the release.")
def dataset_references_resolve(storage: RadcurateStorage) -> dg.AssetCheckResult:
    from curation.release.integrity import problems

    found = problems(storage.paths.dataset_dir)
    return dg.AssetCheckResult(passed=not any(found.values()), metadata={k: v for k, v in found.items()})


@dg.asset_check(asset="vqa_items",
                description=f"At least {MIN_VQA_VALIDITY:.0%} of generated VQA items passed validation.")
def vqa_validity_rate(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
    event = context.instance.get_latest_materialization_event(dg.AssetKey("vqa_items"))
    metadata = event.asset_materialization.metadata if event and event.asset_materialization else {}
    entry = metadata.get("validity_rate")
    rate = float(entry.value) if entry is not None else None
    return dg.AssetCheckResult(passed=rate is not None and rate >= MIN_VQA_VALIDITY,
                               metadata={"validity_rate": rate if rate is not None else -1.0})

