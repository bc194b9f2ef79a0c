"""Image citations of a study part without series: fluoroscopy, myelography, radiographs, ultrasound, planar
scintigraphy (issue 16, round 28b).

A combined report writes its parts one after another ("CT LUMBAR SPINE: ... (Se 3 Im 44).\\nFLUOROSCOPIC MYELOGRAM:
... (image 9)", "CT Abdomen: ... (Serie 5, Bild 60).\\nSonographie: ... (Bild 4)"), or cites an ultrasound or planar
image next to a CT series in one bracket ("(SPECT/CT Serie 3, Bild 48, Sono-Bild 7)", "(Se 6 Im 30; US image 14)",
"(Bild 2 der planaren Serie)", "(planar image 3)"). Those images belong to no series of the cross-sectional part: an
image-only citation there inherits no series (`mine._references` leaves its context series empty).

- `part_image(text, start, end)`: the citation's own image word is labelled as an ultrasound, planar, radiograph or
  fluoroscopy image ("Sono-Bild 7", "US image 14", "ultrasound image 3", "planar image 3", "Röntgenbild 2", "Bild 2 der
  planaren Serie", "image 3 of the planar series"; refs-fix29: of the scout, topogram or localizer, "Topogramm Bild
  2", "image 12 of the scout", "localizer image 1").
- `other_part_between(text, lo, hi)`: the last study-part heading line between a series mention (`lo`) and the
  citation (`hi`) opens a part without series ("FLUOROSCOPIC MYELOGRAM:", "Sonographie:", "Röntgen Thorax:", "US
  abdomen:", "Planare Szintigraphie:"); a later CT/MR/PET/SPECT heading ("CT:") opens a part with series again.
Look-alikes that keep the series: a part heading before the series mention, a CT heading after the other part, a
finding that only names the modality in its prose ("sonographisch bekannt (Bild 52)": no label at the image word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["SCOUT", "other_part_between", "part_image", "with_part_images"]

# refs-fix29: a named part of the study that has images but no series number: the scout / topogram / localizer
# ("image 12 of the scout", "Topogramm Bild 2", "localizer image 1"). The grammar reads a single image of it as a
# citation (no caption counter, no key-image counter); like a planar or ultrasound image it inherits no series.
SCOUT = r"(?:scouts?|topogramm?e?s?|topograms?|locali[sz]ers?|Übersichtsaufnahme|Topo)"

_OTHER = (
    r"(?:fluoroscop\w*|fluoroskop\w*|durchleuchtung\w*|myelogra\w*|sonogra\w*|ultraschall\w*|ultrasound|US|"
    r"röntgen\w*|radiograph\w*|x-?rays?|planar\w*|szintigra\w*|scintigra\w*|mammogra\w*)"
)
_SERIES_PART = r"(?:CT|MRT?|MRI|PET|SPECT|CTA|MRA|[\w/-]*-CT|[\w/-]*/CT)"
# A heading line: up to five words before a colon at the line start, the first study word deciding.
_HEADING = re.compile(
    r"(?im)^[ \t•*-]*(?:(?P<other>(?:[\w/-]+[ \t]+)?" + _OTHER + r")|(?P<series>(?:[\w/-]+[ \t]+)"
    r"?" + _SERIES_PART + r"))\b[^\n:]{0,40}:"
)
# The image word labelled as another part's: "Sono-Bild", "US image", "planar image", "Röntgenbild", "Clip".
_LABEL_BEFORE = re.compile(
    r"(?i)(?:\b(?:Sono|US|Ultraschall|ultrasound|planar\w*|Röntgen|radiograph\w*|X-?ray|"
    r"fluoroscop\w*|Durchleuchtung\w*|Szinti|scintigraph\w*|" + SCOUT + r")[\s-]*|Röntgen)$"
)
_LABEL_AFTER = re.compile(
    r"(?i)\s*(?:,\s*)?(?:der|of\s+the|aus\s+der|from\s+the)\s+planar\w*\s+"
    r"(?:Serie|series|Aufnahme\w*|Szintigra\w*|scintigra\w*|images?)\b|"
    r"\s*(?:,\s*)?(?:der|des|of\s+the|aus\s+dem|from\s+the|on\s+the|in\s+the|im|auf\s+dem)\s+" + SCOUT + r"\b"
)


def part_image(text: str, start: int, end: int) -> bool:
    """Whether the image-only citation `text[start:end]` labels its image as another part's (see the module)."""
    return (
        _LABEL_BEFORE.search(text, max(0, start - 30), start) is not None or _LABEL_AFTER.match(text, end) is not None
    )


def other_part_between(text: str, lo: int, hi: int) -> bool:
    """Whether the last study-part heading line in `text[lo:hi]` opens a part without series (see the module)."""
    last = None
    for m in _HEADING.finditer(text, lo, hi):
        last = m
    return last is not None and last.group("other") is not None


class _Span(Protocol):
    start: int
    end: int
    series: int | None


S = TypeVar("S", bound=_Span)


def with_part_images(text: str, grammar_refs: Sequence[S], decided: list[S]) -> list[S]:
    """refs-fix29: `decided` (the learned decision's references of one window) with each image-only citation of the
    grammar's that labels its image as a part's without series ("Bild 3 der planaren Serie", "image 2 of the scout",
    "Topogramm Bild 1", "US image 14") and that no decided reference overlaps: the grammar's reading of such an image
    is the miner's answer (an image of that part, no series), not one the learned weights may drop."""
    extra = [
        r
        for r in grammar_refs
        if r.series is None
        and part_image(text, r.start, r.end)
        and not any(r.start < d.end and d.start < r.end for d in decided)
    ]
    return sorted([*decided, *extra], key=lambda r: r.start) if extra else decided
