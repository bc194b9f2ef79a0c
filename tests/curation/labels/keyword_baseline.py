"""The baseline the issue names: a bare keyword list with a one-word negation check.

This is ct_clip_model's approach as it stood before issue 19 (training/prompts.py, ``finding_labels``: lower-case
stems matched at a word start, positive unless a negation cue comes before the term in the same sentence), run
two ways:

- ``ct_clip_as_is``: its own 10 findings mapped onto the label names (effusion -> pleural_effusion, infiltrate ->
  consolidation and lung_opacity, cyst -> kidney_cyst); the labels it has no finding for are always 0.
- ``bare_keywords``: the same matcher with one bare DE/EN stem list per label, for all 27 labels.
"""

from __future__ import annotations

from training.prompts import FINDINGS, Finding, finding_labels

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
