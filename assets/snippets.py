"""snippet_pairs: "(Serie 3, Bild 45)" references mined from all reports and resolved to depths in mm."""


import dagster as dg

from assets.partitions import CORPUS_GROUP
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

# The tables this asset's step reads (its own included): only their change makes it refuse to publish.
_READS = ("dicom_index", "series_catalog", "volumes", "reports", "snippet_pairs")
CODE_VERSION = "2"


@dg.asset(group_name=CORPUS_GROUP, code_version=CODE_VERSION, deps=["reports", "volumes", "dicom_index"],
          description="Snippet-slice pairs: each image reference in a report, its finding text and its "
                      "depth in the study's training volume, snippet_en translated when an LLM translator is "
                      "configured. Stored per export part, recomputed only for exports whose inputs changed; "
                      "incremental by report text hash within one.")
def snippet_pairs(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                  llm: LlmResource) -> dg.MaterializeResult:
    from curation.snippets.part import snippet_parts, snippet_spec
    from curation.snippets.summary import depth_histogram_markdown, status_table_markdown
    from curation.tables.corpus_parts import CorpusParts
    from curation.tables.snapshot import TablesSnapshot

    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)  # before any read: publish only over what was read
    parts = CorpusParts(paths, snippet_spec(CODE_VERSION, llm.translator_identity()))
    plan = parts.plan()
    translator = llm.lazy_translator(paths, "snippet_pairs", storage.phi_needles)
    total, depths = snippet_parts(parts, snapshot, plan, translator.for_exports)
    parts.finish(snapshot, plan)
    context.log.info(f"snippet_pairs: {len(plan.todo)} exports recomputed, {len(plan.unchanged)} unchanged; "
                     f"{total.get('reports_mined', 0)} reports mined, {total.get('reports_kept', 0)} kept")
    statuses = {k.removeprefix("status_"): v for k, v in total.items() if k.startswith("status_")}
    return dg.MaterializeResult(metadata={
        **total, **plan.as_metadata(), "pairs": parts.total_rows(), "pairs_recomputed": total.get("pairs", 0),
        "status_table": dg.MetadataValue.md(status_table_markdown(statuses)),
        "depth_mm_histogram": dg.MetadataValue.md(depth_histogram_markdown(depths)),
        "translation": llm.translation_status(translator()) if plan.todo else "nothing recomputed",
        **(translator().stats.as_metadata() if plan.todo and translator() else {}),
    })
