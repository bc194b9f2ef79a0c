"""The dicom_index asset: one export's files read once, headers only, pseudonymized at the first read."""

import dagster as dg

from assets.partitions import EXPORT_GROUP, exports_partitions
from curation.export_identity import checked_source
from curation.index import build_index
from curation.index.label import export_label, received_date
from curation.tables.io import write_table
from resources.storage import RadcurateStorage

QUARANTINE_PART = "index"  # the report loader writes its own part of the quarantine table


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="1",
          description="Every DICOM file of the export, headers only: pseudonymized ids, geometry, "
                      "role (image | non_image | excluded); unreadable files in `quarantine`.")
def dicom_index(context: dg.AssetExecutionContext, storage: RadcurateStorage) -> dg.MaterializeResult:
    export_id = context.partition_key
    paths, vault = storage.paths, storage.vault
    source = checked_source(vault, export_id, storage.pseudonymizer)  # the folder still holds this export
    result = build_index(source, export_id, storage.pseudonymizer)
    write_table(paths, "dicom_index", [r.as_record() for r in result.index_rows], export_id=export_id)
    write_table(paths, "quarantine", [q.as_record() for q in result.quarantine_rows], export_id=export_id,
                part=QUARANTINE_PART)
    vault.write_file_map(export_id, list(result.file_map), list(result.file_map.values()))
    vault.write_patient_phi(export_id, result.patients)
    roles = result.role_counts()
    quarantined = result.quarantine_counts()
    context.log.info(f"export {export_id}: {result.files} files, {roles}, quarantined {quarantined}")
    table = "\n".join(["| outcome | files |", "|---|---|"]
                      + [f"| {k} | {v} |" for k, v in roles.items()]
                      + [f"| quarantine: {k} | {v} |" for k, v in quarantined.items()])
    images = [r for r in result.index_rows if r.role == "image"]
    label = export_label(site=storage.site_name, received=received_date(source),
                         studies=len({r.study_uid for r in images}), patients=len(result.patients),
                         files=result.files, modalities=(r.modality for r in images))
    return dg.MaterializeResult(metadata={
        "export": label,
        "files": result.files,
        "images": roles.get("image", 0),
        "non_image": roles.get("non_image", 0),
        "excluded": roles.get("excluded", 0),
        "quarantined": len(result.quarantine_rows),
        "quarantined_by_reason": dg.MetadataValue.json(quarantined),
        "patients": len(result.patients),
        "files_per_s": round(result.files_per_second, 1),
        "outcomes": dg.MetadataValue.md(table),
    })
