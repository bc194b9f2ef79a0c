"""report_labels: per report the 18 CT-RATE labels and the abdominal questions, uncertain flags, evidence."""

import dagster as dg

from assets.partitions import CORPUS_GROUP
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

# The tables this asset's step reads (its own included): only their change makes it refuse to publish.
_READS = ("reports", "dicom_index", "report_labels")
CODE_VERSION = "2"


@dg.asset(group_name=CORPUS_GROUP, code_version=CODE_VERSION, deps=["reports", "dicom_index"],
          description="Report labels: the 18 CT-RATE labels and RATE-style abdominal questions per report as "
                      "1/0 (abdominal null where the study misses the abdomen), suspected ones flagged uncertain, "
                      "an evidence sentence per positive. Rules by default, LLM with llm.labels='llm'. "
                      "Stored per export part, recomputed only for exports whose inputs changed; incremental by "
                      "report text hash within one.")
def report_labels(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                  llm: LlmResource) -> dg.MaterializeResult:
    from curation.labels.part import labels_part, labels_spec
    from curation.labels.table import label_summary, summary_markdown
    from curation.tables.corpus_parts import CorpusParts, sum_counts
    from curation.tables.snapshot import TablesSnapshot

    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)  # before any read: publish only over what was read
    labeller = llm.report_labeller(paths)
    parts = CorpusParts(paths, labels_spec(CODE_VERSION, labeller.name))
    plan = parts.plan()
    summaries, labelled, kept = [label_summary([])], 0, 0
    for work in plan.todo:  # one export in memory at a time
        result = labels_part(parts, work, labeller)
        parts.publish(snapshot, work, result.rows)
        summaries.append(label_summary(result.rows))
        labelled, kept = labelled + result.labelled, kept + result.kept
    parts.finish(snapshot, plan)
    counts = labeller.finish()
    summary = sum_counts(summaries)
    context.log.info(f"report_labels: {len(plan.todo)} exports recomputed, {len(plan.unchanged)} unchanged; "
                     f"labelled {labelled} reports, kept {kept}")
    return dg.MaterializeResult(metadata={
        **plan.as_metadata(), "reports": summary["reports"], "labelled": labelled, "kept": kept,
        "rows": parts.total_rows(), "labeller": labeller.name, "abdomen_covered": summary["abdomen_covered"],
        "sources": dg.MetadataValue.json(summary["sources"]),
        "labels": dg.MetadataValue.md(summary_markdown(summary)),
        **counts,
    })
