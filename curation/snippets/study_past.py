"""The earlier exam a PAST-TENSE sentence names (issue 16, round 26).

Two mechanisms, each deciding a citation for the earlier exam (never clearing a flag):

- A DATED EARLIER EXAM AS THE SUBJECT of a past-tense sentence: the sentence opens with an exam named by its date,
  month or year ("The CT in June had shown ...", "The examination of 2 May 2025 revealed ...", "Die MRT vom Mai wies
  ... auf", "Last month's CT showed ...") and a past-tense verb follows before the citation: the sentence's first
  citation is that exam's image, unless a now-word or today's exam stands between ("The MRI of 05/2025 showed a
  longer stricture, today 4 cm (pair)"). An undated subject ("The MRI showed ...", "Das heutige MRT zeigte ...") is
  today's exam narrated in the past tense and decides nothing.
- A MONTH OR DATE OF A COMPARISON EXAM in the citation's clause: a "Comparison:" / "Vergleich:" line lists the earlier
  exams ("Comparison: MRI 06/2025, MRI 02/2025"); a later citation whose clause names one of their months or dates
  after "in", "im", "on", "am" ("Signal was brighter in June (pair)", "Im September zeigte sich ... (pair)", "Am
  12.05. war ... (pair)") in a past-tense sentence is that exam's image. Today's month or date (an "Exam date:" /
  "Untersuchung vom" line), "since March" / "seit Mai", a month after the citation, and a now-word between the month
  and the citation decide nothing.

Mend of rounds 26/27: today's exam date comes from an exam-date line or the report's dated heading ("CT CHEST,
December 7, 2026."); a subject dated today's exam, or a clause naming today's date with its day, is today's (a flag from
one sentence's reading is undone); the subject's scope ends at ";", a change up to today ("which has grown to", "der
inzwischen ... misst") or a present measure; a comparison month that dates an event closed by a comma ("Im Mai war eine
Biopsie erfolgt, Biopsiekanal (...)", "a stent placed in June, which is patent (...)") names no exam's image.

The subject rule is applied in `study_clause.clause_study` with the prior-exam frame (a comparison or clause opener
still decides after it, a label in the citation's own part last). The miner reads one sentence at a time, so
`held_past` applies both rules again on the whole text after the decision (learned or the grammar's): the comparison
line is never in the citation's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from curation.snippets.gate import fold_lower, may_hold
from curation.snippets.timepoint_words import EXAM, MONTH, SEASON, THEN
from curation.snippets.timepoints import _MONTHS

__all__ = [
    "comparison_dates",
    "comparison_month",
    "comparison_season",
    "date_keys",
    "held_past",
    "on_dates",
    "past_subject",
    "report_dates",
    "sentence_of",
    "today_dates",
]


class _Span(Protocol):
    start: int
    end: int
    prior: bool


S = TypeVar("S", bound=_Span)

# "[.!?](?=\s+[A-ZÄÖÜ])|\n" with one literal-led alternative per stop (mining speed 18: `re` skips ahead to the first
# characters of an alternation only where each alternative opens on a literal)
_SENTENCE_STOP = re.compile("|".join(re.escape(c) + r"(?=\s+[A-ZÄÖÜ])" for c in ".!?") + r"|\n")
# A past-tense verb (German and English), the auxiliaries of a past perfect included.
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|showed|shown|demonstrated|revealed|measured|enhanced|appeared|displayed|"
    r"depicted|exhibited|contained|extended|zeigte[n]?|war(?:en)?|maß(?:en)?|hatte[n]?|fand(?:en)?|"
    r"wies(?:en)?|bestand(?:en)?|lag(?:en)?|imponierte[n]?|reichte[n]?|stellte[n]?)\b"
)
_NOW = re.compile(
    r"(?i)\b(?:now|today|currently|current|aktuell\w*|jetzt|heute|heutige\w*|nun|this\s+(?:scan|study|"
    r"exam\w*))\b"
)
# Mend of round 26: where the past-tense subject's scope ends before the citation: a ";" (a new clause), a change up to
# today ("which has grown to", "has since been resected", "der inzwischen ... misst") or a present-tense measure.
_SCOPE_END = re.compile(
    r"(?i);|\b(?:ha[sv]e?\s+(?:since\s+|now\s+)?(?:grown|increased|decreased|enlarged|shrunk|progressed|regressed|"
    r"been)|inzwischen|mittlerweile|zwischenzeitlich|since\s+then|meanwhile|measures|misst|messen|beträgt)\b"
)
# An event, not an exam's image, in a comparison exam's month ("Im Mai war eine Biopsie erfolgt", "had a stent placed
# in June", "was treated with antibiotics", "first noted in March"): the month dates the event and decides nothing.
_EVENT = re.compile(
    r"(?i)\b(?:biops\w*|Biopsie\w*|Punktion\w*|punktiert\w*|stent\w*|placed|implant\w*|eingelegt|erfolgt|"
    r"durchgeführt|performed|operiert|Operation|surgery|resect\w*|reseziert\w*|treated|behandelt|Therapie\w*|"
    r"therapy|admitted|aufgenommen|Chemo\w*|Radiatio\w*|radiation|ablat\w*|Ablation|emboli[sz]\w*|"
    r"first\s+(?:noted|seen|detected|described|diagnosed)|erstmals|diagnosed|diagnostiziert)\b"
)
_EXAM = r"(?:CTA|MRA|imaging|" + EXAM + r")"
_MONTH_DATE = (
    r"(?:\d{1,2}\.?\s+)?" + MONTH + r"(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d\d)?|"
    r"\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d\d)?|\d{1,2}/\d{1,2}/(?:19|20)?\d\d|\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d"
)
# The sentence's subject: an exam (a Vor-/outside one too) named by its date or month, or "last month's CT".
_SUBJECT = re.compile(
    r"(?i)\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*)?(?:(?:the|das|die|der)\s+)?"
    r"(?:(?:last\s+(?:month|week|year)|yesterday)'s\s+"
    + _EXAM
    + r"|(?:(?:previous|prior|outside|external|earlier|auswärtige\w*|externe\w*|frühere\w*)\s+)?"
    r"(?:(?:Vor|Fremd)-?)?"
    + _EXAM
    + r"\s+(?:of|from|in|on|dated|vom|von|im|am|aus\s+dem)\s+(?:the\s+)?(?:"
    + _MONTH_DATE
    + r"))(?!\w)"
)


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding offset `at`."""
    lo = 0
    for m in _SENTENCE_STOP.finditer(text, max(0, at - 400), at):
        lo = m.end()
    stop = _SENTENCE_STOP.search(text, at)
    return lo, stop.start() if stop else len(text)


