"""The study a citation's OWN PART names (issue 16, round 21b): the most local prior-study cue, applied last.

A citation often carries its own timepoint label right before it, in the part of its bracket or list it stands in:
"(ausw. CT Serie 2, Bild 60)", "(DVT auswärts, Ser 1 Img 201)", "(CT Vortag Serie 3, Bild 18)", "(Vorultraschall
Bild 5)", "(prior SAX image 4)", "(VU Se 4 Bi 30; aktuell Se 5 Bi 33)", "..., outside LCC slice 41", "heute 5/77 12
mm, VU 5/80 15 mm". Such a label decides that citation and no other: it outranks a cue of the clause or sentence
(a prior word out of its scope, a comparison clause, a current-exam word elsewhere), and it reaches the further
citations of the same list ("(auswärtige MRI Serie 5 Bild 14 und Serie 7 Bild 11)").

The OWN PART of a citation: inside a bracket, the text from the bracket's opening (or the last ";" in it) to the
citation; outside brackets, the text from the nearest ",", ";", ":", "|", dash, line or sentence start. Earlier
citations of that part and list words ("und", "and", "sowie", ",", "/") are skipped. The part is a LABEL where what
is left is at most four words, holds no measurement ("12 mm", "2,3 cm") and names a timepoint: its last timepoint
word decides (a prior word: VU, Vorbefund, Vor-/Vor<modality> compounds, Vortag, auswärt..., extern, Fremd...,
prior, previous(ly), baseline, BL, outside/external before a modality, view or institution word; a current word:
aktuell, heute, today, current(ly), now, jetzt). A part without a label leaves the grammar's verdict alone.

A CONTRAST: an unlabelled citation the grammar flagged prior whose bracket goes on, after ";" or ",", with a citation
labelled prior ("(series 2, image 88; previously series 2, image 85)", "(Se 8, slice 25; prior Se 7, slice 24)") is
this study's: the label belongs to the later part only.

`own_part_study(text, spans)` returns the spans with the study of each labelled part set (flagged or cleared).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

__all__ = ["own_label", "own_part_study"]


class _Span(Protocol):
    start: int
    end: int
    prior: bool


S = TypeVar("S", bound=_Span)

# A prior word that names an earlier examination wherever it stands in a short label.
_PRIOR = re.compile(
    r"(?i)(?:VU|VA|(?-i:BL)|Vorunters\w*|Voraufn\w*|Vorbef\w*|Vorbild\w*|Vorstudie\w*|Vorserie\w*|Vortag\w*|"
    r"Vorvorunters\w*|Vor-\w+|Vor(?:CT|MRT?|MRI|PET|Sono|ultraschall|röntgen|mammo\w*)\w*|ausw|auswärt\w*|extern|"
    r"Fremd\w*|prior|previous|previously|baseline|nadir|damals|zuvor|vorher|ext)$")
# "dort" / "their" name the other examination inside a citation's bracket only ("(dort Serie 9, Bild 14)", "(their
# series 2, image 48)"); "Their series 6 shows ..." opens a sentence about this study.
_PRIOR_IN_BRACKET = re.compile(r"(?i)(?:dort|their|deren)$")
# A word that names an earlier examination only next to an examination word ("outside CT", "externe MRT",
# "external MRI"); alone it is anatomy or position ("A. iliaca externa", "outside the field of view").
_PRIOR_BEFORE_EXAM = re.compile(r"(?i)(?:outside|external|externe[nmrs]?|auswärtige[nmrs]?)$")
_EXAM = re.compile(r"(?i)(?:CT|MRT?|MRI|PET\S*|DVT|CBCT|US|Sono\w*|Ultraschall|ultrasound|Röntgen|X-?ray|"
                   r"mammo\w*|tomo\w*|scan|study|exam\w*|Untersuchung|hospital|Spital|Klinik|[LR](?:CC|MLO|ML)|"
                   r"CC|MLO|OSH)$")
_NOW = re.compile(r"(?i)(?:aktuell\w*|akt|heute|heutige[nmrs]?|today|current|currently|now|jetzt)$")
# A date or year in a label names the earlier examination ("(CT 2023, Se 3 Bi 45)", "Vor-MRT 05/2025:").
_DATE = re.compile(r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}[./](?:19|20)\d\d|"
                   r"(?:19|20)\d\d(?:-\d\d){0,2})$")
# A comparison or time word before a bracket: the bracket then cites this study's finding ("Im Vergleich zur
# Voruntersuchung (Serie 3, Bild 45) größenprogredient", "since the prior (...)"), so the words before it are no label.
_COMPARE = re.compile(r"(?i)(?:vergleich\w*|verglichen|compared?|comparison|gegenüber|seit|since|than|als|vs|versus|"
                      r"from|von|zur|zum|bereits|already|schon|noch|still|vorbekannt\w*|known|bekannt\w*|described|beschrieben\w*|"
                      r"erwähnt\w*|genannt\w*|noted|mentioned|to|zu)$")
_WORD = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|[\d./-]*\d|[^\W\d_][\w-]*\.?|[^\s\w]")
_SIZE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b")
_LIST_WORDS = frozenset({"und", "and", "sowie", ",", "/", "&", "u.", "bzw.", "or", "oder", ":", "-", "–"})
_PART_STOP = re.compile(r"[,;:|\n]|\s[–—-]\s|[.!?](?=\s)")
_SPACED_SLASH = re.compile(r"\s+/\s+")
_REACH = 60  # characters left of a citation looked at for its part
_MAX_WORDS = 4  # a label part holds at most this many words (list words not counted)


def _bracket_open(text: str, start: int) -> int | None:
    """The offset of the innermost bracket still open at `start` (within `_REACH`), if any."""
    lo = max(0, start - _REACH)
    k = max(text.rfind("(", lo, start), text.rfind("[", lo, start))
    if k < 0:
        return None
    between = text[k + 1:start]
    if ")" not in between and "]" not in between:  # the common case: no bracket closes in between
        return None if "\n" in between else k
    depth = 0
    for k in range(start - 1, max(-1, start - _REACH - 1), -1):
        c = text[k]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                return k
            depth -= 1
        elif c == "\n":
            return None
    return None


def _stop_before(text: str, end: int) -> int:
    """Where the part that ends at `end` (outside brackets) begins: after the nearest stop or closed bracket."""
    lo = max(0, end - _REACH)
    stops = list(_PART_STOP.finditer(text, lo, end))
    shut = max(text.rfind(")", lo, end), text.rfind("]", lo, end), text.rfind("(", lo, end))
    return max(stops[-1].end() if stops else lo, shut + 1)


def _words(part: str) -> list[str]:
    """The words and numbers of a part, list words and brackets left out."""
    return [w for w in _WORD.findall(part) if w.lower() not in _LIST_WORDS and w not in "()[]."]


def _label(part: str, compare_guard: bool = False, in_bracket: bool = False) -> bool | None:
    """The study a short label part names: True (prior), False (current), None (no label, or not a label part)."""
    if _SIZE.search(part):
        return None
    words = _words(part)
    if not words or len(words) > _MAX_WORDS:
        return None
    if any(_COMPARE.match(w) for w in words) if compare_guard else any(w.lower() in ("to", "zu") for w in words):
        return None  # ("prior to contrast": a time word, no examination)
    label = None
    for k, w in enumerate(words):
        w = w.rstrip(".") or w
        if _PRIOR.match(w) or _DATE.match(w) or (in_bracket and _PRIOR_IN_BRACKET.match(w)) or (
                _PRIOR_BEFORE_EXAM.match(w) and any(_EXAM.match(x.rstrip(".")) for x in words[k + 1:])):
            label = True
        elif _NOW.match(w):
            return False  # a current word in the citation's own label decides: "(aktuell, VU 05/2025 dort 9 mm ...)"
    return label


_TAIL_STOP = re.compile(r"[,;:)\]\n]|[.!?](?=\s)")


def _tail_label(text: str, end: int) -> bool:
    """Whether a timepoint word follows the citation ending at `end` in its part ("(VU 3/45, 3/50 aktuell)")."""
    stop = _TAIL_STOP.search(text, end, end + 30)
    tail = text[end:stop.start() if stop else end + 30]
    return any(_PRIOR.match(w.rstrip(".")) or _NOW.match(w.rstrip(".")) for w in _words(tail))


def _outside(phrase: str) -> bool | None:
    """The label of a part outside brackets: only a phrase that ends in its label, exam or date word and holds no
    comparison or finding word ("CT extern", "Die Vorvoruntersuchung", "outside LCC", "heute"; not "The previously
    described nodule", "Im Vergleich zur Voruntersuchung")."""
    last = (_words(phrase) or [""])[-1].rstrip(".")
    if _PRIOR.match(last) or _NOW.match(last) or _EXAM.match(last) or _DATE.match(last):
        return _label(phrase, compare_guard=True)
    return None


def _own(text: str, start: int, prev: tuple[int, int, bool | None] | None, end: int | None = None) -> bool | None:
    """The own-part label of the citation text[start:end]; `prev`: the previous citation's (start, end, own
    label)."""
    opened = _bracket_open(text, start)
    lo = opened + 1 if opened is not None else _stop_before(text, start)
    if prev is not None and lo < prev[1] <= start:
        gap = text[prev[1]:start]
        cut = max(gap.rfind(","), gap.rfind(";"))
        piece = gap[cut + 1:]
        if _words(piece):
            return _label(piece, in_bracket=True) if opened is not None else _outside(piece)
        # a list: "(auswärtige MRI Serie 5 Bild 14 und Serie 7 Bild 11)": the previous citation's label reaches on,
        # unless a word stands after it ("(S3:I30 current, S3:I29 prior)": "current" is the previous one's own)
        if gap[cut:cut + 1] == ";" or _words(gap[:max(cut, 0)]) or (end is not None and _tail_label(text, end)):
            return None
        if opened is not None and _SPACED_SLASH.fullmatch(gap) and prev[2]:
            return False  # round 22a: "(prior series 2, image 90 / series 5, image 95)": " / " contrasts two studies
        return prev[2]
    part = text[lo:start]
    semi = part.rfind(";")
    label = _label(part[semi + 1:], in_bracket=True) if opened is not None else _outside(part)
    if label is None and opened is not None and not part[semi + 1:].strip(" ,:"):
        # "CT extern (Se 4 Bi 18)", "Die Vorvoruntersuchung (Se 2, Bi 44)": the bracket holds only the citation,
        # the short label right before it names its study
        # (the phrase ends in its label or exam word: "The previously described nodule (...)" names a finding)
        label = _outside(text[_stop_before(text, opened):opened])
    return label


def own_label(text: str, start: int, earlier: Sequence[tuple[int, int]] = ()) -> bool | None:
    """The study the citation at `start` gets from its own part: True (prior), False (current), None (no label).
    `earlier`: the (start, end) of the citations before it, in order."""
    prev = None
    for s, e in earlier:
        prev = (s, e, _own(text, s, prev, e))
    return _own(text, start, prev)


def own_part_study(text: str, spans: Sequence[S]) -> list[S]:
    """`spans` with the study of each citation whose own part is a label set from that label."""
    labels, prev = [], None
    for span in spans:
        labels.append(_own(text, span.start, prev, span.end))
        prev = (span.start, span.end, labels[-1])
    for k in range(len(spans) - 1):
        if labels[k] is None and labels[k + 1] and spans[k].prior and _contrast(text, spans[k], spans[k + 1]):
            labels[k] = False
    return [span if label is None or label == span.prior else replace(span, prior=label)
            for span, label in zip(spans, labels, strict=True)]


def _contrast(text: str, a: _Span, b: _Span) -> bool:
    """Whether `b` opens a later part of `a`'s own bracket after ";" or "," ("(series 2, image 88; previously
    series 2, image 85)"): the labelled neighbour contrasts with the unlabelled citation, which is this study's."""
    opened = _bracket_open(text, a.start)
    return (opened is not None and _bracket_open(text, b.start) == opened
            and (";" in text[a.end:b.start] or "," in text[a.end:b.start]))
