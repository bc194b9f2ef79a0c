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
is left is at most four words, holds no measurement ("12 mm", "2,3 cm") and no comparison word ("(größenprogredient
zur VU, ...)") and names a timepoint: a prior word (VU, Vorbefund, Vor-/Vor<modality> compounds, Fremd<exam>, Vortag;
extern/auswärts/ausw. and prior/previous/baseline only with nothing but exam, view or date words after them; "outside"
/ "external" before an exam word; a date, or a year after an exam word or month) or a current word (aktuell, heute,
today, current(ly), now, jetzt). A label naming both is undecided (review of round 21b).
A part without a label leaves the grammar's verdict alone.

A CONTRAST: an unlabelled citation the grammar flagged prior whose bracket goes on, after ";" or ",", with a citation
labelled prior ("(series 2, image 88; previously series 2, image 85)", "(Se 8, slice 25; prior Se 7, slice 24)") is
this study's: the label belongs to the later part only, unless a locative phrase before the bracket places it on an
earlier exam ("Auf der Voraufnahme (Serie 3, Bild 40, sowie Vortag Serie 4, Bild 41)"). A list's label stops at a
citation with a timepoint word of its own after it ("... and series 3 image 30 on the outside CT").

`own_part_study(text, spans)` returns the spans with the study of each labelled part set (flagged or cleared).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

from curation.snippets.abbreviations import abbreviation_before
from curation.snippets.timepoint_words import EARLIER_COMPOUND, EXAM, MONTH, NOW, VIEW

__all__ = ["occasion_label_today", "own_label", "own_part_study"]


class _Span(Protocol):
    start: int
    end: int
    prior: bool


S = TypeVar("S", bound=_Span)

# A prior word that names an earlier examination wherever it stands in a short label (a noun or compound of one:
# "Fremd" only with an examination noun, "Vor-" only with a modality or examination noun: "Fremdkörper", "Vor-OP" are
# no exam).
_PRIOR = re.compile(
    r"(?i)(?:VU|VA|(?-i:BL)|Vorunters\w*|Voraufn\w*|Vorbef\w*|Vorbild\w*|Vorstudie\w*|Vorserie\w*|Vortag\w*|"
    r"Vorvorunters\w*|Vor-?(?:CT|MRT?|MRI|PET|Sono\w*|US|ultraschall|röntgen|mammo\w*|Unters\w*|Aufn\w*|Befund\w*)\w*|"
    r"Fremd(?:unters\w*|aufn\w*|bef\w*|bild\w*|CT|MRT?|MRI|PET|Sono\w*)|nadir|damals|zuvor|vorher|"
    + EARLIER_COMPOUND + r")$")  # round 27: "(Ausgangs-CT Se 3 Bi 40)", "(Nadir-CT ...)"
# An adjective or adverb that names the earlier examination only when nothing but examination, view, sequence or date
# words follow it in the label ("(prior SAX image 4)", "(previously series 2, image 85)"; not "(prior TACE site, ...)",
# "(previous resection site, ...)": a finding of this study).
# Round 23: the exam before an operation or at admission too, with only exam words after it: "(präop. MRT Serie 7, Bild
# 28; aktuell ...)", "(pre-op CT 4/55)", "(preoperative MRI series 8 image 17)", "(Aufnahme-CT Se 2 Bi 18)".
# Round 26: "staging" / "initial" alone as a bracket's label ("(Staging Serie 6, Bild 22)"), and an exam compound that
# names an earlier exam by its occasion or month ("(Erst-CT ...)", "(Geburts-CT ...)",
# "(Schockraum-CT ...)", "(März-MRT ...)", "(Aufnahme-CT ...)").
_OCCASION_EXAM = (r"(?:Aufnahme|Erst|Initial|Geburts|Schockraum|Trauma|Staging|Notfall|Neugeborenen|Index|"
                  + MONTH.removesuffix(r"\b\.?") + r")-(?:CT|MRT?|MRI|PET\w*|Sono\w*|US|Röntgen)")