def past_subject(text: str, anchor: int, floor: int) -> bool:
    """Whether the sentence holding `anchor` opens with a dated earlier exam as its subject and a past-tense verb, and
    the citation at `anchor` is its first (`floor`: the previous citation's end) with no now-word between."""
    lo, _ = sentence_of(text, anchor)
    head = _SUBJECT.match(text, lo)
    return (
        head is not None
        and floor <= head.end() <= anchor
        and _PAST.search(text, head.end(), anchor) is not None
        and _NOW.search(text, head.end(), anchor) is None
        and _SCOPE_END.search(text, head.end(), anchor) is None
    )


def _subject_today(text: str, anchor: int, today: set[tuple[int, int]]) -> bool:
    """Whether the dated subject of the sentence holding `anchor` is dated today's exam (`today`: its (month, day)
    keys; a day left out on either side matches the month)."""
    head = _SUBJECT.match(text, sentence_of(text, anchor)[0])
    return head is not None and on_dates(head.group(0), today)


def on_dates(found: str, dates: set[tuple[int, int]]) -> bool:
    """Whether a date or month in `found` falls on one of `dates` ((month, day) keys; a day left out on either side
    matches the month)."""
    return any(
        (month, day) in dates or (month, 0) in dates or (day == 0 and any(month == m for m, _ in dates))
        for month, day in date_keys(found)
    )


