"""Structured findings from report text: finding, organ, negation (NegEx-style), size, sentence.

The sentence is kept as an exact substring of the report: it becomes the evidence of the items built
from the finding, so validation can find it verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.vqa.lexicon import (
    FINDING_RES,
    ORGAN_RES,
    POST_NEG_RE,
    PRE_NEG_RE,
    SCOPE_END_RE,
    SIZE_RE,
    Finding,
    Organ,
)

NEGATION_WINDOW_WORDS = 6


@dataclass(frozen=True)
class ReportFinding:
    """A finding (or, with finding None, an organ stated normal) in one report sentence."""

    finding: Finding | None
    organ: Organ | None
    negated: bool
    size: str | None
    sentence: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.finding.key if self.finding else "", self.organ.key if self.organ else "")


_BOUNDARY_RE = re.compile(r"[.!?]+(?=\s|$)|\n")
# A period after these is an abbreviation, not a sentence end ("ca. 14 mm", "V.a. Metastase").
_ABBREVIATIONS = frozenset({"ca", "z.b", "v.a", "z.n", "dr", "med", "li", "re", "bzw", "ggf", "vs", "etc", "se",
                            "bi", "nr", "st", "e.g", "i.e", "approx", "segm", "max", "min", "mind", "bds"})
_FINDINGS_HEADER_RE = re.compile(r"^\s*(?:befund|beurteilung|findings|impression)\s*:", re.IGNORECASE | re.MULTILINE)
# Suspected, prior or asked-about findings are not facts of this image: no yes/no answer from them.
_UNCERTAIN_RE = re.compile(r"\b(?:v\.\s?a\.|verdacht|fraglich|z\.\s?n\.|rule out|suspected|prior|history of)"
                           r"|\?", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Report sentences as exact, stripped substrings of `text` (abbreviations and decimals kept)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group().startswith("."):
            words = text[start:m.start()].split()
            if words and words[-1].casefold().lstrip("(") in _ABBREVIATIONS:
                continue
        piece = text[start:m.start()].strip()
        if len(piece) > 2:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if len(tail) > 2:
        out.append(tail)
    return out


def findings_part(text: str) -> str:
    """From the first findings / impression header on (clinical history is not a finding); else all."""
    m = _FINDINGS_HEADER_RE.search(text)
    return text[m.end():] if m else text


def _words_between(text: str) -> int:
    return len(text.split())


def _negated(sentence: str, start: int, end: int) -> bool:
    """True when a negation trigger governs the span [start, end) of the sentence."""
    for m in PRE_NEG_RE.finditer(sentence, 0, start):
        between = sentence[m.end():start]
        if _words_between(between) <= NEGATION_WINDOW_WORDS and not SCOPE_END_RE.search(between):
            return True
    for m in POST_NEG_RE.finditer(sentence, end):
        between = sentence[end:m.start()]
        if _words_between(between) <= NEGATION_WINDOW_WORDS and not SCOPE_END_RE.search(between):
            return True
    return False


def _nearest_organ(sentence: str, position: int) -> Organ | None:
    best: tuple[int, Organ] | None = None
    for organ, pattern in ORGAN_RES:
        for m in pattern.finditer(sentence):
            distance = abs(m.start() - position)
            if best is None or distance < best[0]:
                best = (distance, organ)
    return best[1] if best else None


def extract_findings(text: str) -> list[ReportFinding]:
    """Findings in report order, one per (finding, organ) pair; normal organs as finding-less entries."""
    found: list[ReportFinding] = []
    seen: set[tuple[str, str]] = set()
    for sentence in sentences(findings_part(text)):
        if _UNCERTAIN_RE.search(sentence):
            continue
        hits = [(m, finding) for finding, pattern in FINDING_RES for m in pattern.finditer(sentence)]
        hits.sort(key=lambda hit: hit[0].start())
        for m, finding in hits:
            size = SIZE_RE.search(sentence, m.start()) or SIZE_RE.search(sentence)
            record = ReportFinding(finding, _nearest_organ(sentence, m.start()),
                                   _negated(sentence, m.start(), m.end()),
                                   size.group() if size else None, sentence)
            if record.key not in seen:
                seen.add(record.key)
                found.append(record)
        if hits:
            continue
        for organ, pattern in ORGAN_RES:
            m = pattern.search(sentence)
            if m and POST_NEG_RE.search(sentence, m.end()) and ("", organ.key) not in seen:
                seen.add(("", organ.key))
                found.append(ReportFinding(None, organ, True, None, sentence))
    return found
