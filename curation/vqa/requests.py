"""VQA requests from the corpus tables: one per distinct image, with the text that describes that image,
its slice metadata, the study context and the boxes on it.

An image is one rendered slice (image_sha256); its pairs' snippet_pair_ids name the snippets whose image
reference resolves to it: those snippets are the request's `own_texts`, the only text finding items may
come from. The request's image_ref is the image's first pair_id, so every item points at a pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from curation.segment.items import nifti_loader, slice_structures
from curation.tables.corpus_parts import CorpusParts, ExportWork
from curation.vqa.protocol import GroundingHint, VqaRequest
from curation.vqa.schema import LANGS

SliceKey = tuple[str, int]
Structures = Mapping[SliceKey, tuple[tuple[str, ...], tuple[str, ...]]]


def series_context(index: pa.Table) -> dict[str, dict[str, Any]]:
    """series_uid -> body part, study description and MR echo time (first non-empty value of its images)."""
    wanted = [c for c in ("series_uid", "body_part", "study_description", "echo_time") if c in index.column_names]
    out: dict[str, dict[str, Any]] = {}
    for row in index.select(wanted).to_pylist():
        entry = out.setdefault(row["series_uid"], {})
        for key in wanted[1:]:
            if entry.get(key) in (None, "") and row.get(key) not in (None, ""):
                entry[key] = row[key]
    return out


def build_requests(pairs: pa.Table, reports: pa.Table, grounding: pa.Table, volumes: pa.Table | None = None,
                   *, langs: tuple[str, ...] = LANGS, snippets: pa.Table | None = None,
                   series: Mapping[str, Mapping[str, Any]] | None = None,
                   structures: Structures | None = None) -> tuple[list[VqaRequest], int]:
    """(requests sorted by image_ref, number of pairs skipped because their report is missing or empty)."""
    texts = {r["report_id"]: (r["text"], r["lang"] or "de")
             for r in reports.select(["report_id", "text", "lang"]).to_pylist() if r["text"]}
    descriptions = ({v["volume_id"]: v["series_description"] or ""
                     for v in volumes.select(["volume_id", "series_description"]).to_pylist()}
                    if volumes is not None else {})
    snippet_text = ({s["pair_id"]: (s["report_id"], s["snippet"] or "")
                     for s in snippets.select(["pair_id", "report_id", "snippet"]).to_pylist()}
                    if snippets is not None else {})
    hints: dict[SliceKey, list[GroundingHint]] = defaultdict(list)
    for g in grounding.select(["volume_id", "slice_index", "structure", "phrase", "lang", "bbox_tokens"]).to_pylist():
        if g["bbox_tokens"] and g["structure"]:
            hints[(g["volume_id"], g["slice_index"])].append(
                GroundingHint(g["structure"], g["phrase"] or g["structure"], g["lang"] or "de", g["bbox_tokens"]))
    columns = [c for c in ("pair_id", "volume_id", "slice_index", "report_id", "modality", "plane", "window",
                           "caption_de", "caption_en", "image_sha256", "snippet_pair_ids", "series_uid")
               if c in pairs.column_names]
    images: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in pairs.select(columns).to_pylist():
        images[p.get("image_sha256") or p["pair_id"]].append(p)
    requests: list[VqaRequest] = []
    skipped = 0
    for group in images.values():
        group.sort(key=lambda p: p["pair_id"])
        p = group[0]
        found = texts.get(p["report_id"])
        if found is None:
            skipped += len(group)
            continue
        text, lang = found
        captions = [(q["caption_de"] if lang == "de" else q["caption_en"]) or q["caption_de"] or q["caption_en"] or ""
                    for q in group]
        own = sorted({snippet_text[i][1] for q in group for i in (q.get("snippet_pair_ids") or [])
                      if i in snippet_text and snippet_text[i][0] == p["report_id"] and snippet_text[i][1]
                      and snippet_text[i][1] in text})
        context = (series or {}).get(p.get("series_uid") or "", {})
        on_slice = (structures or {}).get((p["volume_id"], p["slice_index"]))
        slice_hints = sorted(hints.get((p["volume_id"], p["slice_index"]), []), key=lambda h: (h.structure, h.phrase))
        requests.append(VqaRequest(
            image_ref=p["pair_id"], report_id=p["report_id"], report_text=text, report_lang=lang,
            caption=" ".join(dict.fromkeys(c for c in captions if c)), modality=p["modality"] or "",
            plane=p["plane"] or "", window=p["window"] or "",
            series_description=descriptions.get(p["volume_id"], ""), volume_id=p["volume_id"] or "",
            slice_index=p["slice_index"], grounding=tuple(slice_hints), langs=langs, own_texts=tuple(own),
            body_part=context.get("body_part") or "", study_description=context.get("study_description") or "",
            echo_time=context.get("echo_time"),
            slice_structures=on_slice[0] if on_slice is not None else None,
            segmented_structures=on_slice[1] if on_slice is not None else None))
    requests.sort(key=lambda r: r.image_ref)
    return requests, skipped


PAIR_COLUMNS = ["pair_id", "volume_id", "slice_index", "report_id", "modality", "plane", "window", "caption_de",
                "caption_en", "image_sha256", "snippet_pair_ids", "series_uid"]  # no image bytes


def vqa_requests(parts: CorpusParts, work: ExportWork, *,
                 langs: tuple[str, ...] = LANGS) -> tuple[list[VqaRequest], int]:
    """build_requests for one export part: its pairs, reports, grounding and snippets, the study context and
    the classes on each slice of the volumes its studies hold, wherever they arrived."""
    pairs = parts.own(work, "image_text_pairs", PAIR_COLUMNS)
    seg = parts.image(work, "segmentations", ["volume_id", "label_path", "segmenter"]).to_pylist()
    label_paths = {r["volume_id"]: (r["label_path"], r["segmenter"]) for r in seg}
    keys = {(p["volume_id"], p["plane"] or "axial", p["slice_index"])
            for p in pairs.select(["volume_id", "plane", "slice_index"]).to_pylist() if p["volume_id"]}
    structures = slice_structures(label_paths, keys, nifti_loader(parts.paths.data_dir, cached=False))
    index = parts.image(work, "dicom_index", ["series_uid", "body_part", "study_description", "echo_time"])
    return build_requests(pairs, parts.own(work, "reports"), parts.own(work, "grounding_items"),
                          parts.image(work, "volumes"), langs=langs, snippets=parts.own(work, "snippet_pairs"),
                          series=series_context(index), structures=structures)
