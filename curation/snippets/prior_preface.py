"""An earlier exam named by the citation's sentence head or clause (issue 16, round 28a).

Two mechanisms, each deciding a citation for the earlier exam (never clearing a flag):

- A COMPARISON OR EARLIER-EXAM PREFACE ending in a colon opens the sentence ("Vergleich mit CT vom <date>: dort Herd
  9 mm (pair)", "Zum Vergleich Angiographie 09/2025: Nidus 14 mm (pair)", "Vgl. Vor-MRT Februar 2026: ...", "Outside
  CT <date> reviewed: ...", "PRE-PROCEDURE IMAGING: MRI <date>: ...", "Prior MRI 05/2026 for comparison: ...",
  "Vorbefund: ...", "CTA (Voruntersuchung, heute Morgen): ..."; a dictated "Doppelpunkt" counts as the colon): the
  rest of that sentence is the earlier exam's, up to a now-word or this study named ("Vergleich mit der
  Voruntersuchung: heute ...", "..., jetzt 12 mm (pair)", "in unserem CT", "on today's study") or a change word that
  states today's course ("größenprogredient", "unchanged", "new"). A head that compares or states the course ("Im
  Vergleich zur VU:", "Compared with the prior:", "Befundkonstanz zum Vorbefund vom <date>:") introduces today's
  findings, and a pre-procedure word without an exam ("Präoperative Planung:") names today's exam's purpose: neither
  is a preface.
- AN EARLIER EXAM NAMED INSIDE THE CITATION'S CLAUSE: a pre-/post-operative or pre-procedure exam ("in der
  präoperativen MRT vom <date>", "on the pre-operative CT", "not seen on the post-operative scan"), "postoperativ"
  with a past verb ("war postoperativ nicht abgrenzbar"), a screening exam after a preposition ("in der
  Screening-Mammographie bereits angedeutet"), an exam of the evening or night before or earlier the same day ("in
  der CT vom Vorabend", "on the CT from last night"), a non-native prior compound ("before-MRI", "pre-examination",
  "previous-CT"), and "postoperativ" before a state in a follow-up report ("Verlaufskontrolle. Postoperativ nicht
  abgrenzbar (pair)"). The clause runs from the previous citation's end (or the sentence start, or the last ";") to
  the citation, with no now-word after the named exam. The citation's own bracket may name the earlier exam by its
  month after it ("(IM 66 SE 12 on the August study)"; not today's exam's month).

The miner reads one sentence window at a time and the learned decision sees the window's words only, so
`held_preface` applies both rules after the decision (learned or the grammar's), as `study_past.held_past` does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from curation.snippets.gate import may_hold
from curation.snippets.study_past import on_dates, sentence_of, today_dates
from curation.snippets.timepoint_words import EXAM, MONTH, NOW, SECTION, THEN

__all__ = ["clause_may_hold", "earlier_in_clause", "held_preface", "month_after", "preface_prior"]


class _Span(Protocol):
    start: int
    end: int
    prior: bool


S = TypeVar("S", bound=_Span)

_EXAM = r"(?:CTA|MRA|Angio\w*|DSA|imaging|Bildgebung|" + EXAM + r")"
# A time of day after a now-word dates an earlier exam of the same day ("heute Morgen", "this morning").
_DAYTIME = r"(?:\s+(?:Morgen|morgens?|früh|Früh|Nacht|nachts?|Vormittag|vormittags?|Mittag|mittags?|Abend|abends?))"
# Today's exam or a now-word: the preface's and the clause's reach ends there.
_NOW = re.compile(
    r"(?i)\b(?:" + NOW + r"|nun|currently|present|this\s+(?:scan|study|exam\w*)|on\s+today's|"
    r"unsere[mnrs]?|our|hiesige[nmrs]?)\b(?!" + _DAYTIME + r"|\s+(?:morning|night|afternoon|evening)\b)"
)
# A change word: the clause states today's course against the earlier exam, not the earlier exam's finding.
_CHANGE = re.compile(
    r"(?i)\b(?:größen\w*|progredien\w*|regredien\w*|rückläufig\w*|Progress\w*|Zunahme|Abnahme|zunehmend\w*|"
    r"abnehmend\w*|neu(?:e[nmrs]?)?|new(?:ly)?|increas\w*|decreas\w*|enlarg\w*|grown|larger|smaller|größer\w*|"
    r"kleiner\w*|unverändert\w*|unchanged|stable|stabil\w*|konstant\w*|interval|since|seit\w*|persist\w*|"
    r"remains?|bleibt|resolved|regress\w*|progress\w*|\w*konstanz)\b"
)
# The preface's cue, opening the head: a comparison opener naming an exam ("Vergleich mit", "Zum Vergleich", "Vgl.",
# "Comparison with") or an earlier-exam label ("Outside CT ... reviewed", "Prior MRI ... for comparison", "Vorbefund",
# "Vor-MRT", "PRE-PROCEDURE IMAGING"); or an exam word whose bracket opens with such a label ("CTA (Voruntersuchung,
# heute Morgen):"). A head that names today's exam first ("Thorax-CT im Verlauf, Vergleich mit der externen CT (...):",
# "Thorax-CT (Vergleich mit auswärtigem CT vom <date>):") is today's report heading, no preface.
_EARLIER_LABEL = (
    r"(?:(?:prior|previous|outside|external|earlier|old|baseline)\s+" + _EXAM + r"|"
    r"auswärtige\w*|externe[nmrs]?\b|Fremd-?(?:untersuchung|aufnahme|befund|bild\w*|CT|MRT?|MRI)\b|"
    r"Vor-?(?:CT|MRT?|MRI|PET\S*|Sono\w*|US)\b|Vorbefund\w*|Voruntersuchung\w*|Voraufnahme\w*|(?-i:VU)\b|"
    # a pre-procedure label only with its exam: "PRE-PROCEDURE IMAGING:", "Präoperatives MRT:" (not "Präoperative
    # Planung:", today's exam's purpose)
    r"(?:pre|pr[äe])-?(?:procedur\w*|operativ\w*|op|OP|treatment|therapy|interventional|interventionell\w*|"
    r"therapeutisch\w*)\s+" + _EXAM + r")"
)
_LEAD = r"(?i)\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?"
_COMPARISON_OPENER = (
    r"(?:(?:zum\s+)?Vergleich\s+(?:mit|zu[mr]?)\b|Zum\s+(?:Vergleich|Vgl\.)|Vgl\.|comparison\s+(?:with|to)\b)"
)
_PREFACE_CUE = re.compile(
    _LEAD + r"(?:" + _COMPARISON_OPENER + r"|" + _EARLIER_LABEL + r"|" + _EXAM + r"\s*\(\s*" + _EARLIER_LABEL + r")"
)
# Mend of round 28a: a head that opens with a comparison ("Vergleich mit CT vom <date>:", "Comparison with outside
# MRI:") introduces today's comparative findings; only a clause that places its finding on the earlier exam makes it
# the earlier exam's: "dort", "damals", "there", "at that time", "on that study", an earlier value ("previously",
# "vs."), or a past-tense verb of the finding ("war", "maß", "measured", "was"). A head that names only an earlier
# exam ("Vorbefund:", "Outside CT <date> reviewed:", "PRE-PROCEDURE IMAGING: MRI <date>:") needs none.
_COMPARES = re.compile(_LEAD + _COMPARISON_OPENER)
# An earlier value's word ("damals 9 mm", "up from 9 mm", "vs."): shared by `_EARLIER_SIGNAL` and `_THEN_AFTER`.
# Beyond the shared `THEN` (refs-fix29), the value contrasts "up/down from", "vs.", "versus": they date the value
# after them, which is what this module reads on both sides of a citation (`study_past._THEN_WORD` reads a dated
# clause before the citation only, where "vs." compares two exams rather than labelling one value).
_THEN = THEN + r"|up\s+from|down\s+from|vs\.?|versus"
_EARLIER_SIGNAL = re.compile(
    r"(?i)\b(?:" + _THEN + r"|dort|damalige\w*|there(?!\s+(?:is|are|has|have)\b|'s)|at\s+(?:that|the)\s+time|"
    r"(?:on|in)\s+that\s+(?:study|exam\w*|scan)|war|waren|maß|maßen|zeigte[n]?|hatte[n]?|was|were|had|measured|"
    r"showed)\b"
)
# ... or a now-word before a value later in the sentence ("Herd 7 mm (pair), jetzt 10 mm"): the contrast dates the
# citation's value earlier.
_NOW_VALUE = re.compile(r"(?i)\s*(?:(?:mit|bei|at|of|auf|to)\s+)?\d")


# A head that compares introduces today's findings ("Im Vergleich zur VU: Größenprogredienz", "Compared with ...").
_COMPARING = re.compile(r"(?i)\b(?:im\s+Vergleich|verglichen|compared|in\s+comparison|gegenüber|seit|since)\b")
_SECTION_LAST = re.compile(r"(?i)\b" + SECTION + r"\s*$")
# (`(?i):|\b(?:Doppelpunkt|colon)\b` led by one class of its first characters, each alternative checking it again by a
# look-behind, `(?<!\w.)` after it the `\b` before it: `re` skips ahead to them; mining speed 18)
_COLON = re.compile(r"[:CDcd](?:(?<=:)|(?<!\w.)(?i:(?<=d)oppelpunkt|(?<=c)olon)\b)")
_HEAD_MAX = 90


# After the citation, an earlier value or a course word before any now-word makes the citation's value today's
# ("Vergleich mit Vor-CT: Herd 12 mm (pair), damals 9 mm", "..., größenprogredient", "(pair), up from 9 mm").
_THEN_AFTER = re.compile(r"(?i)\b(?:" + _THEN + r")\b")


def preface_prior(text: str, anchor: int, end: int | None = None, stop: int | None = None) -> bool:
    """Whether the sentence holding `anchor` opens with a comparison or earlier-exam preface ending in a colon before
    `anchor`, and nothing between that colon and `anchor` names today's exam or today's course; nor, from the
    citation's `end` to `stop` (the next citation or the sentence end), an earlier value or a course word before a
    now-word."""
    lo, hi = sentence_of(text, anchor)
    reach = min(anchor, lo + _HEAD_MAX)
    colons = [m for m in _COLON.finditer(text, lo, reach) if _outside_bracket(text, lo, m.start())]
    if not colons:
        return False
    colon = colons[-1]
    head = text[lo : colon.start()]
    if len(colons) > 1 and _SECTION_LAST.search(head) is not None:
        return False  # a space-joined section heading ends the preface: "Voruntersuchung: CT vom <date> Befund: ..."
    if _PREFACE_CUE.match(head) is None or _COMPARING.search(head) is not None or _CHANGE.search(head) is not None:
        return False
    if _NOW.search(head) is not None:
        return False  # "Baseline-CT (heute):", "CT heute, Vergleich mit VU:": today's exam is the head's
    if _NOW.search(text, colon.end(), anchor) is not None or _CHANGE.search(text, colon.end(), anchor) is not None:
        return False
    if ";" in text[colon.end() : anchor]:
        return False  # mend of round 28a: the preface's reach ends at ";" ("Vorbefunde: CT ... und MRT ...; Herd ...")
    if _COMPARES.match(head) is not None and not _earlier_signal(text, colon.end(), anchor, hi):
        return False
    if end is None:
        return True
    tail_end = min(hi, stop) if stop is not None else hi
    now = _NOW.search(text, end, tail_end)
    tail_end = now.start() if now is not None else tail_end
    return _THEN_AFTER.search(text, end, tail_end) is None and _CHANGE.search(text, end, tail_end) is None


def _earlier_signal(text: str, after_colon: int, anchor: int, hi: int) -> bool:
    """Mend of round 28a: whether the clause after a comparison head's colon places the citation at `anchor` on the
    earlier exam (`_EARLIER_SIGNAL` before it), or a now-word before a value follows it in the sentence."""
    if _EARLIER_SIGNAL.search(text, after_colon, anchor) is not None:
        return True
    now = _NOW.search(text, anchor, hi)
    return now is not None and ";" not in text[anchor : now.start()] and _NOW_VALUE.match(text, now.end()) is not None


def _outside_bracket(text: str, lo: int, at: int) -> bool:
    """Whether `at` stands outside every bracket opened since `lo`."""
    depth = 0
    for c in text[lo:at]:
        depth += (c in "([") - (c in ")]")
    return depth <= 0


# An earlier exam named inside the clause: pre-/post-operative, pre-procedure, screening, the day before or earlier
# today, or a non-native prior compound.
# (post- only with surgery: an intervention's "post-procedure scan" is today's session)
_POST = r"post-?\s?(?:operativ\w*|OP|op)"  # the post-operative word, of an earlier exam or of today's (`_OCCASION`)
_PERI = (
    r"(?:pr[äe]-?\s?(?:operativ\w*|OP|op|procedur\w*|interventionell\w*|interventional|therapeutisch\w*|therapeutic)|"
    + _POST
    + r")"
)
_EARLIER_DAY = (
    r"(?:vom\s+(?:Vorabend|Vortag|Vormittag)|von\s+gestern(?:\s+\w+)?|vom\s+gestrigen\s+\w+|"
    r"von\s+heute\s+(?:Morgen|früh|Nacht|Vormittag)|from\s+(?:yesterday|last\s+night|earlier\s+today|"
    r"this\s+morning)|(?:done|performed|obtained|acquired)\s+(?:yesterday|last\s+night|earlier\s+today))"
)
# Mend of round 29: "im" holds its article ("Im CT vom Vormittag"); the adjective "gestrig" names the day before ("In
# der gestrigen CT", as "yesterday's CT"); the English "pre-therapeutic".
_EARLIER_IN_CLAUSE = re.compile(
    r"(?i)(?<!\w)(?:(?:in|im|auf|on|at|from)\s+(?:der|dem|den|the)|im)\s+(?:(?:"
    + _PERI
    + r"|Screening-?\s?)\s*"
    + _EXAM
    + r"|"
    + _EXAM
    + r"\s+"
    + _EARLIER_DAY
    + r"|(?:yesterday's|gestrig\w*)\s+"
    + _EXAM
    + r")"
    r"|(?<![\w-])(?:before|pre|previous|prior|earlier)-(?:MRI|MRT|CT|PET|exam\w*|stud(?:y|ies)|scan)\b"
    r"|\bpostoperati(?:v|vely)\b"
)
_PAST = re.compile(r"(?i)\b(?:war|waren|hatte[n]?|was|were|had)\b")
# ... "postoperativ" before a state ("postoperativ nicht abgrenzbar", "post-operatively not seen") in a follow-up
# report: the post-operative exam is an earlier one (not in "Postoperative Kontrolle", the first check after surgery).
# (mend of round 28a: a present state, "Drainage postoperativ noch vorhanden", is today's: only a state denied or
# "bereits"/"already" one counts)
_POSTOP_STATE = re.compile(
    r"(?i)\s+(?:(?:(?:noch|bereits|schon|still|already)\s+)?(?:nicht|not)\s+|(?:bereits|schon|already)\s+)"
    r"(?:abgrenzbar|sichtbar|nachweisbar|erkennbar|vorhanden|seen|visible|present|evident)\b"
)
# Mend of round 28a: today's exam is itself the post-operative or screening exam when the report's heading (its
# first sentence, holding no citation) names it so ("Post-operative CT day 1 after colectomy.", "Screening
# mammogram.", "Low-dose screening CT.", "Screening-Mammographie."): the clause's "on the post-operative CT" is today's.
_OCCASION = r"(?:" + _POST + r"|screening)"
_OWN_OCCASION = re.compile(r"(?i)\s*(?:[\w-]+\s+)?" + _OCCASION + r"-?\s?(?:[\w-]+\s+)?" + _EXAM + r"\b")
_FOLLOW_UP = re.compile(r"(?i)\b(?:Verlauf\w*|follow-?up|Nachsorge|surveillance)\b")
# The citation's own bracket names an earlier exam by its month after it: "(IM 66 SE 12 on the August study)",
# "(Se 12 Bi 66 im CT vom August)".
_MONTH_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:(?:on|in|from)\s+the\s+" + MONTH + r"(?:\s+(?:19|20)\d\d)?\s+" + _EXAM + r"|"
    r"(?:im|in\s+der|auf\s+der|aus\s+der)\s+"
    + _EXAM
    + r"\s+(?:vom|von|aus\s+dem)\s+"
    + MONTH
    + r"(?:\s+(?:19|20)\d\d)?)\s*[)\]]"
)


def earlier_in_clause(text: str, anchor: int, floor: int) -> bool:
    """Whether the clause before `anchor` (from `floor`, the previous citation's end, the sentence start or the last
    ";") names an earlier exam (`_EARLIER_IN_CLAUSE`) with no now-word after it; "postoperativ" alone counts only
    with a past verb in the clause ("war postoperativ nicht abgrenzbar", not "Postoperativ regelrechte Lage")."""
    lo, _ = sentence_of(text, anchor)
    start = max(lo, floor, anchor - 160)
    start = max(start, text.rfind(";", start, anchor) + 1)  # the clause starts after its last ";"
    named = list(_EARLIER_IN_CLAUSE.finditer(text, start, anchor))
    if not named or _NOW.search(text, named[-1].end(), anchor) is not None:
        return False
    found = named[-1].group(0).lower()
    if found.startswith("postoperati"):
        # mend of round 28a: the past verb in the adverb's own comma part ("war postoperativ nicht abgrenzbar"), not
        # the surgery's ("Patient was operated yesterday, postoperatively small seroma")
        part = max(start, text.rfind(",", start, named[-1].start()) + 1)
        return _PAST.search(text, part, anchor) is not None or (
            _POSTOP_STATE.match(text, named[-1].end()) is not None and _FOLLOW_UP.search(text) is not None
        )
    if _OWN_OCCASION_WORD.search(found) is not None and _own_occasion(text, lo, found):
        return False
    return _COMPARING.search(text, start, named[-1].start()) is None


_OWN_OCCASION_WORD = re.compile(r"(?i)" + _OCCASION)


def _own_occasion(text: str, lo: int, found: str) -> bool:
    """Mend of round 28a: whether the report's heading (its first sentence, ending before `lo`, the citation's sentence)
    names today's exam by the same occasion (post-operative or screening) as the clause's earlier exam `found`."""
    head_lo, head_hi = sentence_of(text, 0)
    if head_hi > lo:
        return False
    head = _OWN_OCCASION.match(text, head_lo, head_hi)
    if head is None:
        return False
    today, named = _OWN_OCCASION_WORD.search(head.group(0)), _OWN_OCCASION_WORD.search(found)
    return today is not None and named is not None and today.group(0).lower()[:4] == named.group(0).lower()[:4]


def month_after(text: str, end: int, today: set[tuple[int, int]] | None = None) -> bool:
    """Whether the citation ending at `end` goes on, in its own bracket, with an earlier exam named by a month that is
    not today's exam's ("(IM 66 SE 12 on the August study)"; `today`: `today_dates(text)` where the caller has it)."""
    found = _MONTH_AFTER.match(text, end)
    return found is not None and not on_dates(found.group(0), today_dates(text) if today is None else today)


# Cheap gates before the per-citation checks: a colon for a preface; for an earlier exam in the clause, one of the
# clause pattern's key strings in the text before the citations (a substring test, no regex scan). The gate must be
# NECESSARY for `_EARLIER_IN_CLAUSE` (refs-fix29): every text the pattern matches passes it. So each key is a
# substring of every form of one of the pattern's alternatives, read as the pattern reads it: case folded
# (`gate.may_hold` passes a text with a letter that folds to ASCII, "geſtern"), every run of whitespace one space
# (`\s+` reads doubled, no-break and tab spaces alike: "pre\u00a0operative", "heute  Morgen"), and an inflected word
# by its stem ("gestrig" for "vom gestrigen Abend", beside "gestern"). tests/curation/snippets/test_refs_fix29.py draws
# random forms of the pattern and checks each passes.
_CLAUSE_KEYS = (
    "prä",  # pr[äe]-?\s?(operativ|OP|procedur|interventionell|therapeutisch...)
    "prae",
    "pre-",
    "pre ",
    "preop",
    "preproc",
    "preinterv",
    "prether",
    "post",  # post-?\s?(operativ|OP), postoperativ(ely)
    "screening",
    "vorabend",
    "vortag",
    "vormittag",
    "gestern",  # von gestern
    "gestrig",  # vom gestrigen <Abend>
    "yesterday",
    "last night",
    "earlier today",
    "this morning",
    "heute morgen",
    "heute früh",
    "heute nacht",
    "heute vormittag",
    "-mri",
    "-mrt",
    "-ct",
    "-pet",
    "-exam",
    "-stud",
    "-scan",
)


def clause_may_hold(near: str) -> bool:
    """False where `_EARLIER_IN_CLAUSE` cannot match `near` (the text before a window's citations): no
    `_CLAUSE_KEYS` stem in its lower-cased, space-collapsed form and no case-folding letter in it."""
    return may_hold(near, " ".join(near.lower().split()), _CLAUSE_KEYS)


def held_preface(text: str, spans: Sequence[S], today: set[tuple[int, int]] | None = None) -> list[S]:
    """`spans` (one window's decided citations, in order) with the earlier exam set where a preface or an earlier
    exam in the clause names it (never clearing a flag); `today`: the text's `study_past.today_dates`, where the
    caller has them (one report, many windows)."""
    if not spans or all(span.prior for span in spans):
        return list(spans)
    first, last = spans[0].start, spans[-1].start  # a sentence head lies at most 400 characters before its citation
    colon = _COLON.search(text, max(0, first - 400), last) is not None
    clause = clause_may_hold(text[max(0, first - 160) : last])
    out, floor = [], 0
    for k, span in enumerate(spans):
        stop = spans[k + 1].start if k + 1 < len(spans) else None
        if not span.prior and (
            (colon and preface_prior(text, span.start, span.end, stop))
            or (clause and earlier_in_clause(text, span.start, floor))
            or month_after(text, span.end, today)
        ):
            span = replace(span, prior=True)  # type: ignore[type-var]
        out.append(span)
        floor = span.end
    return out
