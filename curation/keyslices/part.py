"""image_text_pairs for one export part: the export's snippet_pairs and reports, the referenced volumes."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pyarrow as pa

from curation.keyslices.pairs import render_pairs, requests_from_snippets
from curation.reports.translate import TranslatorFor, english_texts
from curation.tables.corpus_parts import CorpusParts, ExportWork, PartSpec

VOLUME_COLUMNS = ["volume_id", "path", "modality", "plane", "patient_pid", "content_sha256", "study_uid",
                  "series_uid", "series_number", "slice_map"]


def pairs_spec(code_version: str, translator: str) -> PartSpec:
    """An image_text_pairs part depends on its reports and snippet_pairs, the referenced studies' volumes
    (their content hash is in the volumes table) and the translator."""
    return PartSpec("image_text_pairs", own=("reports", "snippet_pairs"), image=("volumes",),
                    version=f"code {code_version}; translator {translator}")


def pairs_part(parts: CorpusParts, work: ExportWork,
               translator: TranslatorFor) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The export's image_text_pairs rows (unchanged ones reuse their rendering) and its counts."""
    volume_rows = {r["volume_id"]: r for r in parts.image(work, "volumes", VOLUME_COLUMNS).to_pylist()}
    reports = {r["report_id"]: r for r in parts.own(work, "reports", ["report_id", "text", "sentences"]).to_pylist()}
    plan = requests_from_snippets(parts.own(work, "snippet_pairs").to_pylist(), reports, volume_rows)
    try:
        previous = {r["pair_id"]: r for r in parts.own(work, "image_text_pairs").to_pylist()}
    except (ValueError, pa.ArrowInvalid):  # a part written before its current schema: render afresh
        previous = {}
    rows = list(render_pairs(plan.requests, volume_rows, parts.paths.data_dir, previous))
    todo = [r for r in rows if r["caption_en"] is None and r["caption_de"]]
    english = english_texts([r["caption_de"] for r in todo], ["de"] * len(todo),
                            translator(work.phi_exports) if todo else None)
    for row, caption_en in zip(todo, english, strict=True):
        row["caption_en"] = caption_en
    return rows, {
        "pairs_recomputed": len(rows), "requests": len(plan.requests),
        "kept_from_previous": sum(1 for r in rows if r["pair_id"] in previous),
        "by_source": Counter(r["source"] for r in rows), "by_window": Counter(r["window"] for r in rows),
        "by_plane": Counter(r["plane"] for r in rows), "unique_images": len({r["image_sha256"] for r in rows}),
        "references_without_image": Counter(plan.skipped),
        "with_english": sum(r["caption_en"] is not None for r in rows)}
