"""Build grounding_items rows for the corpus: phrases of each image-text pair's captions on its image.

RefRad2D's rule: only slices that have an image pair, only phrases that occur verbatim in the pair's
caption, only where the phrase's own class has pixels on that slice (ground.py). Each caption is grounded
in its own language (caption_de -> lang "de", caption_en -> "en"), so a German item carries a German
phrase. All 2D work is on `axial_display` slices, the pixel grid of the image_text_pairs PNGs; a pair
whose image is not axial, or whose volume has no label map, gets no grounding. Label maps are loaded one
volume at a time and dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from curation.segment.classes import class_name
from curation.segment.ground import GroundingItem, ground_matches
from curation.segment.lexicon import find_structures
from curation.volumes.display import axial_display

LabelLoader = Callable[[str], np.ndarray]


def nifti_loader(data_dir: Path, *, cached: bool = True) -> LabelLoader:
    """Label map reader for `label_path` values relative to the data dir (cached unless told not to)."""
    import nibabel as nib

    def load(relative: str) -> np.ndarray:
        return np.asarray(nib.load(str(data_dir / relative)).dataobj)

    return cache(load) if cached else load


PLANE_AXIS = {"axial": 2, "coronal": 1, "sagittal": 0}


def slice_structures(label_paths: Mapping[str, tuple[str, str]], slices: Iterable[tuple[str, str, int]],
                     load: LabelLoader) -> dict[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...]]]:
    """(volume_id, slice_index) -> (structures on that slice, structures of the whole label map).

    `slices` are (volume_id, plane, slice_index) of rendered images; one label map is loaded at a time.
    """
    wanted: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for volume_id, plane, k in slices:
        if volume_id in label_paths and plane in PLANE_AXIS:
            wanted[volume_id].add((plane, int(k)))
    out: dict[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for volume_id in sorted(wanted):
        labels = load(label_paths[volume_id][0])
        whole = _names(np.unique(labels))
        for plane, k in sorted(wanted[volume_id]):
            if 0 <= k < labels.shape[PLANE_AXIS[plane]]:
                out[(volume_id, k)] = (_names(np.unique(np.take(labels, k, axis=PLANE_AXIS[plane]))), whole)
        del labels
    return out


def _names(ids: np.ndarray) -> tuple[str, ...]:
    names = []
    for cid in ids.tolist():
        if cid:
            try:
                names.append(class_name(int(cid)))
            except ValueError:
                continue
    return tuple(sorted(names))


def grounding_rows(label_paths: Mapping[str, tuple[str, str]], pairs: Sequence[Mapping[str, Any]],
                   load: LabelLoader) -> list[dict[str, Any]]:
    """grounding_items rows. `label_paths`: volume_id -> (label_path, segmenter name); `pairs`:
    image_text_pairs rows (volume_id, slice_index, plane, pair_id, report_id, caption_de, caption_en)."""
    by_volume: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for pair in pairs:
        if (pair.get("plane") or "axial") == "axial" and pair.get("volume_id") in label_paths \
                and pair.get("slice_index") is not None:
            by_volume[pair["volume_id"]].append(pair)
    items: list[GroundingItem] = []
    for volume_id in sorted(by_volume):
        path, segmenter = label_paths[volume_id]
        labels = load(path)
        for pair in sorted(by_volume[volume_id], key=lambda p: p["pair_id"]):
            k = int(pair["slice_index"])
            if not 0 <= k < labels.shape[2]:
                continue
            display = axial_display(labels, k)
            for lang, caption in (("de", pair.get("caption_de")), ("en", pair.get("caption_en"))):
                if caption:
                    items += ground_matches(find_structures(caption), display, volume_id=volume_id, slice_index=k,
                                            lang=lang, source=f"caption_{lang}", segmenter=segmenter,
                                            report_id=pair.get("report_id"), pair_id=pair["pair_id"])
        del labels
    unique = {item.item_id: item for item in items}
    return [unique[key].row() for key in sorted(unique)]
