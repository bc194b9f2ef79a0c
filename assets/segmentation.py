"""Segmentation assets: label maps per export volume, and phrase-grounded slice items for the corpus."""

import dagster as dg

from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, GPU_POOL, exports_partitions
from curation.faults import kill_point
from curation.segment.items import grounding_rows, nifti_loader
from curation.segment.run import segment_export
from curation.tables.io import read_table, write_table
from curation.tables.snapshot import TablesSnapshot
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


@dg.asset(group_name=CORPUS_GROUP, code_version="3", deps=["segmentations", "image_text_pairs"])
def grounding_items(context: dg.AssetExecutionContext, storage: RadcurateStorage) -> dg.MaterializeResult:
    """Caption phrases grounded on their pair's slice where their own class is segmented (RefRad2D rule)."""
    paths = storage.paths
    snapshot = TablesSnapshot.take(paths)
    seg = read_table(paths, "segmentations", columns=["volume_id", "label_path", "segmenter"]).to_pylist()
    label_paths = {r["volume_id"]: (r["label_path"], r["segmenter"]) for r in seg}
    pairs = read_table(paths, "image_text_pairs", columns=[
        "pair_id", "volume_id", "slice_index", "plane", "report_id", "caption_de", "caption_en"]).to_pylist()
    rows = grounding_rows(label_paths, pairs, nifti_loader(paths.data_dir, cached=False))
    snapshot.write_table("grounding_items", rows)
    return dg.MaterializeResult(metadata={
        "items": len(rows), "pairs": len(pairs), "pairs_grounded": len({r["pair_id"] for r in rows}),
        "by_lang": {lang: sum(r["lang"] == lang for r in rows) for lang in ("de", "en")},
        "structures": len({r["structure"] for r in rows}), "volumes": len({r["volume_id"] for r in rows}),
    })
