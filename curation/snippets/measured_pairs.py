"""Bare "s/i" pairs after a measurement under a timepoint label (issue 16, round 20).

Target-lesion lists and follow-up tables cite each timepoint's image as a bare series/image pair right after the
size, with no series or image word, so the grammar (which starts at a keyword) never sees them:

    | Läsion | 14.02.2025 | heute |             Target lesion 1: today 31 mm 5/72, baseline 24 mm 4/70.
    | Leber  | 22 mm 4/61 | 27 mm 5/66 |        Zielläsion 2: Baseline 21 mm 2/88, heute 26 mm 3/91.

The label decides the study: a column header (a date, "Baseline", "Voruntersuchung", "prior" -> the prior study;
"heute", "today", "aktuell", "current" -> this one) or the word right before the size. The mechanism is narrow on
purpose, since a bare "n/m" is also a date or a fraction: the pair stands right after "<number> mm|cm", is not a date
("03/24", "12/2024", "03/10/2024") and not followed by a further "/"; and the same table or sentence labels both
timepoints (a today pair and a prior pair). "Knoten 6 mm 03/24", "7 mm over 1/3 of the circumference" stay no
reference.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import RefSpan
from curation.snippets.timepoints import line_spans

__all__ = ["measured_pair_refs"]

_PAIR = r"(?<![\d/.,])([1-9]\d{0,2})/([1-9]\d{0,3})(?![\d/.,]\d|/|\d)"
_SIZE_PAIR = re.compile(r"(?i)\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\s+" + _PAIR)
_DATE = r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}/(?:19|20)\d\d)"
_PRIOR_WORDS = (r"(?:baseline|BL|nadir|prior|previous(?:ly)?|formerly|before|earlier|comparison|Ausgangs(?:befund|"
                r"untersuchung)|Voruntersuchung|Vorbefund|Voraufnahme|VU|vormals|zuvor|vorher|früher|damals|initial|"
                r"Vergleich(?:suntersuchung)?)")
_NOW_WORDS = r"(?:heute|heutige[nrms]?|aktuell\w*|jetzt|nun|now|today|current(?:ly)?|follow-?up|FU|Kontrolle)"
_PRIOR_HEADER = re.compile(r"(?i)(?<![\w/])(?:" + _PRIOR_WORDS + r"\b|" + _DATE + r"(?![\d/]))")
_NOW_HEADER = re.compile(r"(?i)\b" + _NOW_WORDS + r"\b")
# The label right before the size: "today 31 mm", "Baseline: 21 mm", "vormals 8 mm", "on 12.03.2025 9 mm".
_LABEL_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?P<now>" + _NOW_WORDS + r")|(?<!\w)(?P<prior>" + _PRIOR_WORDS + r")|"
                           r"(?P<date>" + _DATE + r"))\s*:?\s*(?:(?:ca\.|approx\.|about|noch|still)\s*)?$")
# Its cheap gate: a unit's last letter, space, a pair (a literal first character, which the regex engine skips to in C).
_GATE = re.compile(r"m\s+[1-9]\d{0,2}/[1-9]")
_ROW_END = re.compile(r"\n|[.;!?](?=\s)")


def _header_kinds(text: str, header: tuple[int, int]) -> list[str | None]:
    """Per cell of a table header line: "prior", "now" or None."""
    kinds: list[str | None] = []
    for cell in text[header[0]:header[1]].strip().strip("|").split("|"):
        now, prior = _NOW_HEADER.search(cell), _PRIOR_HEADER.search(cell)
        kinds.append("now" if now and not prior else "prior" if prior and not now else None)
    return kinds


def _table_pairs(text: str) -> list[RefSpan]:
    out: list[RefSpan] = []
    lines = line_spans(text)
    kinds: list[str | None] | None = None
    for a, b in lines:
        if "|" not in text[a:b]:
            kinds = None
            continue
        if kinds is None:
            kinds = _header_kinds(text, (a, b))
            if "now" not in kinds or "prior" not in kinds:
                kinds = []  # a table without both timepoints: none of its cells is read here
            continue
        if not kinds:
            continue
        body = text[a:b]
        lead = len(body) - len(body.lstrip())
        if not body[lead:].startswith("|"):
            lead -= 1  # cells counted from a line without an outer pipe
        cells, start = [], a + lead + 1
        for cell in text[a + lead + 1:b].split("|"):
            cells.append((start, start + len(cell)))
            start += len(cell) + 1
        for k, (c0, c1) in enumerate(cells):
            if k >= len(kinds) or kinds[k] is None:
                continue
            cell = text[c0:c1]
            s0 = c0 + len(cell) - len(cell.lstrip())
            m = _SIZE_PAIR.fullmatch(text, s0, max(s0, c0 + len(cell.rstrip())))
            if m is not None:
                out.append(_ref(m, kinds[k] == "prior"))
    return out


def _ref(m: re.Match[str], prior: bool) -> RefSpan:
    a = int(m.group(2))
    return RefSpan(start=m.start(1), end=m.end(2), form="mp", series=int(m.group(1)), images=((a, a),), prior=prior)


def _running_pairs(text: str) -> list[RefSpan]:
    out: list[RefSpan] = []
    found: list[tuple[re.Match[str], str]] = []
    for m in _SIZE_PAIR.finditer(text):
        if "|" in text[text.rfind("\n", 0, m.start()) + 1:m.start()]:
            continue  # a table cell: the header decides (`_table_pairs`)
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if label is not None:
            found.append((m, "now" if label.group("now") else "prior"))
    # both timepoints labelled in the same sentence or line
    k = 0
    while k < len(found):
        end = _ROW_END.search(text, found[k][0].end())
        stop = end.start() if end else len(text)
        group = [f for f in found[k:] if f[0].start() < stop]
        if {kind for _, kind in group} == {"now", "prior"}:
            out += [_ref(m, kind == "prior") for m, kind in group]
        k += len(group)
    return out


def measured_pair_refs(text: str) -> list[RefSpan]:
    """The bare "s/i" pairs after a size under a timepoint label in `text` (`prior` set for the earlier study)."""
    if "/" not in text or _GATE.search(text) is None:
        return []
    return sorted(_table_pairs(text) + _running_pairs(text), key=lambda r: r.start)
