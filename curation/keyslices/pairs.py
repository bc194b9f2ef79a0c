"""image_text_pairs rows: the referenced image itself as a windowed PNG with its cleaned caption.

The image (RefRad2D's pair): the image a report reference names, rendered from the referenced series' own
volume (its slice_map turns the referenced instance into a slice index; a range shows its middle
instance), in that series' plane. A reference to the T1 series shows the T1 image, one to the 5 mm
series the 5 mm image, never the study's training volume in their place. The training volume's
slice and depth (RadFinder) are kept beside it: training_volume_id, training_slice_index, depth_mm.
A reference whose series has no volume (a localizer, a single image) gets no pair and is counted.

Which text may caption an image (an honest choice, see docs/volumes.md):
- source "snippet": the text the report wrote next to the image reference (snippet_pairs.snippet).
- source "sentence": the whole report sentence that carries the reference, cleaned (curation/keyslices/
  captions.py: references, list numbers, empty brackets removed), when it says more than the snippet;
  the raw sentence stays in caption_raw. A sentence without an image reference is never attached here.
One row per (image, window, language, caption): several references to one image with the same text merge,
their snippet pair ids listed in snippet_pair_ids. The CT window follows the caption's words (lung, bone,
brain, else soft tissue); MR uses the 0.5-99.5 percentile normalisation of its volume. Volumes are loaded
one at a time; image_sha256 is the PNG's content hash (the same rendered slice is the same image), stored
once under images/ (image_path) and never inline in the table.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import nibabel as nib
import numpy as np

from curation.keyslices.captions import clean_caption
from curation.keyslices.images import images_in_use, store_png, touch_image
from curation.keyslices.render import render_plane_png
from curation.keyslices.windowing import MR_WINDOW, percentile_bounds

WINDOW_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lung", re.compile(r"lunge|lung|pulmo|rundherd|nodul|unterlappen|oberlappen|mittellappen|lingula|"
                        r"lobe|pleura|bronch|emphysem|milchglas|ground.glass", re.IGNORECASE)),
    ("bone", re.compile(r"knochen|ossär|osseous|bone|fraktur|fracture|wirbel|vertebra|rippe|\brib|"
                        r"osteo|sklero|sclero|lytisch|lytic", re.IGNORECASE)),
    ("brain", re.compile(r"hirn|brain|cerebr|zerebr|intrakran|intracran|ventrikel|ventricle|"
                         r"infarkt|infarct|marklager", re.IGNORECASE)),
)
DEFAULT_CT_WINDOW = "soft_tissue"


def choose_window(text: str, modality: str) -> str:
    """The display window a caption calls for: MR percentiles, else a CT window by its words."""
    if modality == "MR":
        return MR_WINDOW
    for name, pattern in WINDOW_WORDS:
        if pattern.search(text or ""):
            return name
    return DEFAULT_CT_WINDOW


@dataclass(frozen=True)
class PairRequest:
    """One caption for one referenced image, before rendering."""

    volume_id: str           # the volume of the referenced series (the image's own pixels)
    slice_index: int         # index along that volume's stacking axis
    plane: str
    series_uid: str | None
    series_number: int | None
    report_id: str | None
    patient_pid: str | None
    caption: str             # cleaned caption in `lang`
    caption_en: str | None
    caption_raw: str         # the report text it was cleaned from (provenance)
    lang: str
    source: str
    snippet_pair_ids: tuple[str, ...]
    training_volume_id: str | None = None
    training_slice_index: int | None = None
    depth_mm: float | None = None

    @property
    def key(self) -> str:
        return f"{self.volume_id}\x1f{self.slice_index}\x1f{self.lang}\x1f{self.caption}"


@dataclass
class PairPlan:
    """The requests, and why references got no pair (counts by reason)."""

    requests: list[PairRequest]
    skipped: Counter[str] = field(default_factory=Counter)


def pair_id(key: str, window: str) -> str:
    return "T" + hashlib.sha256(f"{key}\x1f{window}".encode()).hexdigest()[:20]


def _sentence_of(report: Mapping[str, Any] | None, start: int | None, end: int | None) -> str | None:
    """The report sentence containing [start, end) of the snippet, if the report has sentence offsets."""
    if report is None or start is None or end is None:
        return None
    text = report.get("text") or ""
    for sentence in report.get("sentences") or []:
        if sentence["start"] <= start and end <= sentence["end"]:
            return text[sentence["start"]:sentence["end"]].strip()
    return None


def image_slice(row: Mapping[str, Any], volumes: Iterable[Mapping[str, Any]]) -> tuple[Mapping[str, Any], int] | str:
    """(volume of the referenced series, slice index of the referenced image) or the reason there is none.

    The referenced series is (study_uid, resolved_series); among its volumes (stacks) the one whose
    slice_map holds the referenced instance. A range [a, b] shows its middle instance present in the map.
    """
    start, end = row.get("ref_image_start"), row.get("ref_image_end")
    if start is None:
        return "no_image_number"
    end = start if end is None else end
    for volume in sorted(volumes, key=lambda v: v["volume_id"]):
        by_instance = {e["instance_number"]: e["slice_index"] for e in volume.get("slice_map") or []}
        present = [n for n in range(min(start, end), max(start, end) + 1) if n in by_instance]
        if present:
            return volume, int(by_instance[present[(len(present) - 1) // 2]])
    return "image_not_in_volume" if volumes else "series_not_a_volume"


def requests_from_snippets(snippet_rows: Iterable[Mapping[str, Any]], reports: Mapping[str, Mapping[str, Any]],
                           volumes: Mapping[str, Mapping[str, Any]]) -> PairPlan:
    """Snippet and cleaned reference-sentence captions for every reference whose image can be shown."""
    by_series: dict[tuple[str, int], list[Mapping[str, Any]]] = defaultdict(list)
    for volume in volumes.values():
        if volume.get("study_uid") and volume.get("series_number") is not None:
            by_series[(volume["study_uid"], int(volume["series_number"]))].append(volume)
    plan = PairPlan(requests=[])
    merged: dict[str, PairRequest] = {}
    for row in sorted(snippet_rows, key=lambda r: r["pair_id"]):
        if row.get("status") not in ("resolved", "non_axial") or row.get("resolved_series") is None:
            continue
        snippet = (row.get("snippet") or "").strip()
        if not snippet:
            plan.skipped["empty_snippet"] += 1
            continue
        found = image_slice(row, by_series.get((row.get("study_uid") or "", int(row["resolved_series"])), []))
        if isinstance(found, str):
            plan.skipped[found] += 1
            continue
        volume, k = found
        lang = row.get("lang") or "de"
        common = {
            "volume_id": volume["volume_id"], "slice_index": k, "plane": volume.get("plane") or "axial",
            "series_uid": volume.get("series_uid"), "series_number": volume.get("series_number"),
            "report_id": row.get("report_id"), "patient_pid": row.get("patient_pid") or volume.get("patient_pid"),
            "lang": lang, "snippet_pair_ids": (row["pair_id"],), "training_volume_id": row.get("volume_id"),
            "training_slice_index": row.get("slice_index"), "depth_mm": row.get("depth_mm")}
        caption = clean_caption(snippet)
        snippet_en = clean_caption(row.get("snippet_en") or "") or None
        candidates = [PairRequest(caption=caption, caption_en=snippet_en if lang != "en" else caption,
                                  caption_raw=snippet, source="snippet", **common)]
        sentence = _sentence_of(reports.get(row.get("report_id") or ""), row.get("snippet_start"),
                                row.get("snippet_end"))
        cleaned = clean_caption(sentence) if sentence else ""
        if cleaned and cleaned != caption:
            candidates.append(PairRequest(caption=cleaned, caption_en=cleaned if lang == "en" else None,
                                          caption_raw=sentence or "", source="sentence", **common))
        for request in candidates:
            if not request.caption:
                continue
            old = merged.get(request.key)
            merged[request.key] = request if old is None else replace(
                old, snippet_pair_ids=old.snippet_pair_ids + request.snippet_pair_ids)
    plan.requests = [merged[k] for k in sorted(merged)]
    return plan


def _reusable(previous: Mapping[str, Any] | None, request: PairRequest, meta: Mapping[str, Any]) -> bool:
    """A row rendered earlier from the same voxels, slice and caption need not be rendered again."""
    sha = meta.get("content_sha256")
    return (previous is not None and sha is not None and previous.get("volume_sha256") == sha
            and previous.get("slice_index") == request.slice_index
            and previous.get("caption_de" if request.lang == "de" else "caption_en") == request.caption)


def _row(request: PairRequest, pid: str, meta: Mapping[str, Any], window: str, image: tuple[str, str]
         ) -> dict[str, Any]:
    de = request.lang == "de"
    image_sha256, image_path = image
    return {
        "pair_id": pid, "volume_id": request.volume_id, "volume_path": meta["path"],
        "slice_index": request.slice_index, "report_id": request.report_id,
        "patient_pid": request.patient_pid or meta.get("patient_pid"), "modality": meta.get("modality") or "",
        "plane": request.plane, "image_path": image_path, "window": window,
        "caption_de": request.caption if de else None,
        "caption_en": request.caption if request.lang == "en" else request.caption_en,
        "source": request.source, "volume_sha256": meta.get("content_sha256"), "lang": request.lang,
        "caption_raw": request.caption_raw, "series_uid": request.series_uid,
        "series_number": request.series_number, "image_sha256": image_sha256,
        "snippet_pair_ids": list(request.snippet_pair_ids), "training_volume_id": request.training_volume_id,
        "training_slice_index": request.training_slice_index, "depth_mm": request.depth_mm,
    }


_SliceKey = tuple[str, str, int, str]   # (volume content hash, plane, slice index, window): one rendered image


def _rendered_before(previous: Mapping[str, Mapping[str, Any]]) -> dict[_SliceKey, tuple[str, str]]:
    """The stored image of every slice a previous row showed (by the voxels' hash, not the caption)."""
    out: dict[_SliceKey, tuple[str, str]] = {}
    for row in previous.values():
        if row.get("volume_sha256") and row.get("image_sha256") and row.get("image_path"):
            key = (row["volume_sha256"], row.get("plane") or "axial", row["slice_index"], row["window"])
            out[key] = (row["image_sha256"], row["image_path"])
    return out


def render_pairs(requests: Iterable[PairRequest], volumes: Mapping[str, Mapping[str, Any]],
                 data_dir: Path, previous: Mapping[str, Mapping[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """image_text_pairs rows; each volume is read once and dropped before the next.

    Each rendered slice is stored once (curation/keyslices/images.py) and rows carry its hash and path, no
    bytes. `previous` (pair_id -> row of the last materialization) makes the corpus asset incremental: a
    slice whose volume content, plane and window were shown before and whose file exists is not rendered
    again, and a volume none of whose slices is new is not even decompressed.
    """
    previous = previous or {}
    rendered = _rendered_before(previous)
    by_volume: dict[str, list[PairRequest]] = defaultdict(list)
    for request in requests:
        by_volume[request.volume_id].append(request)
    with images_in_use(data_dir):
        for vid in sorted(by_volume):
            meta = volumes.get(vid)
            if meta is None:
                continue
            yield from _volume_rows(by_volume[vid], meta, data_dir, previous, rendered)


def _volume_rows(requests: list[PairRequest], meta: Mapping[str, Any], data_dir: Path,
                 previous: Mapping[str, Mapping[str, Any]], rendered: dict[_SliceKey, tuple[str, str]]
                 ) -> Iterator[dict[str, Any]]:
    modality = meta.get("modality") or ""
    content = meta.get("content_sha256")
    array: np.ndarray | None = None
    bounds = None
    for request in sorted(requests, key=lambda r: r.key):
        window = choose_window(request.caption, modality)
        pid = pair_id(request.key, window)
        old = previous.get(pid)
        if _reusable(old, request, meta) and touch_image(data_dir, old.get("image_path")):
            yield _row(request, pid, meta, window, (old["image_sha256"], old["image_path"]))
            continue
        key = (content, request.plane, request.slice_index, window) if content else None
        known = rendered.get(key) if key else None
        if known is not None and touch_image(data_dir, known[1]):
            yield _row(request, pid, meta, window, known)
            continue
        if array is None:
            array = np.asanyarray(nib.load(data_dir / meta["path"]).dataobj)
            bounds = percentile_bounds(array) if modality == "MR" else None
        try:
            png = render_plane_png(array, request.plane, request.slice_index, modality=modality,
                                   window=window, mr_bounds=bounds)
        except ValueError:
            continue  # slice outside the volume: a stale slice map, nothing true to show
        image = store_png(data_dir, png)
        if key:
            rendered[key] = image
        yield _row(request, pid, meta, window, image)