_PRIOR_ADJ = re.compile(r"(?i)(?:prior|previous|previously|baseline|pr(?:ä|ae|e)-?op\.?|pr(?:ä|ae|e)-?operative?\w*|"
                        + _OCCASION_EXAM + r"|admission|staging|initial)$")
# Staging alone or as an exam compound names the earlier exam only as a bracket's label ("(Staging-CT Se 2, Bi 40)");
# before a bracket it is the exam under discussion as often ("Tumorboard: Staging-CT (Se 3, Bi 12-22)").
_BRACKET_ONLY_ADJ = re.compile(r"(?i)(?:staging|initial)(?:-\w+)?$")
# Mend of round 26: an occasion word ("staging", "initial", "neonatal") labels today's exam, not an earlier one, in a
# report whose own exam is that occasion's: a title (a short first sentence or a heading line), an indication, or a
# now-word next to it outside the label's bracket ("Aktuelles Staging: ... (Staging Serie 6, Bild 22)", "Staging-
# Untersuchung heute. ... (Staging-CT Se 2, Bi 40)", "Neonatal hip sonography today: ... (neonatal US image 4)"). A
# now-word after the bracket is a sign only before the value alone ("(staging, series 3 image 40) today 12 mm"), not
# before a second citation: "Tumor (Staging Serie 6, Bild 40), jetzt kleiner (...)" contrasts two exams.
_NOW_VALUE_AFTER = re.compile(r"(?i)[)\]]\s*(?:" + NOW + r")\s+\d+(?:[.,]\d+)?\s*(?:mm|cm)\b(?![^.\n]*[(\[])")
_OCCASION_WORDS = r"(staging|initial|neonatal|newborn|birth|index|trauma|emergency)"
_OCCASION_WORD = re.compile(r"(?i)" + _OCCASION_WORDS)
# ... the whole label word: the occasion alone or as a compound ("Staging-CT")
_OCCASION_ONLY = re.compile(r"(?i)" + _OCCASION_WORDS + r"(?:-\w+)?$")
_TITLE = re.compile(r"(?m)^[ \t]*(?:[^\W\d_][\w/-]*[ \t]+){0,5}[^\W\d_][\w/-]*[ \t]*[:.]?[ \t]*$")


_FIRST_SENTENCE = re.compile(r"\s*(.*?(?:[.:](?=\s)|\n))", re.S)


