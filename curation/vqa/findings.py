"""Structured findings from report text: finding, organ, negation (NegEx-style), size, side, sentence.

The sentence is kept as an exact substring of the report: it becomes the evidence of the items built
from the finding, so validation can find it verbatim.

The organ comes from the text and the study's context (`OrganContext`): an explicit organ word ("Leber")
wins over a lobe word ("linker Lappen", "left lobe"), and a lobe word is the lung's only where lung is on
the slice (or, without a label map, in a chest study); else it is the liver's where the liver can be
(an abdominal or liver study, or liver on the slice); else no organ is claimed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.vqa.lexicon import (
    FINDING_RES,
    ORGAN_BY_KEY,
    ORGAN_RES,
    POST_NEG_RE,
    PRE_NEG_RE,
    SCOPE_END_RE,
    SIZE_RE,
    Finding,
    Organ,
)

NEGATION_WINDOW_WORDS = 6
_LOBE_RE = re.compile(r"\b(?:\w*lappen\w*|\w+ lobes?|lobes?|lingula)\b", re.IGNORECASE)
_LUNG_LOBE_RE = re.compile(r"(?:ober|unter|mittel)lappen|(?:upper|lower|middle) lobe|lingula", re.IGNORECASE)
_LUNG_WORD_RE = re.compile(r"lunge|pulmo|lung", re.IGNORECASE)
_LIVER_WORD_RE = re.compile(r"leber|hepat|liver", re.IGNORECASE)
_RIGHT_RE = re.compile(r"\b(?:rechts\w*|rechte[nmrs]?|right)\b|(?<!\w)re\.", re.IGNORECASE)
_LEFT_RE = re.compile(r"\b(?:links\w*|linke[nmrs]?|left)\b|(?<!\w)li\.", re.IGNORECASE)
CHEST_PARTS = frozenset({"CHEST", "THORAX", "LUNG"})
ABDOMEN_PARTS = frozenset({"ABDOMEN", "LIVER", "ABDOMENPELVIS", "PELVIS"})


@dataclass(frozen=True)
class OrganContext:
    """What the study says about where an image can be: body part and the classes on the slice.

    `slice_structures` are the label-map classes on this slice, `segmented` those of the whole label
    map (what the segmenter can see here); None when there is no label map.
    """

    body_part: str = ""
    slice_structures: frozenset[str] | None = None
    segmented: frozenset[str] | None = None

    def lung_here(self) -> bool:
        lungs = {s for s in (self.segmented or ()) if s.startswith("lung")}
        if self.slice_structures is not None and lungs:
            return any(s.startswith("lung") for s in self.slice_structures)
        return self.body_part.upper() in CHEST_PARTS

    def lung_absent(self) -> bool:
        """The label map sees lungs and has none on this slice."""
        lungs = {s for s in (self.segmented or ()) if s.startswith("lung")}
        return self.slice_structures is not None and bool(lungs) and not any(
            s.startswith("lung") for s in self.slice_structures)

    def liver_possible(self) -> bool:
        if self.slice_structures is not None and "liver" in (self.segmented or ()):
            return "liver" in self.slice_structures
        return self.body_part.upper() in ABDOMEN_PARTS


@dataclass(frozen=True)
class ReportFinding:
    """A finding (or, with finding None, an organ stated normal) in one report sentence."""

    finding: Finding | None
    organ: Organ | None
    negated: bool
    size: str | None
    sentence: str
    side: str | None = None   # "left" | "right" when the text names one side only

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


def _organ_of_lobe(words: list[str], context: OrganContext | None) -> Organ | None:
    """Upper / middle / lower lobe and lingula are the lung's (unless the label map shows no lung on the
    slice); a bare "left lobe" is the lung's in a chest context, else the liver's where it can be."""
    if context is None:
        return ORGAN_BY_KEY["lung"]
    if any(_LUNG_LOBE_RE.search(w) for w in words):
        return None if context.lung_absent() else ORGAN_BY_KEY["lung"]
    if context.lung_here():
        return ORGAN_BY_KEY["lung"]
    return ORGAN_BY_KEY["liver"] if context.liver_possible() else None


def _nearest_organ(sentence: str, position: int, context: OrganContext | None = None) -> Organ | None:
    """The organ word nearest the finding; a lobe word only when no explicit organ is named."""
    best: tuple[int, Organ] | None = None
    lobes: list[str] = []
    for organ, pattern in ORGAN_RES:
        for m in pattern.finditer(sentence):
            word = m.group().casefold()
            if organ.key == "lung" and _LIVER_WORD_RE.match(word):
                continue  # "Leberlappen" is the liver's (matched by the liver's own pattern)
            if _LOBE_RE.fullmatch(word) and not _LUNG_WORD_RE.match(word):
                lobes.append(word)
                continue
            distance = abs(m.start() - position)
            if best is None or distance < best[0]:
                best = (distance, organ)
    if best is not None:
        return best[1]
    return _organ_of_lobe(lobes, context) if lobes else None


def side_of(text: str) -> str | None:
    """'right' / 'left' when the text names exactly one side."""
    right, left = bool(_RIGHT_RE.search(text)), bool(_LEFT_RE.search(text))
    return "right" if right and not left else "left" if left and not right else None


def extract_findings(text: str, context: OrganContext | None = None) -> list[ReportFinding]:
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
            record = ReportFinding(finding, _nearest_organ(sentence, m.start(), context),
                                   _negated(sentence, m.start(), m.end()),
                                   size.group() if size else None, sentence, side_of(sentence))
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
