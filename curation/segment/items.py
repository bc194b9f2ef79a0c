"""Build grounding_items rows for the corpus: snippet slices first, then report sentences.

Snippet source: each resolved snippet pair names its slice; its phrases are grounded there. Report
source: each sentence of a report is grounded on the study's primary volume(s); per phrase and
structure the slice with the largest area of that structure is chosen. All 2D work is on
`axial_display` slices, the pixel grid of the image_text_pairs PNGs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from curation.segment.classes import class_name
from curation.segment.ground import GroundingItem, ground_matches, largest_area_slice
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


def _sentences(report: Mapping[str, Any]) -> list[tuple[int, str]]:
    text = report.get("text") or ""
    spans = report.get("sentences") or []
    if not spans:
        return [(0, text)] if text.strip() else []
    return [(int(s["start"]), text[int(s["start"]):int(s["end"])]) for s in spans]


def grounding_rows(label_paths: Mapping[str, tuple[str, str]], snippets: Sequence[Mapping[str, Any]],
                   reports: Sequence[Mapping[str, Any]], volumes: Sequence[Mapping[str, Any]],
                   load: LabelLoader) -> list[dict[str, Any]]:
    """grounding_items rows. `label_paths`: volume_id -> (label_path, segmenter name)."""
    items: list[GroundingItem] = []
    for pair in snippets:
        volume_id = pair.get("volume_id")
        if pair.get("status") != "resolved" or volume_id not in label_paths or pair.get("slice_index") is None:
            continue
        path, segmenter = label_paths[volume_id]
        labels = load(path)
        k = int(pair["slice_index"])
        if not 0 <= k < labels.shape[2]:
            continue
        items += ground_matches(find_structures(pair.get("snippet") or ""), axial_display(labels, k),
                                volume_id=volume_id, slice_index=k, lang=pair.get("lang") or "", source="snippet",
                                segmenter=segmenter, report_id=pair.get("report_id"), pair_id=pair.get("pair_id"))
    primary: dict[str, list[str]] = {}
    for volume in volumes:
        if volume.get("training_role") == "primary" and volume["volume_id"] in label_paths:
            primary.setdefault(volume["study_uid"], []).append(volume["volume_id"])
    for report in reports:
        for volume_id in sorted(primary.get(report.get("study_uid") or "", [])):
            path, segmenter = label_paths[volume_id]
            labels = load(path)
            for offset, sentence in _sentences(report):
                for match in find_structures(sentence):
                    for name in match.structures:
                        k = largest_area_slice(labels, name)
                        if k is None:
                            continue
                        items += ground_matches([replace(match, structures=(name,))], axial_display(labels, k),
                                                volume_id=volume_id, slice_index=k, lang=report.get("lang") or "",
                                                source="report", segmenter=segmenter,
                                                report_id=report["report_id"], text_offset=offset)
    unique = {item.item_id: item for item in items}
    return [unique[key].row() for key in sorted(unique)]
