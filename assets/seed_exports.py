"""The seed trainers' own layouts (RadGrounder's RefRad2D, RadFinder's CT-RATE), written from the curated
tables on demand: group `seed_exports`, not part of the curate jobs."""

import dagster as dg

from curation.seed_exports.ctrate import write_ct_rate
from curation.seed_exports.refrad2d import env_for, write_refrad2d
from resources.storage import RadcurateStorage

SEED_EXPORTS_GROUP = "seed_exports"


def refrad2d_dir(storage: RadcurateStorage):
    return storage.paths.data_dir / "seed_exports" / "refrad2d"


def ct_rate_root(storage: RadcurateStorage):
    """MEDV_DATA_DIR for RadFinder: it reads CT-RATE from MEDV_DATA_DIR/public/CT-RATE."""
    return storage.paths.data_dir / "seed_exports" / "radfinder"


@dg.asset(group_name=SEED_EXPORTS_GROUP, deps=["dataset"], code_version="1",
          description="RadGrounder's RefRad2D layout (docs/DATASET_FORMAT.md of lmb-freiburg/radgrounder): "
                      "de-identified DICOM of every referenced image, VQA and report texts per language, "
                      "class-id masks, boxes, splits; data_dir/seed_exports/refrad2d.")
def refrad2d_export(context: dg.AssetExecutionContext, storage: RadcurateStorage) -> dg.MaterializeResult:
    out = refrad2d_dir(storage)
    summary = write_refrad2d(storage.paths, out, storage.pseudonymizer)
    context.log.info(f"refrad2d: {summary.slices} samples, {summary.skipped} referenced images left out")
    return dg.MaterializeResult(metadata={
        "samples": summary.slices, "with_boxes": summary.with_boxes, "left_out": summary.skipped,
        "left_out_by_reason": dg.MetadataValue.json(dict(summary.skipped_reasons)),
        "per_split": dg.MetadataValue.json(summary.by_split), "removed_files": summary.removed_files,
        "path": dg.MetadataValue.path(storage.paths.relative(out))})


@dg.asset(group_name=SEED_EXPORTS_GROUP, deps=["dataset"], code_version="1",
          description="CT volumes and reports in CT-RATE's layout with RadFinder's snippet `slices` dicts and "
                      "the 18-label CSV; data_dir/seed_exports/radfinder/public/CT-RATE.")
def ct_rate_export(context: dg.AssetExecutionContext, storage: RadcurateStorage) -> dg.MaterializeResult:
    out = ct_rate_root(storage) / "public" / "CT-RATE"
    summary = write_ct_rate(storage.paths, out)
    context.log.info(f"ct-rate: {sum(summary.volumes.values())} volumes, {summary.slices} snippet slices")
    return dg.MaterializeResult(metadata={
        "volumes": sum(summary.volumes.values()), "per_split": dg.MetadataValue.json(summary.volumes),
        "reports": summary.reports, "labelled": summary.labelled, "slices": summary.slices,
        "slices_one_language_only": summary.slices_without_both_languages,
        "removed_files": summary.removed_files, "path": dg.MetadataValue.path(storage.paths.relative(out))})


__all__ = ["ct_rate_export", "ct_rate_root", "env_for", "refrad2d_dir", "refrad2d_export"]
