"""Labelled series declared in a preamble, and the labelled image citations that take them (issue 16, round 28b).

A hybrid-imaging report names its series once with a label ("SPECT/CT (series 4 fused, series 3 CT):", "PET/CT (Serie 8
PET, Serie 9 fusioniert):", "(fused series 5, CT series 4)") and then cites images by the label alone: "(fused image
60, CT series 3 image 60)", "(fusioniertes Bild 44, CT Bild 44)". Without this each such image inherited the series
named last before it (the CT one), whatever its label said. `labelled_series(text, start)` returns the series that
the last such preamble before `start` gives the label right before the image-only citation at `start` ("fused image",
"fusioniertes Bild", "CT image", "PET Bild"), or None (no preamble, no label, or a label the preamble does not name).
`mine._references` uses it before the series named earlier in the section.
Mend of round 28b: a preamble that an unlabelled series mention follows before the citation's bracket ("Prior PET/CT
(series 4 fused, series 3 CT) 2021. Today series 8. Node (fused image 60).") no longer names the series in use: its
label gives no series (the image takes series 8, named last). A labelled mention in between ("CT series 3", "series 8
fused") or one inside the citation's own bracket ("(series 3 image 60, fused image 61)") keeps the preamble.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import SERIES_MENTION

__all__ = ["labelled_series"]

_LABEL = r"(?:fused|fusion|fusioniert\w*|CT|PET|SPECT|NAC|AC|MIP)"
_SERIES = r"(?:series|serie|se\.?|ser\.?)"
_ITEM = (
    r"(?:"
    + _SERIES
    + r"\s*(?P<a>\d{1,4})\s+(?P<la>"
    + _LABEL
    + r")|(?P<lb>"
    + _LABEL
    + r")\s+"
    + _SERIES
    + r"\s*(?P<b>\d{1,4}))"
)
_PLAIN_ITEM = r"(?:" + _SERIES + r"\s*\d{1,4}\s+" + _LABEL + r"|" + _LABEL + r"\s+" + _SERIES + r"\s*\d{1,4})"
# Two or more labelled series filling one bracket.
_PREAMBLE = re.compile(r"(?i)\(\s*" + _PLAIN_ITEM + r"(?:\s*[,;/]\s*" + _PLAIN_ITEM + r")+\s*\)")
_ONE = re.compile(r"(?i)" + _ITEM)
_LABEL_BEFORE = re.compile(r"(?i)\b(?P<l>" + _LABEL + r")\s+$")
_LABEL_AFTER = re.compile(r"(?i)\s+" + _LABEL + r"\b")


def _restated(text: str, preamble: re.Match[str], start: int) -> bool:
    """Whether an unlabelled series mention stands between `preamble` and the bracket of the citation at `start`
    (see the module)."""
    opened = text.rfind("(", preamble.end(), start)
    limit = opened if opened >= 0 and ")" not in text[opened:start] else start
    return any(
        _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
        and _LABEL_AFTER.match(text, m.end()) is None
        for m in SERIES_MENTION.finditer(text, preamble.end(), limit)
    )


def _key(label: str) -> str:
    low = label.lower()
    return "fused" if low.startswith(("fus",)) else low


def labelled_series(text: str, start: int) -> int | None:
    """The series a preamble gives the label right before the image-only citation at `start` (see the module)."""
    label = _LABEL_BEFORE.search(text, max(0, start - 20), start)
    if label is None:
        return None
    last = None
    for m in _PREAMBLE.finditer(text, 0, start):
        last = m
    if last is None or _restated(text, last, start):
        return None
    series = {
        _key(m.group("la") or m.group("lb")): int(m.group("a") or m.group("b")) for m in _ONE.finditer(last.group())
    }
    return series.get(_key(label.group("l")))
