"""Labelled series declared in a preamble, and the labelled image citations that take them (issue 16, round 28b).

A hybrid-imaging report names its series once with a label ("SPECT/CT (series 4 fused, series 3 CT):", "PET/CT (Serie 8
PET, Serie 9 fusioniert):", "(fused series 5, CT series 4)") and then cites images by the label alone: "(fused image
60, CT series 3 image 60)", "(fusioniertes Bild 44, CT Bild 44)". Without this each such image inherited the series
named last before it (the CT one), whatever its label said. `labelled_series(text, start)` returns the series that
the last such preamble before `start` gives the label right before the image-only citation at `start` ("fused image",
"fusioniertes Bild", "CT image", "PET Bild"), or None (no preamble, no label, or a label the preamble does not name).
`mine._references` uses it before the series named earlier in the section.
"""

from __future__ import annotations

import re

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
    if last is None:
        return None
    series = {
        _key(m.group("la") or m.group("lb")): int(m.group("a") or m.group("b")) for m in _ONE.finditer(last.group())
    }
    return series.get(_key(label.group("l")))
