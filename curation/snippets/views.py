"""Mammography and tomosynthesis view slices (issue 16, round 22b).

A tomosynthesis citation names a VIEW and a slice ("RCC slice 31", "in LMLO Schicht 22", "slice 27 of the LMLO",
"Schicht 14 im CC"), never a series: the view's stack is not a numbered series of the report. So such a citation
inherits no series from an MR or CT citation earlier in the report (`mine._references` leaves its context series
empty), and the resolver treats it as image-only.

Its study follows its clause: `view_study` reads the stretch from the clause start (the last ";", sentence end, line
start or the previous citation's end) to the view word. When that stretch names a mammography/tomosynthesis exam
("tomosynthesis", "Tomosynthese", "tomo", "DBT", "mammogram", "Mammographie", "Voraufnahme") with a prior word
("prior", "previous", "Vor-", "VU", "outside", "extern", "auswärtig") or a date or year, the citation is the prior
study's; with a now word ("current", "aktuell", "today", "jetzt") it is this study's; else the miner's decision stands.

`view_slice(text, start, end)` is True when a view word (R/L + CC, MLO, ML, LM, XCCL, also bare CC/MLO/ML/LM, and
"Tomo"/"DBT") stands right before the citation (an "in"/"im"/"on" between is fine) or right after it with "of the",
"in the", "im", "in der", "on" between. The view words are upper case only ("ml" the unit, "cc" a volume stay out).
"""

from __future__ import annotations

import re

__all__ = ["has_view", "view_slice", "view_study"]

_VIEW = r"(?-i:[RL]?(?:XCCL|MLO|CC|ML|LM)|Tomo|DBT)"
_BEFORE = re.compile(r"(?i)(?<![\w-])" + _VIEW + r"[\s,:]*(?:(?:in|im|on|auf)\s+)?$")
_AFTER = re.compile(r"(?i)\s*,?\s*(?:(?:of|in|on|im|in\s+der|auf\s+der|der|from)\s+(?:the\s+)?)?" + _VIEW
                    + r"(?![\w-])")
# A view-slice citation's words are upper case; this cheap check skips every text without one.
_GATE = re.compile(r"(?-i:CC|MLO|ML\b|LM\b|Tomo|DBT)")


def has_view(text: str) -> bool:
    """False when no view word stands anywhere in `text` (most reports)."""
    return _GATE.search(text) is not None


def view_slice(text: str, start: int, end: int) -> bool:
    """Whether the citation `text[start:end]` is a slice of a mammography/tomosynthesis view (see the module)."""
    return _BEFORE.search(text, max(0, start - 12), start) is not None or _AFTER.match(text, end) is not None


_CLAUSE_STOP = re.compile(r"[;\n]|[.!?](?=\s)")
_EXAM = re.compile(r"(?i)\b(?:tomo\w*|DBT|mammo\w*|Mammographie\w*|Voraufnahme\w*|Vor-?tomo\w*|Vor-?mammo\w*)")
_PRIOR = re.compile(r"(?i)\b(?:prior|previous(?:ly)?|earlier|outside|external|VU|Vor-\w+|Vor(?:aufn|unters|bef|tomo|"
                    r"mammo)\w*|extern\w*|ausw\w*|baseline|damals|(?:19|20)\d\d)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_NOW = re.compile(r"(?i)\b(?:current(?:ly)?|aktuell\w*|today|heute|heutige\w*|jetzt|now|neu\w*|new)\b")


def view_study(text: str, start: int, clause_start: int) -> bool | None:
    """The study the clause names for the view-slice citation at `start`: True (prior), False (this study), None
    (the clause names no mammography exam with a timepoint)."""
    lo = max(clause_start, start - 80)
    stops = list(_CLAUSE_STOP.finditer(text, lo, start))
    lo = stops[-1].end() if stops else lo
    if _EXAM.search(text, lo, start) is None:
        return None
    stretch = text[lo:start]
    now, prior = _NOW.search(stretch), _PRIOR.search(stretch)
    if now is not None and (prior is None or now.start() > prior.start()):
        return False
    return True if prior is not None else None
