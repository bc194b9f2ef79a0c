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
    from curation.faults import kill_point
    from curation.snippets.pairs import PairsResult, current_miner_version
    from curation.snippets.part import snippet_part, snippet_spec
    from curation.snippets.store import read_ledger, write_ledger
    from curation.snippets.summary import depth_histogram_markdown, pairs_counts, status_table_markdown
    from curation.tables.corpus_parts import CorpusParts, sum_counts
    from curation.tables.snapshot import TablesSnapshot

    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)  # before any read: publish only over what was read
    parts = CorpusParts(paths, snippet_spec(CODE_VERSION, llm.translator_identity()))
    plan = parts.plan()
    translator = llm.lazy_translator(paths, "snippet_pairs", lambda: storage.vault.read_patient_phi().values())
    ledger = read_ledger(paths) if plan.todo else []
    counts, depths = [], []
    for work in plan.todo:  # one export in memory at a time
        result, reports = snippet_part(parts, work, ledger, translator)
        parts.publish(snapshot, work, result.rows)
        mined = {r["report_id"] for r in result.ledger}
        ledger = [r for r in ledger if r["report_id"] not in mined] + result.ledger
        counts.append({**pairs_counts(result, reports), "with_english": sum(r["snippet_en"] is not None
                                                                            for r in result.rows)})
        depths += [{"depth_mm": r["depth_mm"]} for r in result.rows]
        kill_point("corpus")  # one export part published, the others not yet
    if plan.todo:
        write_ledger(paths, ledger)
    parts.finish(snapshot, plan)
    nothing = PairsResult(rows=[], mined_reports=0, kept_reports=0, miner_version=current_miner_version())
    total = sum_counts([{**pairs_counts(nothing, 0), "with_english": 0}, *counts])
    total["refs_per_report"] = round(total["pairs"] / total["reports"], 3) if total.get("reports") else 0.0
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
