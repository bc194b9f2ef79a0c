"""VQA requests from the corpus tables: one per image-text pair, with its report, slice metadata and boxes."""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa

from curation.vqa.protocol import GroundingHint, VqaRequest
from curation.vqa.schema import LANGS


def build_requests(pairs: pa.Table, reports: pa.Table, grounding: pa.Table, volumes: pa.Table | None = None,
                   *, langs: tuple[str, ...] = LANGS) -> tuple[list[VqaRequest], int]:
    """(requests sorted by pair_id, number of pairs skipped because their report is missing or empty)."""
    texts = {r["report_id"]: (r["text"], r["lang"] or "de")
             for r in reports.select(["report_id", "text", "lang"]).to_pylist() if r["text"]}
    series = ({v["volume_id"]: v["series_description"] or ""
               for v in volumes.select(["volume_id", "series_description"]).to_pylist()}
              if volumes is not None else {})
    hints: dict[tuple[str, int], list[GroundingHint]] = defaultdict(list)
    for g in grounding.select(["volume_id", "slice_index", "structure", "phrase", "lang", "bbox_tokens",
                               "item_id"]).to_pylist():
        if g["bbox_tokens"] and g["structure"]:
            hints[(g["volume_id"], g["slice_index"])].append(
                GroundingHint(g["structure"], g["phrase"] or g["structure"], g["lang"] or "de", g["bbox_tokens"]))
    requests: list[VqaRequest] = []
    skipped = 0
    for p in sorted(pairs.select(["pair_id", "volume_id", "slice_index", "report_id", "modality", "plane",
                                  "window", "caption_de", "caption_en"]).to_pylist(), key=lambda p: p["pair_id"]):
        found = texts.get(p["report_id"])
        if found is None:
            skipped += 1
            continue
        text, lang = found
        caption = (p["caption_de"] if lang == "de" else p["caption_en"]) or p["caption_de"] or p["caption_en"] or ""
        slice_hints = sorted(hints.get((p["volume_id"], p["slice_index"]), []),
                             key=lambda h: (h.structure, h.phrase))
        requests.append(VqaRequest(
            image_ref=p["pair_id"], report_id=p["report_id"], report_text=text, report_lang=lang,
            caption=caption, modality=p["modality"] or "", plane=p["plane"] or "", window=p["window"] or "",
            series_description=series.get(p["volume_id"], ""), volume_id=p["volume_id"] or "",
            slice_index=p["slice_index"], grounding=tuple(slice_hints), langs=langs))
    return requests, skipped
