"""Segmentation assets: label maps per export volume, and phrase-grounded slice items for the corpus."""

import dagster as dg

from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, GPU_POOL, exports_partitions
from curation.segment.items import grounding_rows, nifti_loader
from curation.segment.run import segment_export
from curation.tables.io import read_table, write_table
from resources.segmenter import SegmenterResource
from resources.storage import RadcurateStorage


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="2", deps=["volumes"],
          pool=GPU_POOL)
def segmentations(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                  segmenter: SegmenterResource) -> dg.MaterializeResult:
    """A label map NIfTI per volume (merged 121-class ids) and the table of structures found."""
    export_id = context.partition_key
    paths = storage.paths
    backend = segmenter.build()
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


@dg.asset(group_name=CORPUS_GROUP, code_version="2",
          deps=["segmentations", "snippet_pairs", "image_text_pairs", "reports"])
def grounding_items(context: dg.AssetExecutionContext, storage: RadcurateStorage) -> dg.MaterializeResult:
    """Report and snippet phrases grounded on slices where their structure is segmented (RefRad2D rule)."""
    paths = storage.paths
    seg = read_table(paths, "segmentations", columns=["volume_id", "label_path", "segmenter"]).to_pylist()
    label_paths = {r["volume_id"]: (r["label_path"], r["segmenter"]) for r in seg}
    snippets = read_table(paths, "snippet_pairs").to_pylist()
    reports = read_table(paths, "reports", columns=["report_id", "study_uid", "lang", "text", "sentences"]).to_pylist()
    volumes = read_table(paths, "volumes", columns=["volume_id", "study_uid", "training_role"]).to_pylist()
    rows = grounding_rows(label_paths, snippets, reports, volumes, nifti_loader(paths.data_dir))
    write_table(paths, "grounding_items", rows)
    by_source = {s: sum(r["source"] == s for r in rows) for s in ("snippet", "report")}
    return dg.MaterializeResult(metadata={
        "items": len(rows), "from_snippets": by_source["snippet"], "from_reports": by_source["report"],
        "structures": len({r["structure"] for r in rows}), "volumes": len({r["volume_id"] for r in rows}),
    })
