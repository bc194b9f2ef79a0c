"""series_catalog and volumes (per export), image_text_pairs (corpus).

No `from __future__ import annotations` here: Dagster resolves the config and resource parameter types
at definition time.
"""

from collections import Counter

import dagster as dg
import pyarrow as pa

from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, exports_partitions
from curation.tables.io import read_table, write_table
from curation.tables.snapshot import TablesSnapshot
from curation.volumes.geometry import MIN_SLICES
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

# The tables this asset's step reads (its own included): only their change makes it refuse to publish.
_READS = ("dicom_index", "quarantine", "series_catalog", "volumes", "reports", "snippet_pairs",
          "image_text_pairs")


class SeriesGeometryConfig(dg.Config):
    """Fewest slices a series needs to become a volume."""

    min_slices: int = MIN_SLICES


def _catalog(storage: RadcurateStorage, export_id: str, min_slices: int) -> list:
    """The export's series catalog, series with unreadable files marked incomplete."""
    from curation.volumes.catalog import build_catalog
    from curation.volumes.incomplete import mark_incomplete, unreadable_by_series

    index = read_table(storage.paths, "dicom_index", exports=[export_id])
    quarantine = read_table(storage.paths, "quarantine", exports=[export_id]).to_pylist()
    return mark_incomplete(build_catalog(export_id, index, min_slices=min_slices), unreadable_by_series(quarantine))


def _counts_md(counter: Counter[str], title: str) -> dg.MetadataValue:
    lines = [f"| {title} | series |", "|---|---|", *(f"| {k} | {v} |" for k, v in sorted(counter.items()))]
    return dg.MetadataValue.md("\n".join(lines))


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="1", deps=["dicom_index"])
def series_catalog(context: dg.AssetExecutionContext, config: SeriesGeometryConfig,
                   storage: RadcurateStorage) -> dg.MaterializeResult:
    """One row per image series: plane, spacing, and why a series cannot become a volume."""
    export_id = context.partition_key
    catalog = _catalog(storage, export_id, config.min_slices)
    write_table(storage.paths, "series_catalog", [s.as_row() for s in catalog], export_id=export_id)
    usable = sum(s.usable for s in catalog)
    return dg.MaterializeResult(metadata={
        "series": len(catalog), "usable": usable,
        "planes": _counts_md(Counter(s.plane or "none" for s in catalog), "plane"),
        "reasons": _counts_md(Counter(s.reason for s in catalog if s.reason), "reason"),
    })


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="1",
          deps=["dicom_index", "series_catalog"])
def volumes(context: dg.AssetExecutionContext, config: SeriesGeometryConfig,
            storage: RadcurateStorage) -> dg.MaterializeResult:
    """Each usable series as a RAS NIfTI with its slice map; one series in memory at a time."""
    from curation.volumes.convert import ConversionFailure, assign_training_roles, iter_volumes
    from curation.volumes.incomplete import FLAG

    export_id = context.partition_key
    paths, vault = storage.paths, storage.vault
    catalog = _catalog(storage, export_id, config.min_slices)
    incomplete = sum(FLAG in s.flags for s in catalog)
    rows, failures = [], []
    for result in iter_volumes(catalog, export_dir=vault.export_source(export_id),
                               file_map=vault.read_file_map(export_id), paths=paths,
                               pseudonymizer=storage.pseudonymizer, min_slices=config.min_slices):
        (failures if isinstance(result, ConversionFailure) else rows).append(result)
    write_table(paths, "volumes", assign_training_roles(rows), export_id=export_id)
    # volumes of series that are gone or no longer usable must not linger beside the table
    keep = {f"{r['volume_id']}.nii.gz" for r in rows}
    folder = paths.volumes_dir / export_id
    for stale in (folder.glob("*.nii.gz") if folder.is_dir() else []):
        # another run's temporary files (.tmp-<pid>-*) are not volumes: never touch them
        if stale.name not in keep and not stale.name.startswith("."):
            stale.unlink()
    # a series that lost files to unreadable ones failed too, though it was never converted
    context.log.info(f"{len(rows)} volumes written, {len(failures) + incomplete} series failed"
                     + (f" ({incomplete} incomplete: files unreadable)" if incomplete else ""))
    return dg.MaterializeResult(metadata={
        "volumes": len(rows), "failed": len(failures) + incomplete, "incomplete": incomplete,
        "primary": sum(r["training_role"] == "primary" for r in rows),
        "failures": _counts_md(Counter(f.reason.split(": ", 1)[-1] for f in failures), "reason"),
    })


@dg.asset(group_name=CORPUS_GROUP, code_version="2", deps=["snippet_pairs", "volumes", "reports"])
def image_text_pairs(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                     llm: LlmResource) -> dg.MaterializeResult:
    """The referenced images themselves (PNG, from the referenced series' volume) with cleaned snippet and
    reference-sentence captions; caption_en from snippet_en, German sentence captions translated when an
    LLM translator is configured."""
    from curation.keyslices.pairs import render_pairs, requests_from_snippets
    from curation.phi_scan import PhiNeedles
    from curation.reports.translate import english_texts
    from curation.reports.translation_cache import translation_phi_check

    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)  # before any read: publish only over what was read
    volume_rows = {r["volume_id"]: r for r in read_table(
        paths, "volumes", columns=["volume_id", "path", "modality", "plane", "patient_pid", "content_sha256",
                                   "study_uid", "series_uid", "series_number", "slice_map"]).to_pylist()}
    reports = {r["report_id"]: r for r in read_table(
        paths, "reports", columns=["report_id", "text", "sentences"]).to_pylist()}
    plan = requests_from_snippets(read_table(paths, "snippet_pairs").to_pylist(), reports, volume_rows)
    requests = plan.requests
    try:
        previous = {r["pair_id"]: r for r in read_table(paths, "image_text_pairs").to_pylist()}
    except (ValueError, pa.ArrowInvalid):  # a table written before its current schema: render afresh
        previous = {}
    rows = list(render_pairs(requests, volume_rows, paths.data_dir, previous))
    translator = llm.cached_translator(paths, "image_text_pairs", translation_phi_check(
        PhiNeedles.from_phi(storage.vault.read_patient_phi().values())))
    todo = [r for r in rows if r["caption_en"] is None and r["caption_de"]]
    for row, caption_en in zip(todo, english_texts([r["caption_de"] for r in todo], ["de"] * len(todo),
                                                   translator), strict=True):
        row["caption_en"] = caption_en
    snapshot.write_table("image_text_pairs", rows)
    return dg.MaterializeResult(metadata={
        "pairs": len(rows), "requests": len(requests),
        "kept_from_previous": sum(1 for r in rows if r["pair_id"] in previous),
        "by_source": _counts_md(Counter(r["source"] for r in rows), "source"),
        "by_window": _counts_md(Counter(r["window"] for r in rows), "window"),
        "by_plane": _counts_md(Counter(r["plane"] for r in rows), "plane"),
        "unique_images": len({r["image_sha256"] for r in rows}),
        "references_without_image": _counts_md(plan.skipped, "reason"),
        "with_english": sum(r["caption_en"] is not None for r in rows),
        "translation": llm.translation_status(translator),
        **(translator.stats.as_metadata() if translator else {}),
    })
