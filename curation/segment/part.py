"""grounding_items for one export part: the export's image_text_pairs grounded on the label maps of their volumes."""

from __future__ import annotations

from typing import Any

from curation.segment.items import grounding_rows, nifti_loader
from curation.tables.corpus_parts import CorpusParts, ExportWork, PartSpec

PAIR_COLUMNS = ["pair_id", "volume_id", "slice_index", "plane", "report_id", "caption_de", "caption_en"]


def grounding_spec(code_version: str) -> PartSpec:
    """A grounding_items part depends on its image_text_pairs and the referenced studies' segmentations."""
    return PartSpec("grounding_items", own=("reports", "image_text_pairs"), image=("segmentations",),
                    version=f"code {code_version}")


def grounding_part(parts: CorpusParts, work: ExportWork) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The export's grounding_items rows (label maps loaded one at a time, not kept) and its counts."""
    seg = parts.image(work, "segmentations", ["volume_id", "label_path", "segmenter"]).to_pylist()
    label_paths = {r["volume_id"]: (r["label_path"], r["segmenter"]) for r in seg}
    pairs = parts.own(work, "image_text_pairs", PAIR_COLUMNS).to_pylist()
    rows = grounding_rows(label_paths, pairs, nifti_loader(parts.paths.data_dir, cached=False))
    return rows, {"items_recomputed": len(rows), "pairs": len(pairs),
                  "pairs_grounded": len({r["pair_id"] for r in rows}),
                  "by_lang": {lang: sum(r["lang"] == lang for r in rows) for lang in ("de", "en")}}
