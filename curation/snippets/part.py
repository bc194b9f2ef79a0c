"""snippet_pairs for one export part: that export's reports, the image rows of the studies they reference."""

from __future__ import annotations

from typing import Any

from curation.faults import kill_point
from curation.reports.translate import TranslatorFor, english_texts
from curation.snippets import pairs
from curation.snippets.store import read_ledger, write_ledger
from curation.snippets.summary import pairs_counts
from curation.tables.corpus_parts import CorpusParts, ExportWork, PartPlan, PartSpec, sum_counts
from curation.tables.snapshot import TablesSnapshot

REPORT_COLUMNS = ["report_id", "patient_pid", "study_uid", "lang", "text", "text_sha256"]
INDEX_COLUMNS = ["study_uid", "series_uid", "series_number", "series_description", "frame_of_reference_uid",
                 "modality", "instance_number", "image_position", "image_orientation", "pixel_spacing",
                 "rows", "columns", "role"]


def snippet_spec(code_version: str, translator: str) -> PartSpec:
    """What a snippet_pairs part depends on: its reports, the referenced studies' index and volumes, the
    miner (grammar) version and the translator."""
    return PartSpec("snippet_pairs", own=("reports",), image=("dicom_index", "volumes"),
                    version=f"code {code_version}; miner {pairs.current_miner_version()}; translator {translator}")


def snippet_part(parts: CorpusParts, work: ExportWork, ledger: list[dict[str, Any]],
                 translator: TranslatorFor) -> tuple[pairs.PairsResult, int]:
    """The export's snippet_pairs rows (snippet_en filled through the translator) and its report count."""
    reports = parts.own(work, "reports", REPORT_COLUMNS).to_pylist()
    # The ledger says which reports were mined into the part; without the part (a first run over a table
    # written before parts, an export forgotten and curated again) its reports are mined again.
    result = pairs.build_pairs(
        reports, parts.image(work, "dicom_index", INDEX_COLUMNS).to_pylist(),
        parts.image(work, "volumes").to_pylist(), previous=parts.own(work, "snippet_pairs").to_pylist(),
        ledger=ledger if parts.has_part(work) else [])
    # Recomputed for every row through the cache: kept rows follow the current configuration too.
    english = english_texts([r["snippet"] for r in result.rows], [r["lang"] for r in result.rows],
                            translator(work.phi_exports) if result.rows else None)
    for row, snippet_en in zip(result.rows, english, strict=True):
        row["snippet_en"] = snippet_en
    return result, len(reports)


def snippet_parts(parts: CorpusParts, snapshot: TablesSnapshot, plan: PartPlan,
                  translator: TranslatorFor) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Recompute and publish the planned exports' parts one at a time, the mined-reports ledger kept for all
    exports; the summed counts (pairs_counts) and the recomputed rows' depths."""
    ledger = read_ledger(parts.paths) if plan.todo else []
    counts, depths = [], []
    for work in plan.todo:  # one export in memory at a time
        result, reports = snippet_part(parts, work, ledger, translator)
        parts.publish(snapshot, work, result.rows)
        mined = {r["report_id"] for r in result.ledger}
        ledger = [r for r in ledger if r["report_id"] not in mined] + result.ledger
        counts.append({**pairs_counts(result, reports),
                       "with_english": sum(r["snippet_en"] is not None for r in result.rows)})
        depths += [{"depth_mm": r["depth_mm"]} for r in result.rows]
        kill_point("corpus")  # one export part published, the others not yet
    if plan.todo:
        write_ledger(parts.paths, ledger)
    nothing = pairs.PairsResult(rows=[], mined_reports=0, kept_reports=0, miner_version=pairs.current_miner_version())
    total = sum_counts([{**pairs_counts(nothing, 0), "with_english": 0}, *counts])
    total["refs_per_report"] = round(total["pairs"] / total["reports"], 3) if total.get("reports") else 0.0
    return total, depths
