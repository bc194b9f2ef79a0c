"""image_text_pairs rows: the referenced axial slice as a windowed PNG with its caption.

Which text may caption a slice (an honest choice, see docs/volumes.md):
- source "snippet": each resolved snippet_pairs row -> its own slice (volume_id, slice_index), captioned
  by the snippet the report wrote next to the image reference.
- source "sentence": the whole report sentence that carries that image reference, when it says more than
  the snippet. A sentence without an image reference is never attached to a slice here (an impression
  sentence on the middle slice would teach a model nothing true); organ-word sentences matched to a
  slice through a segmentation belong to the grounding stage.
The CT window follows the words of the caption (lung, bone, brain, else soft tissue); MR uses the
0.5-99.5 percentile normalisation of its volume. Volumes are loaded one at a time.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nibabel as nib
import numpy as np

from curation.keyslices.render import render_axial_png
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
    """One caption for one slice, before rendering."""

    key: str                 # stable source key (snippet pair id + source)
    volume_id: str
    slice_index: int
    report_id: str | None
    patient_pid: str | None
    caption: str
    caption_en: str | None
    lang: str
    source: str


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


def requests_from_snippets(snippet_rows: Iterable[Mapping[str, Any]],
                           reports: Mapping[str, Mapping[str, Any]]) -> list[PairRequest]:
    """Snippet and reference-sentence captions for every resolved snippet pair."""
    out = []
    for row in snippet_rows:
        if row.get("status") != "resolved" or not row.get("volume_id") or row.get("slice_index") is None:
            continue
        snippet = (row.get("snippet") or "").strip()
        if not snippet:
            continue
        lang = row.get("lang") or "de"
        common = {"volume_id": row["volume_id"], "slice_index": int(row["slice_index"]),
                  "report_id": row.get("report_id"), "patient_pid": row.get("patient_pid"), "lang": lang}
        out.append(PairRequest(key=f"{row['pair_id']}/snippet", caption=snippet,
                               caption_en=row.get("snippet_en") if lang != "en" else snippet,
                               source="snippet", **common))
        sentence = _sentence_of(reports.get(row.get("report_id") or ""), row.get("snippet_start"),
                                row.get("snippet_end"))
        if sentence and sentence != snippet:
            out.append(PairRequest(key=f"{row['pair_id']}/sentence", caption=sentence,
                                   caption_en=sentence if lang == "en" else None, source="sentence", **common))
    return out


def _reusable(previous: Mapping[str, Any] | None, request: PairRequest, meta: Mapping[str, Any]) -> bool:
    """A row rendered earlier from the same voxels, slice and caption need not be rendered again."""
    sha = meta.get("content_sha256")
    return (previous is not None and sha is not None and previous.get("volume_sha256") == sha
            and previous.get("slice_index") == request.slice_index
            and previous.get("caption_de" if request.lang == "de" else "caption_en") == request.caption)


def render_pairs(requests: Iterable[PairRequest], volumes: Mapping[str, Mapping[str, Any]],
                 data_dir: Path, previous: Mapping[str, Mapping[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """image_text_pairs rows; each volume is read once and dropped before the next.

    `previous` (pair_id -> row of the last materialization) makes the corpus asset incremental: a row
    whose volume content, slice and caption are unchanged is reused, and a volume none of whose rows
    changed is not even decompressed.
    """
    previous = previous or {}
    by_volume: dict[str, list[PairRequest]] = defaultdict(list)
    for request in requests:
        by_volume[request.volume_id].append(request)
    for vid in sorted(by_volume):
        meta = volumes.get(vid)
        if meta is None or meta.get("plane") != "axial":
            continue
        modality = meta.get("modality") or ""
        array: np.ndarray | None = None
        bounds = None
        for request in sorted(by_volume[vid], key=lambda r: r.key):
            window = choose_window(request.caption, modality)
            pid = pair_id(request.key, window)
            old = previous.get(pid)
            if _reusable(old, request, meta):
                yield {**old, "caption_en": request.caption_en if request.caption_en is not None
                       else old.get("caption_en")}
                continue
            if array is None:
                array = np.asanyarray(nib.load(data_dir / meta["path"]).dataobj)
                bounds = percentile_bounds(array) if modality == "MR" else None
            if not 0 <= request.slice_index < array.shape[2]:
                continue
            png = render_axial_png(array, request.slice_index, modality=modality, window=window, mr_bounds=bounds)
            yield {
                "pair_id": pid, "volume_id": vid, "volume_path": meta["path"], "slice_index": request.slice_index,
                "report_id": request.report_id, "patient_pid": request.patient_pid or meta.get("patient_pid"),
                "modality": modality, "plane": "axial", "image": {"bytes": png, "path": f"{pid}.png"},
                "window": window, "caption_de": request.caption if request.lang == "de" else None,
                "caption_en": request.caption_en, "source": request.source,
                "volume_sha256": meta.get("content_sha256"),
            }
        del array
