"""Phrases of a caption, snippet or report sentence -> grounded (slice, structure, box, mask) items.

The RefRad2D keep rule: a phrase is kept on a slice only if it occurs verbatim in the text and its own
structure has at least one pixel on that slice. A side-less phrase ("Nieren") grounds on each side that
is present. lung_left / lung_right / vertebrae are MR classes; on a CT label map (lobes, single
vertebrae) they are grounded on the union of their parts, still under the named structure (the parts are
that structure). Never the other way round: a lobe phrase ("rechter Unterlappen") on a map without lobes
(MR, the threshold segmenter) is not grounded; the whole lung's box would teach a wrong box for the lobe.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from curation.segment.boxes import box_tokens, class_box, rle_encode
from curation.segment.classes import class_id, merged_classes
from curation.segment.lexicon import PhraseMatch, find_structures


@dataclass(frozen=True)
class GroundingItem:
    """One grounded phrase: the grounding_items row without the table plumbing."""

    item_id: str
    volume_id: str
    slice_index: int
    report_id: str | None
    pair_id: str | None
    phrase: str
    lang: str
    structure: str
    class_id: int
    bbox: tuple[int, int, int, int]
    bbox_tokens: str
    mask_shape: tuple[int, int]
    mask_rle: list[int]
    source: str
    segmenter: str

    def row(self) -> dict[str, object]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


def _parts() -> dict[str, tuple[int, ...]]:
    names = [c.name for c in merged_classes()]
    return {
        "lung_left": tuple(class_id(n) for n in names if n.startswith("lung_") and n.endswith("_lobe_left")),
        "lung_right": tuple(class_id(n) for n in names if n.startswith("lung_") and n.endswith("_lobe_right")),
        "vertebrae": tuple(class_id(n) for n in names if n.startswith("vertebrae_")),
    }


def structure_mask(labels: np.ndarray, structure: str) -> np.ndarray:
    """Pixels (or voxels) of `structure` in a label array; parts stand in for a whole the map lacks."""
    cid = class_id(structure)
    mask = labels == cid
    if not mask.any() and structure in _parts():
        mask = np.isin(labels, _parts()[structure])
    return mask


def item_id(volume_id: str, slice_index: int, source: str, ref: str, start: int, structure: str) -> str:
    """Deterministic id from pseudonymous inputs only (no secret needed)."""
    key = f"{volume_id}\x1f{slice_index}\x1f{source}\x1f{ref}\x1f{start}\x1f{structure}"
    return "G" + hashlib.sha256(key.encode()).hexdigest()[:20]


def ground_matches(matches: list[PhraseMatch], label_slice: np.ndarray, *, volume_id: str, slice_index: int,
                   lang: str, source: str, segmenter: str, report_id: str | None = None,
                   pair_id: str | None = None, text_offset: int = 0) -> list[GroundingItem]:
    """Items for the phrase matches whose structure is present on this 2D display slice."""
    if label_slice.ndim != 2:
        raise ValueError(f"label_slice must be 2-D display pixels, got shape {label_slice.shape}")
    items = []
    shape = (int(label_slice.shape[0]), int(label_slice.shape[1]))
    for match in matches:
        for name in match.structures:
            mask = structure_mask(label_slice, name)
            box = class_box(mask, class_id(name))
            if box is None:
                continue  # the RefRad2D rule: no pixel of this class on this slice -> not grounded
            items.append(GroundingItem(
                item_id=item_id(volume_id, slice_index, source, pair_id or report_id or "",
                                text_offset + match.start, name),
                volume_id=volume_id, slice_index=slice_index, report_id=report_id, pair_id=pair_id,
                phrase=match.phrase, lang=lang, structure=name, class_id=class_id(name), bbox=box.bbox,
                bbox_tokens=box_tokens(box.bbox, shape), mask_shape=shape, mask_rle=rle_encode(mask),
                source=source, segmenter=segmenter))
    return items


def ground_text(text: str, label_slice: np.ndarray, **kwargs: object) -> list[GroundingItem]:
    """Ground every lexicon phrase of `text` on one display slice (see `ground_matches` for kwargs)."""
    return ground_matches(find_structures(text), label_slice, **kwargs)  # type: ignore[arg-type]


def largest_area_slice(labels: np.ndarray, structure: str) -> int | None:
    """Axial slice index k where `structure` covers the most pixels; None if absent from the volume."""
    mask = structure_mask(labels, structure)
    areas = mask.sum(axis=(0, 1))
    if not areas.any():
        return None
    return int(np.argmax(areas))