# A comparison line and the exam-date line; the month or date a clause names after "in"/"im"/"on"/"am".
_COMPARISON_LINE = re.compile(
    r"(?im)(?:^|(?<=[.;]\s))[ \t]*(?:comparisons?|prior\s+stud(?:y|ies)|"
    r"Vergleich(?:suntersuchung(?:en)?)?|Voruntersuchung(?:en)?)\s*:(?P<body>[^\n]*)"
)
# Every match of these two holds one of their stems (lower case; `gate.may_hold`).
_COMPARISON_STEMS = ("compar", "prior", "vergleich", "voruntersuchung")
_EXAM_DATE_STEMS = ("exam", "date", "untersuchung", "datum")
_EXAM_DATE = re.compile(
    r"(?i)\b(?:exam(?:ination)?\s+date|date\s+of\s+(?:exam\w*|study)|Untersuchungsdatum|"
    r"Untersuchung\s+vom|Datum)\s*:?\s*(?P<date>" + _MONTH_DATE + r")"
)
# The report's heading line that dates today's exam: "CT CHEST, December 7, 2026." / "CT Thorax vom 07.12.2026."
_HEADING_DATE = re.compile(r"(?im)^[ \t]*" + _EXAM + r"\b[^\n:.\d]{0,40}?(?P<date>" + _MONTH_DATE + r")\.?[ \t]*$")
_DATE_PARTS = re.compile(
    r"(?i)(?:(?P<d1>\d{1,2})\.?\s+)?(?P<m>" + MONTH + r")|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.|"
    r"(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?:19|20)?\d\d|(?P<m4>\d{1,2})/(?:19|20)\d\d"
)
_CLAUSE_MONTH = re.compile(
    r"(?i)(?<!\w)(?:in|im|on|am)\s+(?P<date>(?:\d{1,2}\.?\s+)?" + MONTH + r"(?:\s+\d{1,2})?|\d{1,2}\.\d{1,2}\.)"
)
_CLAUSE_STOP = re.compile(r"[;:|]|[.!?](?=\s+[A-ZÄÖÜ])|[)\]]|\n")


def date_keys(found: str) -> set[tuple[int, int]]:
    """The (month, day) of each date or month in `found` (day 0 where none is written)."""
    out = set()
    for m in _DATE_PARTS.finditer(found):
        if m.group("m"):
            month, day = _MONTHS.get(fold_lower(m.group("m"))[:3]), m.group("d1")
        else:
            month = int(m.group("m2") or m.group("m3") or m.group("m4"))
            day = m.group("d2") or m.group("d3")
            if m.group("m3") and month > 12 and day and int(day) <= 12:
                month, day = int(day), m.group("m3")  # round 28a: a day-first UK date, "20/07/2026"
        if month and 1 <= month <= 12:
            out.add((month, int(day) if day else 0))
    return out


def comparison_dates(text: str, today: set[tuple[int, int]] | None = None) -> set[tuple[int, int]]:
    """The (month, day) keys of the exams a comparison line lists, today's month left out (`today`: `today_dates(text)`
    where the caller has it)."""
    if ":" not in text:
        return set()
    listed: set[tuple[int, int]] = set()
    if not may_hold(text, text.lower(), _COMPARISON_STEMS):
        return listed
    for m in _COMPARISON_LINE.finditer(text):
        listed |= date_keys(m.group("body"))
    if not listed:
        return listed
    months = {month for month, _ in (today_dates(text) if today is None else today)}
    return {k for k in listed if k[0] not in months}


