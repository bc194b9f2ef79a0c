"""Small DE/EN lexicon for the template generator: organs, findings, negation triggers, windows.

Deliberately small and explicit: every German and English surface form maps to one key, and every key
has the phrases the question templates need (German articles are stored, not guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Organ:
    key: str
    de: str          # nominative without article, the answer ("Leber")
    de_in: str       # locative phrase ("in der Leber")
    de_def: str      # nominative with article ("die Leber")
    en: str
    patterns: tuple[str, ...]  # regex alternatives, matched case-insensitively


@dataclass(frozen=True)
class Finding:
    key: str
    de_acc: str      # "einen Rundherd" (Gibt es ...?)
    de_def: str      # "der Rundherd" (Wo befindet sich ...?)
    en: str
    patterns: tuple[str, ...]


ORGANS: tuple[Organ, ...] = (
    Organ("liver", "Leber", "in der Leber", "die Leber", "liver", (r"leber\w*", r"hepat\w*", r"liver")),
    Organ("lung", "Lunge", "in der Lunge", "die Lunge", "lung",
          (r"lunge\w*", r"\w*lappen\w*", r"pulmonal\w*", r"lungs?", r"\w+ lobes?", r"lingula")),
    Organ("kidney", "Niere", "in der Niere", "die Niere", "kidney", (r"niere\w*", r"renal", r"kidneys?")),
    Organ("spleen", "Milz", "in der Milz", "die Milz", "spleen", (r"milz", r"splen\w*", r"spleen")),
    Organ("pancreas", "Pankreas", "im Pankreas", "das Pankreas", "pancreas", (r"pankreas\w*", r"pancrea\w*")),
    Organ("gallbladder", "Gallenblase", "in der Gallenblase", "die Gallenblase", "gallbladder",
          (r"gallenblase", r"gallbladder")),
    Organ("adrenal_gland", "Nebenniere", "in der Nebenniere", "die Nebenniere", "adrenal gland",
          (r"nebenniere\w*", r"adrenal\w*")),
    Organ("brain", "Gehirn", "im Gehirn", "das Gehirn", "brain",
          (r"gehirn\w*", r"hirn\w*", r"\w*zerebral\w*", r"brain", r"cerebral")),
    Organ("heart", "Herz", "im Herzen", "das Herz", "heart", (r"herz\w*", r"kardi\w*", r"heart", r"cardiac")),
    Organ("urinary_bladder", "Harnblase", "in der Harnblase", "die Harnblase", "urinary bladder",
          (r"harnblase", r"bladder")),
    Organ("bone", "Knochen", "im Knochen", "der Knochen", "bone",
          (r"knochen\w*", r"ossär\w*", r"wirbel\w*", r"bones?", r"vertebra\w*", r"osseous")),
    Organ("pleura", "Pleura", "in der Pleura", "die Pleura", "pleura", (r"pleura\w*",)),
)

# German findings are often compounds ("Leberzyste", "Lungenrundherd"): their patterns allow a prefix.
FINDINGS: tuple[Finding, ...] = (
    Finding("nodule", "einen Rundherd", "der Rundherd", "nodule", (r"\w*rundherd\w*", r"nodul\w*", r"knoten")),
    Finding("lesion", "eine Läsion", "die Läsion", "lesion", (r"\w*läsion\w*", r"lesions?")),
    Finding("cyst", "eine Zyste", "die Zyste", "cyst", (r"\w*zyste\w*", r"cysts?", r"cystic")),
    Finding("mass", "eine Raumforderung", "die Raumforderung", "mass", (r"\w*raumforderung\w*", r"mass(?:es)?")),
    Finding("effusion", "einen Erguss", "der Erguss", "effusion", (r"\w*erguss\w*", r"effusions?")),
    Finding("pneumothorax", "einen Pneumothorax", "der Pneumothorax", "pneumothorax", (r"pneumothora\w*",)),
    Finding("metastasis", "eine Metastase", "die Metastase", "metastasis", (r"\w*metasta\w*",)),
    Finding("fracture", "eine Fraktur", "die Fraktur", "fracture", (r"\w*fraktur\w*", r"fractures?")),
    Finding("infiltrate", "ein Infiltrat", "das Infiltrat", "infiltrate",
            (r"\w*infiltrat\w*", r"consolidations?", r"pneumoni\w*")),
    Finding("hemorrhage", "eine Blutung", "die Blutung", "hemorrhage",
            (r"\w*blutung\w*", r"h(?:a)?emorrhag\w*", r"bleeding")),
    Finding("stone", "einen Stein", "der Stein", "stone", (r"\w*stein\w*", r"\w*lith\w*", r"stones?", r"calculus")),
)

# NegEx-style: pre-triggers negate findings after them in the sentence; post-triggers negate before them.
PRE_NEGATION = (r"kein\w*", r"ohne", r"nicht", r"no", r"not", r"without", r"negative for", r"free of",
                r"absence of", r"ausschluss", r"kein anhalt für", r"no evidence of")
POST_NEGATION = (r"unauffällig\w*", r"nicht nachweisbar", r"ausgeschlossen", r"not seen", r"unremarkable",
                 r"nicht abgrenzbar", r"ruled out", r"regelrecht\w*", r"normal")
# A conjunction ends a negation's scope ("keine Zyste, aber ein Rundherd").
SCOPE_END = (r"aber", r"jedoch", r"but", r"however", r"allerdings")


def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


ORGAN_BY_KEY = {organ.key: organ for organ in ORGANS}
ORGAN_RES = tuple((organ, _alternation(organ.patterns)) for organ in ORGANS)
FINDING_RES = tuple((finding, _alternation(finding.patterns)) for finding in FINDINGS)
PRE_NEG_RE = _alternation(PRE_NEGATION)
POST_NEG_RE = _alternation(POST_NEGATION)
SCOPE_END_RE = _alternation(SCOPE_END)
SIZE_RE = re.compile(r"\b\d+(?:[.,]\d+)?(?:\s*[x×/]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\b", re.IGNORECASE)

MODALITY_NAMES = {"CT": ("CT", "CT"), "MR": ("MRT", "MRI")}
PLANE_NAMES = {"axial": ("axial", "axial"), "coronal": ("koronar", "coronal"), "sagittal": ("sagittal", "sagittal")}
# (pattern in window name / series description, German answer, English answer)
WINDOWS = (
    (r"lung|lunge|pulmo", "Lungenfenster", "lung window"),
    (r"bone|knochen|osteo", "Knochenfenster", "bone window"),
    (r"brain|hirn|cerebr", "Hirnfenster", "brain window"),
    (r"soft|weichteil|abdomen|mediast", "Weichteilfenster", "soft tissue window"),
)
CONTRAST_PHASES = (
    (r"arteri", "arteriell", "arterial"),
    (r"portal|venös|venous|pv\b", "portalvenös", "portal venous"),
    (r"spät|delayed|late", "Spätphase", "delayed"),
    (r"nativ|native|non.?contrast|ohne km", "nativ", "non-contrast"),
)

# DICOM BodyPartExamined -> (German, English) answer.
BODY_PARTS = {
    "CHEST": ("Thorax", "chest"), "THORAX": ("Thorax", "chest"), "LUNG": ("Thorax", "chest"),
    "ABDOMEN": ("Abdomen", "abdomen"), "LIVER": ("Abdomen", "abdomen"), "PELVIS": ("Becken", "pelvis"),
    "ABDOMENPELVIS": ("Abdomen und Becken", "abdomen and pelvis"), "BRAIN": ("Kopf", "head"),
    "HEAD": ("Kopf", "head"), "SKULL": ("Kopf", "head"), "NECK": ("Hals", "neck"),
    "CSPINE": ("Halswirbelsäule", "cervical spine"), "LSPINE": ("Lendenwirbelsäule", "lumbar spine"),
}
# (pattern in the series description, German answer, English answer); order matters (flair before t2).
MR_WEIGHTINGS = (
    (r"flair|\bdark.?fluid", "FLAIR", "FLAIR"),
    (r"\bdwi\b|\bdiff|\bep2d_diff|\btrace\b", "Diffusion", "diffusion"),
    (r"\bt2|haste|\bstir\b|\bspace\b", "T2", "T2"),
    (r"\bt1|vibe|mprage|\bflash\b|\bdixon\b", "T1", "T1"),
)
_NO_CONTRAST = re.compile(r"\bnativ\w*|\bnative\b|non.?contrast|ohne\s+km|\bplain\b|\bo\.?\s?km\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\bkm\b|kontrast|contrast|\+\s?c\b|\bce\b|arteri|portal|venös|venous|delayed|spät|"
                       r"\bpost\b|gadolin|\bgd\b", re.IGNORECASE)


def contrast_given(series_description: str, study_description: str) -> tuple[bool, str] | None:
    """(contrast given?, "series" | "study") from the description words, series first; None when the words
    say nothing or both ("nativ und KM": the study has both phases, the series does not say which)."""
    for text, where in ((series_description, "series"), (study_description, "study")):
        no, yes = bool(_NO_CONTRAST.search(text or "")), bool(_CONTRAST.search(text or ""))
        if no != yes:
            return (yes, where)
        if no and yes:
            return None
    return None
