"""The technical words of series and study descriptions: what description cleaning must never remove.

Series classification, snippet series choice (`curation/snippets/series_choice.py`: plane, sequence
and kernel words) and VQA captions (`curation/vqa/lexicon.py`: contrast phases) read descriptions.
A general text scrubber sees "Schaedel Klinikum Nord" as one facility, or a kernel "B70f" as an id;
a word of this vocabulary inside such a span stays. The patient's own header values still win (a
patient named Leber loses "Leber"): only the scrubber's guesses are vetoed here.

`is_technical(token)` is True for the vocabulary below (case-insensitive), for kernel and sequence
codes (B70f, Br60, I31f, FC03, T2, b1000, p2, 3mm, 0.625) and for short letter+digit codes.
"""

from __future__ import annotations

import re
from functools import lru_cache

PLANES = ("ax", "axial", "tra", "trans", "transversal", "transverse", "cor", "coronal", "koronar", "sag",
          "sagittal", "obl", "oblique", "mpr", "3d", "2d", "iso", "vrt", "mip", "minip", "recon", "reko")
SEQUENCES = ("t1", "t2", "pd", "flair", "stir", "dwi", "adc", "trace", "diff", "swi", "tse", "fse", "se", "gre",
             "spgr", "fspgr", "mprage", "space", "vibe", "dixon", "tof", "cube", "bravo", "haste", "trufi",
             "fiesta", "epi", "ep2d", "fs", "fatsat", "water", "fat", "inphase", "opphase", "perf", "dsc", "dce",
             "asl", "mra", "cta", "ctp", "localizer", "scout", "topogram", "survey", "dose", "report", "calcium",
             "score", "fl3d", "tirm", "blade", "propeller", "dyn", "dynamic", "sub", "subtraction", "cine",
             "post", "pre", "delay", "map", "dti", "bold", "spc", "medic", "memp", "wip")
CONTRAST = ("km", "kontrast", "contrast", "nativ", "native", "non", "plain", "arteriell", "arterial", "art",
            "venös", "venoes", "venous", "ven", "portal", "portalvenös", "pv", "spät", "spaet", "spätphase",
            "delayed", "late", "früh", "early", "phase", "c+", "c-", "ohne", "mit", "with", "without", "iv")
KERNELS = ("bone", "lung", "soft", "stnd", "standard", "std", "detail", "sharp", "smooth", "weichteil",
           "knochen", "lunge", "mediastinum", "hr", "hrct", "br", "kernel", "fenster", "window", "wl", "ww")
ANATOMY = ("kopf", "schädel", "schaedel", "cct", "hals", "thorax", "abdomen", "becken", "pelvis", "abdo",
           "chest", "head", "neck", "brain", "hirn", "gehirn", "wirbelsäule", "ws", "hws", "bws", "lws", "spine",
           "cervical", "thoracic", "lumbar", "knie", "knee", "schulter", "shoulder", "hüfte", "huefte", "hip",
           "leber", "liver", "niere", "nieren", "kidney", "pankreas", "pancreas", "prostata", "prostate",
           "mamma", "breast", "herz", "heart", "cardiac", "aorta", "coronary", "koronarien", "lunge", "lungs",
           "extremity", "hand", "fuss", "fuß", "foot", "ankle", "sprunggelenk", "ellenbogen", "elbow",
           "handgelenk", "wrist", "orbita", "felsenbein", "nnh", "sinus", "sinuses", "gesicht", "face", "ganzkörper",
           "wholebody", "body", "whole", "oberbauch", "unterbauch", "angio", "venen", "arterien", "carotis",
           "gefäße", "li", "re", "links", "rechts", "left", "right", "bilateral", "bds")
MODALITIES = ("ct", "mr", "mrt", "mri", "cr", "dx", "us", "nm", "pet", "spect", "xa", "mg", "rf", "ot", "sc",
              "pt", "sr", "ko", "pr")
GENERAL = ("serie", "series", "study", "studie", "untersuchung", "exam", "protocol", "protokoll", "routine",
           "mm", "slice", "slices", "schicht", "dünnschicht", "thin", "thick", "reformat", "mpr", "volume",
           "vol", "range", "spiral", "helical", "axial", "rekonstruktion", "reconstruction", "kontrolle",
           "nachkontrolle", "follow", "up", "verlauf", "screening", "staging", "notfall", "emergency", "befund",
           "beurteilung", "aufnahme", "fremdaufnahme", "voraufnahme", "extern", "external", "outside", "nachtrag")

VOCABULARY = frozenset(w.casefold() for group in (PLANES, SEQUENCES, CONTRAST, KERNELS, ANATOMY, MODALITIES,
                                                   GENERAL) for w in group)
# Kernel and sequence codes, sizes and b-values: B70f, Br60, I31f, FC03, T2, b1000, p2, 3mm, 0.625, 1.0
# (at most 3 digits after letters: ACC2024 or PAT0001 are ids, not codes)
_CODE = re.compile(r"^(?:[a-z]{1,3}\d{1,3}[a-z]{0,2}|b\d{2,4}|\d{1,4}(?:[.,]\d+)?(?:mm|cm|s|ms)?|\d{1,3}[a-z]{1,3})$",
                   re.IGNORECASE)


@lru_cache(maxsize=16384)
def is_technical(token: str) -> bool:
    """Whether `token` (one word of a description) is a plane, sequence, kernel, contrast, anatomy or
    code word that description cleaning must keep when only a guess says otherwise."""
    word = token.strip(".,;:()[]").casefold()
    if not word:
        return False
    if word in VOCABULARY:
        return True
    parts = re.split(r"[_\-/+]", word)
    if len(parts) > 1 and all(p in VOCABULARY or _CODE.match(p) for p in parts if p):
        return True
    return _CODE.match(word) is not None