def today_dates(text: str) -> set[tuple[int, int]]:
    """The (month, day) keys of today's exam: an exam-date line or the report's dated heading."""
    exam_date = may_hold(text, text.lower(), _EXAM_DATE_STEMS)
    found = [*(_EXAM_DATE.finditer(text) if exam_date else ()), *_HEADING_DATE.finditer(text)]
    return {key for m in found for key in date_keys(m.group("date"))}


ReportDates = tuple[set[tuple[int, int]], set[tuple[int, int]]]


def report_dates(text: str) -> ReportDates:
    """(`comparison_dates`, `today_dates`) of the whole report, found once per report (the rules ask per citation)."""
    today = today_dates(text)
    return comparison_dates(text, today), today


def comparison_month(text: str, anchor: int, floor: int, listed: set[tuple[int, int]]) -> bool:
    """Whether the clause before `anchor` (from `floor`, the previous citation's end) names the month or date of a
    listed comparison exam after "in"/"im"/"on"/"am", with no now-word after it, in a past-tense sentence."""
    if not listed:
        return False
    lo, _ = sentence_of(text, anchor)
    start = _clause(text, anchor, floor)
    named = list(_CLAUSE_MONTH.finditer(text, start, anchor))
    if not named or any(cue.search(text, named[-1].end(), anchor) for cue in (_NOW, _SCOPE_END)):
        return False
    if _event_closed(text, start, named[-1].end(), anchor):
        return False
    if not on_dates(named[-1].group("date"), listed):
        return False
    return _PAST.search(text, lo, anchor) is not None


# Round 28a: a season adverb ("im Frühjahr", "in the spring", "im Herbst") and the months it spans.
_CLAUSE_SEASON = re.compile(r"(?i)(?<!\w)(?:in|im)\s+(?:the\s+|dem\s+)?(?P<season>" + SEASON + r")(?!\w)")
_SEASON_MONTHS = {
    "frü": (3, 4, 5),
    "spr": (3, 4, 5),
    "som": (6, 7, 8),
    "sum": (6, 7, 8),
    "her": (9, 10, 11),
    "aut": (9, 10, 11),
    "fal": (9, 10, 11),
    "win": (12, 1, 2),
}
_SEASON_REACH = 60
# Mend of round 28a: the season labels a measured value right after it ("im Frühjahr 8 mm", "in the summer the lesion
# measured 12 mm"; at most three words between, no comma) or names an exam ("In the summer CT, ..."); a season that
# dates an event ("Injured in the fall, rib fracture", "Im Sommer bioptisch gesicherter Herd, 9 mm") decides nothing.
_SEASON_VALUE = re.compile(r"(?i)(?:\s+[^\W\d_]+){0,3}?\s+\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|\s+" + _EXAM + r"\b")


def comparison_season(text: str, anchor: int, floor: int, listed: set[tuple[int, int]]) -> bool:
    """Round 28a: whether the clause before `anchor` (from `floor`, the previous citation's end) names, at most
    `_SEASON_REACH` characters before it, a season in which a listed comparison exam falls ("Vergleich: CT 15.04.2026.
    - Läsion jetzt 9 mm (...), im Frühjahr 7 mm (...)"), with no now-word or change up to today after it and no event
    that the season dates ("Im Sommer Radiatio; ..."). A season adverb labels the value after it as a month does
    (the grammar's `_EARLIER_LABEL`), so no past verb is needed; a season no comparison exam has decides nothing."""
    if not listed:
        return False
    start = max(_clause(text, anchor, floor), anchor - _SEASON_REACH)
    named = list(_CLAUSE_SEASON.finditer(text, start, anchor))
    if not named or any(cue.search(text, named[-1].end(), anchor) for cue in (_NOW, _SCOPE_END)):
        return False
    months = _SEASON_MONTHS[fold_lower(named[-1].group("season"))[:3]]
    value = _SEASON_VALUE.match(text, named[-1].end(), anchor)
    return (
        value is not None
        and _EVENT.search(text, named[-1].end(), value.end()) is None
        and any(month in months for month, _ in listed)
        and not _event_closed(text, start, named[-1].end(), anchor)
    )


