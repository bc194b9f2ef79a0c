"""The `reports` asset: one export's report tables loaded, linked, de-identified and structured."""

import dagster as dg

from radcurate.assets.partitions import EXPORT_GROUP, exports_partitions
from radcurate.curation.export_layout import report_tables
from radcurate.curation.phi_scan import PhiNeedles
from radcurate.curation.reports.curate import curate_reports
from radcurate.curation.reports.link import ReportLinker, studies_from_rows
from radcurate.curation.reports.load import STAGE, load_report_tables
from radcurate.curation.reports.translation_cache import translation_phi_check
from radcurate.curation.tables.io import read_table, write_table
from radcurate.resources.llm import LlmResource
from radcurate.resources.storage import RadcurateStorage


def _markdown(counts: dict[str, int], head: str) -> str:
    lines = [f"| {head} | reports |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counts.items())]
    return "\n".join(lines)


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="1", deps=["dicom_index"],
          description="Reports linked to studies (accession, study UID, patient + date), de-identified with "
                      "the patient's own header PHI as a fuzzy dictionary, split into sections and sentences; "
                      "text_en translated from German when an LLM translator is configured.")
def reports(context: dg.AssetExecutionContext, storage: RadcurateStorage, llm: LlmResource) -> dg.MaterializeResult:
    export_id = context.partition_key
    paths, vault, pseudonymizer = storage.paths, storage.vault, storage.pseudonymizer
    export_dir = vault.export_source(export_id)  # raw path: never log it
    relative = report_tables(export_dir)
    loaded = load_report_tables(export_dir, relative, [pseudonymizer.file_id(r) for r in relative])
    index = read_table(paths, "dicom_index", exports=[export_id],
                       columns=["patient_pid", "study_uid", "accession_pid", "study_date"])
    linker = ReportLinker(studies_from_rows(index.to_pylist()), pseudonymizer)
    phi_by_patient = vault.read_patient_phi([export_id])
    translator = llm.cached_translator(paths, f"reports-{export_id}",
                                       translation_phi_check(PhiNeedles.from_phi(phi_by_patient.values())))
    rows, stats = curate_reports(loaded.reports, export_id=export_id, linker=linker, phi_by_patient=phi_by_patient,
                                 pseudonymizer=pseudonymizer, translator=translator)
    write_table(paths, "reports", rows, export_id=export_id)
    write_table(paths, "quarantine", [{"export_id": export_id, "file_id": q.file_id, "stage": STAGE,
                                       "reason": q.reason} for q in loaded.quarantined],
                export_id=export_id, part=STAGE)
    context.log.info(f"reports: {stats.reports} from {len(relative)} tables, {len(loaded.quarantined)} quarantined")
    return dg.MaterializeResult(metadata={
        "reports": stats.reports,
        "report_tables": len(relative),
        "quarantined_rows": len(loaded.quarantined),
        "by_link_status": dg.MetadataValue.md(_markdown(dict(stats.by_link_status), "link_status")),
        "unlinked": stats.by_link_status.get("unlinked", 0),
        "by_language": dg.MetadataValue.json(dict(sorted(stats.by_language.items()))),
        "phi_spans_by_label": dg.MetadataValue.json(dict(sorted(stats.phi_spans_by_label.items()))),
        "reports_per_s": round(stats.reports_per_s, 1),
        "translation": llm.translation_status(translator),
        **(translator.stats.as_metadata() if translator else {}),
        "with_english": sum(r["text_en"] is not None for r in rows),
    })
