"""series_catalog and volumes (per export), image_text_pairs (corpus).

No `from __future__ import annotations` here: Dagster resolves the config and resource parameter types
at definition time.
"""

from collections import Counter

import dagster as dg

from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, exports_partitions
from curation.tables.io import read_table, write_table
from curation.tables.snapshot import TablesSnapshot
from curation.volumes.geometry import MIN_SLICES
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

# The tables this asset's step reads (its own included): only their change makes it refuse to publish.
_READS = ("dicom_index", "quarantine", "series_catalog", "volumes", "reports", "snippet_pairs",
          "image_text_pairs")
PAIRS_CODE_VERSION = "3"


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


@dg.asset(group_name=CORPUS_GROUP, code_version=PAIRS_CODE_VERSION, deps=["snippet_pairs", "volumes", "reports"])
def image_text_pairs(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                     llm: LlmResource) -> dg.MaterializeResult:
    """The referenced images themselves (PNG, from the referenced series' volume) with cleaned snippet and
    reference-sentence captions; caption_en from snippet_en, German sentence captions translated when an
    LLM translator is configured. Stored per export part, recomputed only for exports whose inputs changed."""
    from curation.keyslices.part import pairs_part, pairs_spec
    from curation.tables.corpus_parts import CorpusParts, sum_counts

    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)  # before any read: publish only over what was read
    parts = CorpusParts(paths, pairs_spec(PAIRS_CODE_VERSION, llm.translator_identity()))
    plan = parts.plan()
    translator = llm.lazy_translator(paths, "image_text_pairs", storage.phi_needles)
    counts = []
    for work in plan.todo:  # one export in memory at a time
        rows, export_counts = pairs_part(parts, work, translator.for_exports)
        parts.publish(snapshot, work, rows)
        counts.append(export_counts)
    parts.finish(snapshot, plan)
    total = sum_counts([{"pairs_recomputed": 0, "requests": 0, "kept_from_previous": 0, "unique_images": 0,
                         "with_english": 0}, *counts])
    context.log.info(f"image_text_pairs: {len(plan.todo)} exports recomputed, {len(plan.unchanged)} unchanged")
    return dg.MaterializeResult(metadata={
        **plan.as_metadata(), "pairs": parts.total_rows(),
        **{k: v for k, v in total.items() if not isinstance(v, dict)},
        **{k: _counts_md(Counter(total.get(k, {})), title) for k, title in (
            ("by_source", "source"), ("by_window", "window"), ("by_plane", "plane"),
            ("references_without_image", "reason"))},
        "translation": llm.translation_status(translator()) if plan.todo else "nothing recomputed",
        **(translator().stats.as_metadata() if plan.todo and translator() else {}),
    })
