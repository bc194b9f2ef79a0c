"""snippet_pairs: "(Serie 3, Bild 45)" references mined from all reports and resolved to depths in mm."""

import dagster as dg

from assets.partitions import CORPUS_GROUP
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

_REPORT_COLUMNS = ["report_id", "patient_pid", "study_uid", "lang", "text", "text_sha256"]
_INDEX_COLUMNS = ["study_uid", "series_uid", "series_number", "series_description", "frame_of_reference_uid",
                  "modality", "instance_number", "image_position", "image_orientation", "pixel_spacing",
                  "rows", "columns", "role"]


@dg.asset(group_name=CORPUS_GROUP, code_version="1", deps=["reports", "volumes", "dicom_index"],
          description="Snippet-slice pairs: each image reference in a report, its finding text and its "
                      "depth in the study's training volume, snippet_en translated when an LLM translator is "
                      "configured. Incremental by report text hash.")
def snippet_pairs(context: dg.AssetExecutionContext, storage: RadcurateStorage,
                  llm: LlmResource) -> dg.MaterializeResult:
    from curation.faults import kill_point
    from curation.phi_scan import PhiNeedles
    from curation.reports.translate import english_texts
    from curation.reports.translation_cache import translation_phi_check
    from curation.snippets.pairs import build_pairs
    from curation.snippets.store import read_ledger, write_ledger
    from curation.snippets.summary import depth_histogram_markdown, pairs_counts, status_table_markdown
    from curation.tables.io import read_table
    from curation.tables.snapshot import TablesSnapshot

    paths = storage.paths
    snapshot = TablesSnapshot.take(paths)  # before any read: publish only over what was read
    reports = read_table(paths, "reports", columns=_REPORT_COLUMNS).to_pylist()
    result = build_pairs(
        reports,
        read_table(paths, "dicom_index", columns=_INDEX_COLUMNS).to_pylist(),
        read_table(paths, "volumes").to_pylist(),
        previous=read_table(paths, "snippet_pairs").to_pylist(),
        ledger=read_ledger(paths))
    # Recomputed for every row through the cache: kept rows follow the current configuration too.
    translator = llm.cached_translator(paths, "snippet_pairs", translation_phi_check(
        PhiNeedles.from_phi(storage.vault.read_patient_phi().values())))
    english = english_texts([r["snippet"] for r in result.rows], [r["lang"] for r in result.rows], translator)
    for row, snippet_en in zip(result.rows, english, strict=True):
        row["snippet_en"] = snippet_en
    snapshot.write_table("snippet_pairs", result.rows)
    write_ledger(paths, result.ledger)
    kill_point("corpus")  # one corpus table published, the others not yet
    context.log.info(f"snippet_pairs: {len(result.rows)} pairs; {result.mined_reports} new or changed reports "
                     f"mined, {result.kept_reports} unchanged reports' pairs reused")
    return dg.MaterializeResult(metadata={
        **pairs_counts(result, len(reports)),
        "status_table": dg.MetadataValue.md(status_table_markdown(result.status_counts())),
        "depth_mm_histogram": dg.MetadataValue.md(depth_histogram_markdown(result.rows)),
        "translation": llm.translation_status(translator),
        **(translator.stats.as_metadata() if translator else {}),
        "with_english": sum(r["snippet_en"] is not None for r in result.rows),
    })
