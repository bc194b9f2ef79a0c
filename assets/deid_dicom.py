"""`deid_dicom`: de-identified DICOM copies of an export for sharing with partners (PS3.15 Annex E).

Off by default: the asset lives in its own group `sharing`, so neither `radcurate curate` (which runs
the `export` group) nor the staleness sensor materializes it. Ask for it explicitly:
`dagster asset materialize --select deid_dicom --partition <export_id>`.
"""

import dagster as dg
from pydantic import Field

from assets.partitions import exports_partitions
from curation.deid.dicom.copies import IndexedFile, write_deidentified_copies
from curation.deid.dicom.options import DeidOptions
from curation.tables.io import read_table
from resources.storage import RadcurateStorage

SHARING_GROUP = "sharing"


class DeidDicomConfig(dg.Config):
    """Options beyond the project's default sharing profile (see docs/deid.md)."""

    retain_device_identity: bool = False
    retain_safe_private: bool = True
    burned_in_allow_sop_classes: list[str] = Field(default_factory=list)


@dg.asset(partitions_def=exports_partitions, group_name=SHARING_GROUP, code_version="2", deps=["dicom_index"],
          description="De-identified DICOM copies (PS3.15 Basic profile + options) under data_dir/deid_dicom/.")
def deid_dicom(context: dg.AssetExecutionContext, config: DeidDicomConfig,
               storage: RadcurateStorage) -> dg.MaterializeResult:
    export_id = context.partition_key
    index = read_table(storage.paths, "dicom_index", exports=[export_id],
                       columns=["file_id", "patient_pid", "role", "excluded_reason"]).to_pylist()
    options = DeidOptions(retain_device_identity=config.retain_device_identity,
                          retain_safe_private=config.retain_safe_private,
                          burned_in_allow_sop_classes=frozenset(config.burned_in_allow_sop_classes))
    report = write_deidentified_copies(storage.paths, storage.vault, storage.pseudonymizer, export_id,
                                       [IndexedFile(**row) for row in index], options)
    return dg.MaterializeResult(metadata={
        "written": report.written, "skipped": sum(report.skipped.values()), "failed": sum(report.failed.values()),
        "skipped_by_reason": _reasons_md(report.skipped), "failed_by_reason": _reasons_md(report.failed),
        "profile": ", ".join(code for code, _ in options.method_codes()),
    })


def _reasons_md(counts: dict[str, int]) -> dg.MetadataValue:
    rows = "".join(f"| {reason} | {n} |\n" for reason, n in counts.items())
    return dg.MetadataValue.md("| reason | files |\n|---|---|\n" + rows)
