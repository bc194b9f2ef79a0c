"""Segmentation assets: label maps per export volume, and phrase-grounded slice items for the corpus."""

import dagster as dg

from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, GPU_POOL, exports_partitions
from curation.faults import kill_point
from curation.segment.part import grounding_part, grounding_spec
from curation.segment.run import segment_export
from curation.tables.corpus_parts import CorpusParts, sum_counts
from curation.tables.io import read_table, write_table
from curation.tables.snapshot import TablesSnapshot
from resources.segmenter import SegmenterResource
from resources.storage import RadcurateStorage

# The tables this asset's step reads (its own included): only their change makes it refuse to publish.
_READS = ("volumes", "segmentations", "image_text_pairs", "grounding_items", "reports", "dicom_index")
GROUNDING_CODE_VERSION = "4"


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="2", deps=["volumes"],
          pool=GPU_POOL)
def segmentations(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                  segmenter: SegmenterResource) -> dg.MaterializeResult:
    """A label map NIfTI per volume (merged 121-class ids) and the table of structures found."""
    export_id = context.partition_key
    paths = storage.paths
    backend = segmenter.build()
    kill_point("segmentations")  # holds the `gpu` pool slot here
    volumes = read_table(paths, "volumes", exports=[export_id]).to_pylist()
    previous = read_table(paths, "segmentations", exports=[export_id]).to_pylist()
    rows, stats = segment_export(paths, export_id, volumes, backend, previous)
    write_table(paths, "segmentations", rows, export_id=export_id)
    if stats.failed:
        context.log.warning(f"{len(stats.failed)} volumes failed: {', '.join(stats.failed)}")
    done = stats.segmented + stats.skipped
    return dg.MaterializeResult(metadata={
        "segmenter": f"{backend.name} ({backend.version})", "volumes": len(volumes),
        "segmented": stats.segmented, "skipped_unchanged": stats.skipped, "failed": len(stats.failed),
        "structures": len({r["structure"] for r in rows if r["class_id"]}),
        "seconds_per_volume": round(stats.seconds / stats.segmented, 2) if stats.segmented else 0.0,
        "coverage": round(done / len(volumes), 3) if volumes else 1.0,
    })


@dg.asset(group_name=CORPUS_GROUP, code_version=GROUNDING_CODE_VERSION, deps=["segmentations", "image_text_pairs"])
def grounding_items(context: dg.AssetExecutionContext, storage: RadcurateStorage) -> dg.MaterializeResult:
    """Caption phrases grounded on their pair's slice where their own class is segmented (RefRad2D rule).
    Stored per export part, recomputed only for exports whose pairs or label maps changed."""
    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)
    parts = CorpusParts(paths, grounding_spec(GROUNDING_CODE_VERSION))
    plan = parts.plan()
    counts = [{"items_recomputed": 0, "pairs": 0, "pairs_grounded": 0, "by_lang": {"de": 0, "en": 0}}]
    for work in plan.todo:  # one export (and one label map) in memory at a time
        rows, export_counts = grounding_part(parts, work)
        parts.publish(snapshot, work, rows)
        counts.append(export_counts)
    parts.finish(snapshot, plan)
    context.log.info(f"grounding_items: {len(plan.todo)} exports recomputed, {len(plan.unchanged)} unchanged")
    return dg.MaterializeResult(metadata={**plan.as_metadata(), "items": parts.total_rows(), **sum_counts(counts)})
