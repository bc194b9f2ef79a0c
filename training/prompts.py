"""Disease prompt supervision: findings read from report text, each with positive and negative prompts.

RadFinder/CT-CLIP supervise the shared embedding space with yes/no findings. Here a finding is a small
bilingual term list (German reports, English translations); a sentence that names a finding term is
positive unless a negation cue ("kein", "ohne", "no", "without", ...) comes before the term in the same
sentence. A finding never named in a report counts as absent (label 0), as in CT-RATE's labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    name: str
    terms: tuple[str, ...]   # lower-case stems matched at a word start (DE and EN)
    positive: str            # prompt sentences in the shared space
    negative: str


FINDINGS: tuple[Finding, ...] = (
    Finding("lung_nodule", ("rundherd", "nodul", "lungenknoten", "nodule"),
            "There is a nodule in the lung.", "There is no lung nodule."),
    Finding("liver_lesion", ("leberläsion", "leberherd", "liver lesion", "hepatic lesion"),
            "There is a lesion in the liver.", "There is no liver lesion."),
    Finding("cyst", ("zyste", "cyst"), "There is a cyst.", "There is no cyst."),
    Finding("white_matter_lesion", ("marklagerläsion", "white matter lesion"),
            "There is a white matter lesion in the brain.", "There is no white matter lesion."),
    Finding("effusion", ("erguss", "effusion"), "There is an effusion.", "There is no effusion."),
    Finding("infiltrate", ("infiltrat", "consolidation", "pneumoni"),
            "There is a pulmonary infiltrate.", "There is no pulmonary infiltrate."),
    Finding("mass", ("raumforderung", "tumor", "mass"), "There is a mass.", "There is no mass."),
    Finding("metastasis", ("metasta",), "There are metastases.", "There are no metastases."),
    Finding("fracture", ("fraktur", "fracture"), "There is a fracture.", "There is no fracture."),
    Finding("lymphadenopathy", ("lymphadenopathie", "lymphadenopathy", "vergrößerte lymphknoten",
                                "enlarged lymph node"),
            "There are enlarged lymph nodes.", "There are no enlarged lymph nodes."),
)

NEGATION_CUES = re.compile(
    r"\b(kein\w*|ohne|nicht|ausgeschlossen|no|not|without|negative for|free of|absence of)\b", re.IGNORECASE)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?;\n])\s+|\n+")


def _term_positions(sentence: str, term: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(term), sentence)]


def finding_labels(text: str, findings: tuple[Finding, ...] = FINDINGS) -> list[int]:
    """Per finding: 1 if asserted in any sentence, else 0 (negated or never named)."""
    labels = [0] * len(findings)
    for sentence in SENTENCE_SPLIT.split(text.lower()):
        if not sentence.strip():
            continue
        for index, finding in enumerate(findings):
            for term in finding.terms:
                for pos in _term_positions(sentence, term):
                    if not NEGATION_CUES.search(sentence[:pos]):
                        labels[index] = 1
    return labels


def prompt_pairs(findings: tuple[Finding, ...] = FINDINGS) -> tuple[list[str], list[str]]:
    """Positive and negative prompt sentences, in finding order."""
    return [f.positive for f in findings], [f.negative for f in findings]
