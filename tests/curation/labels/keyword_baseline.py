"""The baseline the issue names: a bare keyword list with a one-word negation check.

This is ct_clip_model's approach as it stood before issue 19 (training/prompts.py's ``finding_labels``, moved
here unchanged when training switched to report_labels: lower-case stems matched at a word start, positive
unless a negation cue comes before the term in the same sentence), run two ways:

- ``ct_clip_as_is``: its own 10 findings mapped onto the label names (effusion -> pleural_effusion, infiltrate ->
  consolidation and lung_opacity, cyst -> kidney_cyst); the labels it has no finding for are always 0.
- ``bare_keywords``: the same matcher with one bare DE/EN stem list per label, for all 27 labels.
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



_AS_IS_MAP = {
    "lung_nodule": ("lung_nodule",), "liver_lesion": ("liver_lesion",), "cyst": ("kidney_cyst",),
    "effusion": ("pleural_effusion",), "infiltrate": ("consolidation", "lung_opacity"),
    "lymphadenopathy": ("lymphadenopathy",),
}

_BARE: dict[str, tuple[str, ...]] = {
    "medical_material": ("port", "schrittmacher", "stent", "katheter", "pacemaker", "catheter", "tube"),
    "arterial_wall_calcification": ("aortensklerose", "arteriosklerose", "atherosclerosis", "aortic calcification"),
    "cardiomegaly": ("kardiomegalie", "cardiomegaly"),
    "pericardial_effusion": ("perikarderguss", "pericardial effusion"),
    "coronary_artery_wall_calcification": ("koronarsklerose", "koronarverkalk", "coronary artery calcification"),
    "hiatal_hernia": ("hiatushernie", "hiatal hernia", "hiatus hernia"),
    "lymphadenopathy": ("lymphadenopathie", "lymphadenopathy", "vergrößerte lymphknoten", "enlarged lymph node"),
    "emphysema": ("emphysem", "emphysema"),
    "atelectasis": ("atelektase", "atelectasis"),
    "lung_nodule": ("rundherd", "nodul", "knötchen", "nodule"),
    "lung_opacity": ("milchglas", "verdichtung", "infiltrat", "opacit", "ground glass", "ground-glass"),
    "pulmonary_fibrotic_sequela": ("fibros", "narb", "fibrotic", "scarring"),
    "pleural_effusion": ("pleuraerguss", "pleuraergüsse", "erguss", "pleural effusion", "effusion"),
    "mosaic_attenuation_pattern": ("mosaik", "mosaic"),
    "peribronchial_thickening": ("bronchialwandverdickung", "peribronchial", "bronchial wall thickening"),
    "consolidation": ("konsolidierung", "konsolidation", "consolidation"),
    "bronchiectasis": ("bronchiektas", "bronchiectasis"),
    "interlobular_septal_thickening": ("septenverdickung", "interlobulär", "septal thickening"),
    "liver_lesion": ("leberläsion", "leberherd", "leberzyste", "liver lesion", "hepatic lesion"),
    "hepatic_steatosis": ("steatos", "steatosis"),
    "gallstones": ("cholezystolithiasis", "gallenstein", "gallstone", "cholelithiasis"),
    "kidney_cyst": ("nierenzyste", "renal cyst", "kidney cyst"),
    "kidney_stone": ("nephrolithiasis", "nierenstein", "renal stone", "renal calculus", "kidney stone"),
    "hydronephrosis": ("harnstau", "hydronephros"),
    "ascites": ("aszites", "ascites"),
    "splenomegaly": ("splenomegalie", "splenomegaly"),
    "adrenal_nodule": ("nebennierenadenom", "adrenal nodule", "adrenal adenoma"),
}
_BARE_FINDINGS = tuple(Finding(name, terms, "", "") for name, terms in _BARE.items())


def ct_clip_as_is(text: str, lang: str) -> tuple[set[str], set[str]]:
    labels = finding_labels(text)
    return {label for f, v in zip(FINDINGS, labels, strict=True) if v for label in _AS_IS_MAP.get(f.name, ())}, set()


def bare_keywords(text: str, lang: str) -> tuple[set[str], set[str]]:
    labels = finding_labels(text, _BARE_FINDINGS)
    return {f.name for f, v in zip(_BARE_FINDINGS, labels, strict=True) if v}, set()