@lru_cache(maxsize=64)
def _occasion_signs(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns `_occasion_today` reads for the occasion `word` (one of `_OCCASION_WORDS`), compiled once: a sign
    outside the bracket that the report's own exam is that occasion's, and the word itself in a title."""
    w = re.escape(word)
    sign = re.compile(
        # "Aktuelles Staging", "Indikation: Staging", "this initial CT"; at a sentence's start "Staging-Untersuchung
        # heute" (not "Im Vergleich zum Staging-CT heute größenprogredient": a comparison names the earlier exam)
        r"(?i)(?:\b(?:" + NOW + r"|this|Indikation|Indication|Fragestellung)\s*:?\s+(?:[\w-]+\s+)?" + w
        + r"|(?:^|[.:;]\s)\s*(?:[\w-]+\s+)?" + w + r"[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:" + NOW + r")\b)"
    )
    return sign, re.compile(r"(?i)\b" + w)


def _occasion_today(text: str, word: str, opened: int) -> bool:
    """Whether `text` (outside the bracket opening at `opened`) names its own exam by the occasion `word`."""
    close = text.find(")", opened)
    end = close + 1 if close >= 0 else len(text)
    outside = text[:opened] + " " * (end - opened) + text[end:]  # the citation's own bracket is no sign
    sign, named = _occasion_signs(word)
    if sign.search(outside) or (close >= 0 and _NOW_VALUE_AFTER.match(text, close)):
        return True
    # a title: a short first sentence or a heading line, closed before the citation's bracket
    first = _FIRST_SENTENCE.match(text[:opened])
    lines = [first.group(1) if first else "", *(m.group() for m in _TITLE.finditer(text[:opened]) if m.end() < opened)]
    return any(named.search(line) and _TITLE.fullmatch(line.strip()) for line in lines)


def occasion_label_today(text: str, start: int) -> bool:
    """Mend of round 26: whether the citation at `start` is labelled in its bracket only by an occasion word ("(Staging
    Serie 6, Bild 22)", "(Staging-CT Se 2, Bi 40)", "(initial CT series 2 image 40)") of a report whose own exam is that
    occasion's (`_occasion_today`): today's."""
    opened = _bracket_open(text, start)
    if opened is None:
        return False
    words = _words(text[opened + 1:start])
    flagged = [k for k in range(len(words)) if _prior_word(words, k, True)]
    found = [_OCCASION_WORD.match(words[k]) for k in flagged]
    return (bool(flagged) and all(found) and all(_OCCASION_ONLY.match(words[k]) for k in flagged)
            and all(_occasion_today(text, m.group(1).lower(), opened) for m in found if m))


# A word that names an outside examination when only examination, view or date words follow it (or, at the label's
# end, precede it): "(ausw. CT ...)", "Herd Ausw. CT Serie 3", "(DVT auswärts, ...)", "(..., auswärts Se 4/Bi 55)";
# else it says where something was done ("extern implantiert", "auswärts operiert", "Impression von extern", "L ext
# iliac node").
_PRIOR_WITH_EXAM = re.compile(r"(?i)(?:ausw|auswärt\w*|extern|ext)$")
# "dort" / "their" name the other examination inside a citation's bracket only ("(dort Serie 9, Bild 14)", "(their
# series 2, image 48)"); "Their series 6 shows ..." opens a sentence about this study.
# Round 23: "then" too, as a bracket part's label ("(now: series 14 image 30; then: series 12 image 28)").
_PRIOR_IN_BRACKET = re.compile(r"(?i)(?:dort|their|deren|then)$")
# A word that names an earlier examination only next to an examination word ("outside CT", "externe MRT",
# "external MRI"); alone it is anatomy or position ("A. iliaca externa", "outside the field of view").
_PRIOR_BEFORE_EXAM = re.compile(r"(?i)(?:outside|external|externe[nmrs]?|auswärtige[nmrs]?)$")
# Round 26: an occasion that names an earlier exam only before an exam word with nothing but exam, view or date words
# after it ("(birth CT Se 3, Im 40)", "(initial MRI series 5 image 12)", "(ED CT 4/55)"); alone it is a finding's word
# ("(first Se 3 Im 40)", "(index lesion, ...)").
_OCCASION_BEFORE_EXAM = re.compile(r"(?i)(?:birth|neonatal|newborn|initial|index|first|original|staging|trauma|"
                                   r"emergency|(?-i:ED|ER))$")
_EXAM = re.compile(r"(?i)" + EXAM + r"$")
_EXAM_OR_VIEW = re.compile(r"(?i)(?:" + EXAM + r"|" + VIEW + r"|[\d./-]*\d)$")
_NOW = re.compile(r"(?i)(?:" + NOW + r"|akt)$")
# A date in a label names the earlier examination ("(CT 03/2025, Se 3 Bi 45)", "Vor-MRT 05/2025:"); a bare year only
# after an examination word, a month or "Jahr"/"year" ("(CT 2023, ...)"; not "(Fleischner 2017, ...)", "(Bosniak
# 2019, ...)", "(DWI b 2000, ...)": a guideline, a class, a b-value).
_DATE = re.compile(r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}[./](?:19|20)\d\d|"
                   r"(?:19|20)\d\d-\d\d(?:-\d\d)?)$")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_YEAR_AFTER = re.compile(r"(?i)(?:" + EXAM + r"|" + MONTH + r"|Jahr\w*|year)$")
# A comparison or time word before a bracket: the bracket then cites this study's finding ("Im Vergleich zur
# Voruntersuchung (Serie 3, Bild 45) größenprogredient", "since the prior (...)"), so the words before it are no label.
_COMPARE = re.compile(r"(?i)(?:vergleich\w*|verglichen|compared?|comparison|gegenüber|seit|since|than|als|vs|versus|"
                      r"from|von|zur|zum|bereits|already|schon|noch|still|vorbekannt\w*|known|bekannt\w*|described|beschrieben\w*|"
                      r"erwähnt\w*|genannt\w*|noted|mentioned|to|zu)$")
# Inside a bracket the comparison words alone: "(größenprogredient zur VU, Serie 3, Bild 40)" says the finding grew
# since the prior, and cites this study's image; "(prior to contrast, ...)" is a time, no examination. Such a part is
# no label (the grammar's verdict stands).
_IN_COMPARE = re.compile(r"(?i)(?:vergleich\w*|verglichen|compared?|gegenüber|seit|since|than|als|vs|versus|zur|zum|"
                         r"to|zu)$")
# A tail word that names another examination than the list's label: "on the outside CT", "on this study",
# "earlier", "comparison".
_THIS = re.compile(r"(?i)(?:this|these|diese[nmrs]?|dieser)$")
_TAIL_PRIOR = re.compile(r"(?i)(?:earlier|older|comparison|Vergleichs\w*)$")
_WORD = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|[\d./-]*\d|[^\W\d_][\w-]*\.?|[^\s\w]")
_SIZE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b")
_LIST_WORDS = frozenset({"und", "and", "sowie", ",", "/", "&", "u.", "bzw.", "or", "oder", ":", "-", "–"})
_SPACED_SLASH = re.compile(r"\s+/\s+")
_STOP_CHARS = ",;:|\n"
_DASHES = (" - ", " – ", " — ")
_REACH = 60  # characters left of a citation looked at for its part
_MAX_WORDS = 4  # a label part holds at most this many words (list words not counted)
# A locative phrase before a bracket that places it on an earlier examination: "Auf der Voraufnahme aus dem Jahr
# 2022 (...)", "In der VU (...)", "On the prior CT (...)".
_ON_PRIOR = re.compile(r"(?i)\b(?:auf|in|im|on|at)\s+(?:(?:der|dem|den|the|einer?|an?)\s+)?(?:\S+\s+)?\S")


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
    """Where the part that ends at `end` (outside brackets) begins: after the nearest stop or closed bracket,
    searched backwards. A period ends a part only before a space and not after an abbreviation ("Ausw. CT Serie 3")."""
    lo = max(0, end - _REACH)
    cut = max(max(text.rfind(c, lo, end) for c in _STOP_CHARS + ")]("), lo - 1) + 1
    for dash in _DASHES:
        k = text.rfind(dash, cut, end)
        if k >= 0:
            cut = max(cut, k + len(dash))
    k = end
    while True:
        k = max(text.rfind(".", cut, k), text.rfind("!", cut, k), text.rfind("?", cut, k))
        if k < 0:
            return cut
        if k + 1 < end and text[k + 1].isspace() and not (text[k] == "." and abbreviation_before(text, lo, k)):
            return k + 1


def _words(part: str) -> list[str]:
    """The words and numbers of a part, list words and brackets left out."""
    return [w for w in _WORD.findall(part) if w.lower() not in _LIST_WORDS and w not in "()[]."]


def _label(part: str, compare_guard: bool = False, in_bracket: bool = False) -> bool | None:
    """The study a short label part names: True (prior), False (current), None (no label, not a label part, or a
    label naming both: "(Voruntersuchung von heute morgen, ...)")."""
    if _SIZE.search(part):
        return None
    words = [w.rstrip(".") or w for w in _words(part)]
    if not words or len(words) > _MAX_WORDS:
        return None
    if any((_COMPARE if compare_guard else _IN_COMPARE).match(w) for w in words):
        return None  # a comparison ("größenprogredient zur VU") or a time ("prior to contrast"): no label
    prior = now = False
    for k, w in enumerate(words):
        if _prior_word(words, k, in_bracket):
            prior = True
        elif _NOW.match(w):
            now = True
    return None if prior and now else True if prior else False if now else None


def _prior_word(words: list[str], k: int, in_bracket: bool = False) -> bool:
    """Whether words[k] names an earlier examination in its label `words`."""
    w = words[k]
    return bool(
        _PRIOR.match(w) or _DATE.match(w) or (in_bracket and _PRIOR_IN_BRACKET.match(w))
        or (_YEAR.match(w) and k > 0 and _YEAR_AFTER.match(words[k - 1]))
        or (_PRIOR_ADJ.match(w) and (in_bracket or not _BRACKET_ONLY_ADJ.match(w))
            and all(_EXAM_OR_VIEW.match(x) for x in words[k + 1:]))
        or (_PRIOR_WITH_EXAM.match(w) and all(_EXAM_OR_VIEW.match(x) for x in (words[k + 1:] or words[:k])))
        or (_PRIOR_BEFORE_EXAM.match(w) and any(_EXAM.match(x) for x in words[k + 1:]))
        or (_OCCASION_BEFORE_EXAM.match(w) and any(_EXAM.match(x) for x in words[k + 1:])
            and all(_EXAM_OR_VIEW.match(x) for x in words[k + 1:])))


_TAIL_STOP = re.compile(r"[,;:)\]\n]|[.!?](?=\s)")


def _tail_label(text: str, end: int, stop: int) -> bool:
    """Whether a timepoint word of its own follows the citation ending at `end` in its part, before `stop` (the next
    citation): "(VU 3/45, 3/50 aktuell)", "(today series 5 image 33 and series 3 image 30 on the outside CT)", "Outside
    CT series 3 image 40 and series 5 image 42 on this study"."""
    limit = min(end + 30, stop)
    found = _TAIL_STOP.search(text, end, limit)
    words = [w.rstrip(".") or w for w in _words(text[end:found.start() if found else limit])]
    return any(_prior_word(words, k) or _NOW.match(w) or _TAIL_PRIOR.match(w)
               or (_THIS.match(w) and any(_EXAM.match(x) for x in words[k + 1:])) for k, w in enumerate(words))


def _outside(phrase: str) -> bool | None:
    """The label of a part outside brackets: only a phrase that ends in its label, exam or date word and holds no
    comparison or finding word ("CT extern", "Die Vorvoruntersuchung", "outside LCC", "heute"; not "The previously
    described nodule", "Im Vergleich zur Voruntersuchung")."""
    words = [w.rstrip(".") or w for w in _words(phrase)] or [""]
    last = words[-1]
    if (_prior_word(words, len(words) - 1) or _PRIOR_ADJ.match(last) or _NOW.match(last) or _EXAM.match(last)
            or _YEAR.match(last)):
        return _label(phrase, compare_guard=True)
    return None


def _own(text: str, start: int, opened: int | None, prev: tuple[int, int, bool | None] | None,
         end: int | None = None, stop: int | None = None) -> bool | None:
    """The own-part label of the citation text[start:end] whose bracket opens at `opened`; `prev`: the previous
    citation's (start, end, own label); `stop`: the next citation's start."""
    lo = opened + 1 if opened is not None else _stop_before(text, start)
    if prev is not None and lo < prev[1] <= start:
        gap = text[prev[1]:start]
        cut = max(gap.rfind(","), gap.rfind(";"))
        piece = gap[cut + 1:]
        if _words(piece):
            return _label(piece, in_bracket=True) if opened is not None else _outside(piece)
        # a list: "(auswärtige MRI Serie 5 Bild 14 und Serie 7 Bild 11)": the previous citation's label reaches on,
        # unless a word stands after it ("(S3:I30 current, S3:I29 prior)": "current" is the previous one's own) or
        # a timepoint word of its own follows ("... and series 3 image 30 on the outside CT")
        if gap[cut:cut + 1] == ";" or _words(gap[:max(cut, 0)]) or (
                end is not None and _tail_label(text, end, len(text) if stop is None else stop)):
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
        prev = (s, e, _own(text, s, _bracket_open(text, s), prev, e, start))
    return _own(text, start, _bracket_open(text, start), prev)


def own_part_study(text: str, spans: Sequence[S]) -> list[S]:
    """`spans` with the study of each citation whose own part is a label set from that label."""
    opened = [_bracket_open(text, span.start) for span in spans]  # once per citation
    labels: list[bool | None] = []
    prev = None
    for k, span in enumerate(spans):
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(text)
        labels.append(_own(text, span.start, opened[k], prev, span.end, nxt))
        prev = (span.start, span.end, labels[-1])
    for k in range(len(spans)):
        # round 25: a month label ("(aktuell Se 5 Bild 120; März Se 4 Bild 118)", "(January Se 3 Im 55; current Se 6
        # Im 61)") names an earlier exam when another part of the same bracket is labelled current
        if (labels[k] is None and opened[k] is not None and _month_part(text, spans[k].start, opened[k])
                and any(labels[j] is False and opened[j] == opened[k] for j in range(len(spans)) if j != k)):
            labels[k] = True
    for k, span in enumerate(spans):
        if labels[k] and opened[k] is not None and occasion_label_today(text, span.start):
            labels[k] = None
    for k in range(len(spans) - 1):
        if (labels[k] is None and labels[k + 1] and spans[k].prior and opened[k] is not None
                and opened[k + 1] == opened[k] and _contrast(text, spans[k], spans[k + 1], opened[k])):
            labels[k] = False
    return [span if label is None or label == span.prior else replace(span, prior=label)
            for span, label in zip(spans, labels, strict=True)]


_MONTH_WORD = re.compile(r"(?i)" + MONTH + r"$")
_MONTH_LABEL_WORD = re.compile(r"(?i)(?:" + MONTH + r"|(?:19|20)\d\d|" + EXAM + r"|vom|von|from|of|the|der|dem|im|in)$")


def _month_part(text: str, start: int, opened: int) -> bool:
    """Round 25: whether the citation's own ";"-part of its bracket (opening at `opened`) is a month label: a month
    word, with at most a year, an exam word and a preposition ("März", "Oktober 2024", "the January CT")."""
    part = text[opened + 1:start]
    words = [w.rstrip(".") or w for w in _words(part[part.rfind(";") + 1:])]
    return (0 < len(words) <= _MAX_WORDS and any(_MONTH_WORD.match(w) for w in words)
            and all(_MONTH_LABEL_WORD.match(w) for w in words))


def _contrast(text: str, a: _Span, b: _Span, opened: int) -> bool:
    """Whether `b` opens a later part of `a`'s own bracket (opening at `opened`) after ";" or "," ("(series 2, image
    88; previously series 2, image 85)"): the labelled neighbour contrasts with the unlabelled citation, which is this
    study's, unless the phrase before the bracket places it on an earlier examination ("Auf der Voraufnahme aus dem
    Jahr 2022 (Serie 3, Bild 40, sowie Vortag Serie 4, Bild 41)")."""
    between = text[a.end:b.start]
    return (";" in between or "," in between) and not _placed_on_prior(text, opened)


def _placed_on_prior(text: str, opened: int) -> bool:
    """Whether the phrase right before the bracket at `opened` is a locative phrase naming an earlier examination
    ("Auf der Voraufnahme ...", "On the prior CT") with no comparison word or measurement in it ("since the previous
    examination", "previously 4 mm" place nothing)."""
    phrase = text[_stop_before(text, opened):opened]
    if _SIZE.search(phrase) or not _ON_PRIOR.search(phrase):
        return False
    words = [w.rstrip(".") or w for w in _words(phrase)]
    if any(_IN_COMPARE.match(w) for w in words):
        return False
    return any(_prior_word(words, k) or (_PRIOR_ADJ.match(w) and any(_EXAM.match(x) for x in words[k + 1:]))
               for k, w in enumerate(words))