# A word that places a finding on the earlier exam ("damals 9 mm", "previously"): a dated clause with it is no today's.
# Beyond the shared `THEN` (refs-fix29): the inflected adjective "frühere(n)" ("in der früheren CT vom Mai") and
# "then" ("in May then 9 mm") name the earlier exam BEFORE the citation, which is where this check looks; after a
# citation (`prior_preface._THEN_AFTER`) "then" is a sequence word ("(pair), then a second lesion") and is left out.
_THEN_WORD = re.compile(r"(?i)\b(?:" + THEN + r"|früher\w*|then)\b")


def _clause(text: str, anchor: int, floor: int) -> int:
    """Where the clause before `anchor` starts (after `floor`, the previous citation's end, and the last stop)."""
    lo, _ = sentence_of(text, anchor)
    start = max(lo, floor, anchor - 100)
    stops = list(_CLAUSE_STOP.finditer(text, start, anchor))
    return stops[-1].end() if stops else start


def dated_today(text: str, anchor: int, floor: int, listed: set[tuple[int, int]], today: set[tuple[int, int]]) -> bool:
    """Mend of round 26: whether the clause before `anchor` is today's although the decision read it earlier: it names
    today's exam date with its day ("CT Thorax vom 07.12.2026. ... Am 07.12. war die Patientin nüchtern, Herd 9 mm
    (...)"), or a comparison exam's month dates an event whose clause a comma closes before a finding with no past verb
    ("Im Mai war eine Biopsie erfolgt, Biopsiekanal (...)"); never with a then-word before the citation."""
    if not listed and not today:
        return False  # neither today's date nor a comparison month to name
    start = _clause(text, anchor, floor)
    named = list(_CLAUSE_MONTH.finditer(text, start, anchor))
    if not named or _THEN_WORD.search(text, named[-1].end(), anchor) is not None:
        return False
    keys = date_keys(named[-1].group("date"))
    if any(day and (month, day) in today for month, day in keys):
        return True
    return any(k in listed or (k[1] == 0 and any(k[0] == m for m, _ in listed)) for k in keys) and _event_closed(
        text, start, named[-1].end(), anchor
    )


def _event_closed(text: str, start: int, named_end: int, anchor: int) -> bool:
    """Whether the clause from `start` names an event ("Biopsie erfolgt", "stent placed") that a comma after the month
    (ending at `named_end`) closes before a finding with no past verb ("..., Biopsiekanal (...)", "..., which is patent
    (...)"); "Im Mai war nach Biopsie ein Hämatom (...)" is the month's finding."""
    comma = text.rfind(",", named_end, anchor)
    return comma >= 0 and _EVENT.search(text, start, comma) is not None and _PAST.search(text, comma, anchor) is None


def held_past(text: str, spans: Sequence[S], dates: ReportDates | None = None) -> list[S]:
    """`spans` (one sentence window's decided citations, in order) with the earlier exam set where one of this
    module's rules names it (the learned decision sees the sentence only, not the comparison line); `dates`: the
    text's `report_dates`, where the caller has them (one report, many windows)."""
    if not spans:
        return list(spans)
    listed, today = report_dates(text) if dates is None else dates
    out, floor = [], 0
    for span in spans:
        subject = past_subject(text, span.start, floor)
        if (subject and today and _subject_today(text, span.start, today)) or (
            dated_today(text, span.start, floor, listed, today)
        ):
            # the dated subject or clause is today's exam: a reading of one sentence (no date line) is undone
            span = replace(span, prior=False) if span.prior else span  # type: ignore[type-var]
        elif not span.prior and (
            subject
            or comparison_month(text, span.start, floor, listed)
            or comparison_season(text, span.start, floor, listed)
        ):
            span = replace(span, prior=True)  # type: ignore[type-var]
        out.append(span)
        floor = span.end
    return out
