"""snippet_pairs for one export part: that export's reports, the image rows of the studies they reference."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from curation.reports.translate import Translator, english_texts
from curation.snippets import pairs
from curation.tables.corpus_parts import CorpusParts, ExportWork, PartSpec

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
                 translator: Callable[[], Translator | None]) -> tuple[pairs.PairsResult, int]:
    """The export's snippet_pairs rows (snippet_en filled through the translator) and its report count."""
    reports = parts.own(work, "reports", REPORT_COLUMNS).to_pylist()
    result = pairs.build_pairs(
        reports, parts.image(work, "dicom_index", INDEX_COLUMNS).to_pylist(),
        parts.image(work, "volumes").to_pylist(), previous=parts.own(work, "snippet_pairs").to_pylist(),
        ledger=ledger)
    # Recomputed for every row through the cache: kept rows follow the current configuration too.
    english = english_texts([r["snippet"] for r in result.rows], [r["lang"] for r in result.rows],
                            translator() if result.rows else None)
    for row, snippet_en in zip(result.rows, english, strict=True):
        row["snippet_en"] = snippet_en
    return result, len(reports)
