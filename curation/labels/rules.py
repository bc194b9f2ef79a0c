"""The rule-based report labeller: lexicon mentions in findings/impression sentences, read through scopes.

Sections come from the report structure (curation/reports/structure.py): mentions in the indication
(clinical question, history), comparison and technique sections are not findings. Sentences a line wrap cut
in two are joined again. Per label: positive if any mention is present or suspected, uncertain when every
positive mention was only suspected; the evidence is the first sentence with a present mention (else the first
suspected one), as written in the report. A consolidation is also a lung opacity (CT-RATE's usage).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from curation.labels.lexicon import DIRECT, ORGAN_BOUND, ORGAN_RULES, ORGANS, STEMS
from curation.labels.record import ReportLabels
from curation.labels.scopes import Status, mask_uncertain_phrases, mention_status
from curation.reports.structure import find_sections, split_sentences

FINDING_SECTIONS = frozenset({"findings", "impression", "other"})
_TERMINAL = tuple(".!?;:")
_BULLET = re.compile(r"[-•*–]|\d{1,2}[.)]\s")
_WRAPPED_LINE_CHARS = 50
# A line ending in one of these words cannot end a sentence ("Keine\nInfiltrate").
_OPEN_END = re.compile(r"(?<![\wäöüß])(?:kein\w*|ohne|mit|und|oder|sowie|der|die|das|des|dem|den|ein\w*|im|in|am|"
                       r"an|von|zu|zur|zum|bei|no|not|with|without|and|or|of|the|a|an|at|to|for|is|are)$",
                       re.IGNORECASE)
_NO_TEMPORALITY = frozenset({"medical_material"})
_IMPLIES = {"consolidation": "lung_opacity"}


def finding_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in the findings / impression sections, wrapped lines joined."""
    for section in find_sections(text):
        if section.name not in FINDING_SECTIONS:
            continue
        current: tuple[int, int] | None = None
        for s in split_sentences(text, section.start, section.end, section.name):
            if current is not None and _continues(text, current, s.start):
                current = (current[0], s.end)
                continue
            if current is not None:
                yield current
            current = (s.start, s.end)
        if current is not None:
            yield current


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the sentence at `start` is the rest of `previous`, cut by a line wrap."""
    if text[previous[1] - 1] in _TERMINAL or _BULLET.match(text, start):
        return False
    line_start = text.rfind("\n", 0, previous[1]) + 1
    return (previous[1] - line_start >= _WRAPPED_LINE_CHARS or text[start].islower()
            or _OPEN_END.search(text, line_start, previous[1]) is not None)


def _organs(low: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), organ) for organ, rx in ORGANS.items() for m in rx.finditer(low)]


def _nearest_organ(low: str, organs: list[tuple[int, int, str]], start: int, end: int, *,
                   clause_only: bool = False) -> str | None:
    """The organ the word at start:end belongs to: in its own comma clause first, preceding first."""
    clause_start = max(low.rfind(",", 0, start), low.rfind(";", 0, start)) + 1
    ends = [i for i in (low.find(",", end), low.find(";", end)) if i >= 0]
    clause_end = min(ends) if ends else len(low)
    best: tuple[int, int, int, str] | None = None
    for o_start, o_end, organ in organs:
        gap = max(o_start - end, start - o_end, 0)
        outside = int(not clause_start <= o_start < clause_end)
        if outside and clause_only:
            continue
        key = (outside, gap, 0 if o_start <= start else 1, organ)
        if best is None or key < best:
            best = key
    return best[3] if best else None


def _has_stem(low: str, rx: re.Pattern[str]) -> bool:
    stems = STEMS.get(rx)
    return stems is None or any(stem in low for stem in stems)


def sentence_mentions(low: str) -> Iterator[tuple[str, Status]]:
    """(label, status) of every mention in one lower-cased, masked sentence."""
    organs: list[tuple[int, int, str]] | None = None
    for label, rx in DIRECT.items():
        if not _has_stem(low, rx):
            continue
        rule = ORGAN_RULES.get(label)
        for m in rx.finditer(low):
            target = label
            if rule is not None and rule.words.match(m.group()):
                organs = _organs(low) if organs is None else organs
                organ = _nearest_organ(low, organs, m.start(), m.end(), clause_only=True)
                if organ in rule.redirect:
                    target = rule.redirect[organ]
                elif organ is not None and rule.allowed is not None and organ not in rule.allowed:
                    continue
            yield target, mention_status(low, m.start(), m.end(), temporal=target not in _NO_TEMPORALITY)
    for bound in ORGAN_BOUND:
        if not _has_stem(low, bound.word):
            continue
        for m in bound.word.finditer(low):
            organs = _organs(low) if organs is None else organs
            if _nearest_organ(low, organs, m.start(), m.end()) == bound.organ:
                yield bound.label, mention_status(low, m.start(), m.end())


def label_report(text: str) -> ReportLabels:
    """Labels of one report text (German or English)."""
    present: dict[str, str] = {}
    suspected: dict[str, str] = {}
    for start, end in finding_sentences(text):
        sentence = text[start:end]
        low = mask_uncertain_phrases(sentence.lower().replace("\n", " "))
        for label, status in sentence_mentions(low):
            if status is Status.PRESENT:
                present.setdefault(label, sentence)
            elif status is Status.UNCERTAIN:
                suspected.setdefault(label, sentence)
    for source, implied in _IMPLIES.items():
        for found in (present, suspected):
            if source in found and implied not in present:
                found.setdefault(implied, found[source])
    evidence = {**{k: v for k, v in suspected.items() if k not in present}, **present}
    return ReportLabels(positive=frozenset(evidence), uncertain=frozenset(evidence) - frozenset(present),
                        evidence=evidence, source="rules")
