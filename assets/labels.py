"""report_labels: per report the 18 CT-RATE labels and the abdominal questions, uncertain flags, evidence."""

import dagster as dg

from assets.partitions import CORPUS_GROUP
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

_REPORT_COLUMNS = ["report_id", "patient_pid", "study_uid", "lang", "text", "text_sha256"]
_DESCRIPTION_COLUMNS = ["study_uid", "body_part", "study_description", "series_description"]


@dg.asset(group_name=CORPUS_GROUP, code_version="1", deps=["reports", "dicom_index"],
          description="Report labels: the 18 CT-RATE labels and RATE-style abdominal questions per report as "
                      "1/0 (abdominal null where the study misses the abdomen), suspected ones flagged uncertain, "
                      "an evidence sentence per positive. Rules by default, LLM with llm.labels='llm'. "
                      "Incremental by report text hash.")
def report_labels(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                  llm: LlmResource) -> dg.MaterializeResult:
    from curation.labels.descriptions import study_descriptions
    from curation.labels.table import build_label_rows, label_summary, summary_markdown
    from curation.tables.io import read_table, write_table

    paths = storage.paths
    labeller = llm.report_labeller(paths)
    result = build_label_rows(
        read_table(paths, "reports", columns=_REPORT_COLUMNS).to_pylist(), labeller,
        previous=read_table(paths, "report_labels").to_pylist(),
        study_descriptions=study_descriptions(read_table(paths, "dicom_index", columns=_DESCRIPTION_COLUMNS)))
    write_table(paths, "report_labels", result.rows)
    counts = labeller.finish()
    summary = label_summary(result.rows)
    context.log.info(f"report_labels: labelled {result.labelled} reports, kept {result.kept}")
    return dg.MaterializeResult(metadata={
        "reports": summary["reports"], "labelled": result.labelled, "kept": result.kept,
        "labeller": labeller.name, "abdomen_covered": summary["abdomen_covered"],
        "sources": dg.MetadataValue.json(summary["sources"]),
        "labels": dg.MetadataValue.md(summary_markdown(summary)),
        **counts,
    })
