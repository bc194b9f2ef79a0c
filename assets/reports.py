"""The `reports` asset: one export's report tables loaded, linked, de-identified and structured."""

from dataclasses import asdict, fields

import dagster as dg
from pydantic import Field

from assets.partitions import EXPORT_GROUP, exports_partitions
from curation.export_layout import report_tables
from curation.phi_scan import PhiNeedles
from curation.reports.curate import curate_reports
from curation.reports.link import ReportLinker, studies_from_rows
from curation.reports.load import STAGE, ReportColumns, load_report_tables
from curation.reports.translation_cache import translation_phi_check
from curation.tables.io import read_table, write_table
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

WITHHELD_STAGE = "reports_phi"  # quarantine stage of reports withheld by the PHI check


def _markdown(counts: dict[str, int], head: str) -> str:
    lines = [f"| {head} | reports |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counts.items())]
    return "\n".join(lines)


class ReportsConfig(dg.Config):
    """Column mapping of the export's report tables: RIS exports name their columns differently.

    Set it in the UI launchpad (ops: reports: config:), with `radcurate curate --report-column
    FIELD=COLUMN`, or in a run config file; defaults match the synthetic export. Column names only, no PHI.
    """

    report_text: str = Field(default="report_text", description="column with the report text (required)")
    accession_number: str = Field(default="accession_number", description="column with the accession number")
    patient_id: str = Field(default="patient_id", description="column with the patient id")
    study_instance_uid: str = Field(default="study_instance_uid", description="column with the Study Instance UID")
    report_date: str = Field(default="report_date", description="column with the report date")
    language: str = Field(default="language", description="column with the language (de/en); detected if absent")

    def columns(self) -> ReportColumns:
        """The mapping as the loader takes it; an empty column name is an error naming the field."""
        values = {f.name: getattr(self, f.name).strip() for f in fields(ReportColumns)}
        empty = [name for name, value in values.items() if not value]
        if empty:
            raise ValueError(f"reports config: empty column name for {', '.join(empty)}")
        return ReportColumns(**values)


@dg.asset(partitions_def=exports_partitions, group_name=EXPORT_GROUP, code_version="1", deps=["dicom_index"],
          description="Reports linked to studies (accession, study UID, patient + date), de-identified with "
                      "the patient's own header PHI as a fuzzy dictionary, split into sections and sentences; "
                      "text_en translated from German when an LLM translator is configured.")
def reports(context: dg.AssetExecutionContext, config: ReportsConfig, storage: RadcurateStorage,
            llm: LlmResource) -> dg.MaterializeResult:
    export_id = context.partition_key
    paths, vault, pseudonymizer = storage.paths, storage.vault, storage.pseudonymizer
    columns = config.columns()
    export_dir = vault.export_source(export_id)  # raw path: never log it
    relative = report_tables(export_dir)
    loaded = load_report_tables(export_dir, relative, [pseudonymizer.file_id(r) for r in relative], columns)
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
    write_table(paths, "quarantine", [{"export_id": export_id, "file_id": q.file_id, "stage": WITHHELD_STAGE,
                                       "reason": q.reason} for q in stats.withheld],
                export_id=export_id, part=WITHHELD_STAGE)
    if stats.withheld:
        context.log.warning(f"reports: {len(stats.withheld)} reports withheld by the PHI check "
                            f"(ids and reasons in quarantine, stage {WITHHELD_STAGE!r})")
    context.log.info(f"reports: {stats.reports} from {len(relative)} tables, {len(loaded.quarantined)} quarantined")
    unmapped = sum(q.reason.endswith(f"no column {columns.report_text!r}") for q in loaded.quarantined)
    if unmapped:
        context.log.warning(f"reports: {unmapped} of {len(relative)} report tables have no column "
                            f"{columns.report_text!r}; map the export's columns with the reports config "
                            "(radcurate curate --report-column report_text=COLUMN ...; see docs/reports.md)")
    return dg.MaterializeResult(metadata={
        "reports": stats.reports,
        "report_tables": len(relative),
        "column_mapping": dg.MetadataValue.json(asdict(columns)),
        "quarantined_rows": len(loaded.quarantined),
        "redacted_exact_values": stats.redacted_exact,
        "withheld_reports": len(stats.withheld),
        "report_date_invalid": sum(bool(r["report_date_invalid"]) for r in rows),  # kept, date null
        "tables_without_text_column": unmapped,
        "by_link_status": dg.MetadataValue.md(_markdown(dict(stats.by_link_status), "link_status")),
        "unlinked": stats.by_link_status.get("unlinked", 0),
        "by_language": dg.MetadataValue.json(dict(sorted(stats.by_language.items()))),
        "phi_spans_by_label": dg.MetadataValue.json(dict(sorted(stats.phi_spans_by_label.items()))),
        "reports_per_s": round(stats.reports_per_s, 1),
        "translation": llm.translation_status(translator),
        **(translator.stats.as_metadata() if translator else {}),
        "with_english": sum(r["text_en"] is not None for r in rows),
    })
