"""Hospitals, clinics and insurers known by a short or house name alone, with no facility word: "Voraufnahmen
vom KSW", "des LUKS", "adressée par les HUG", "Prior CT from MGH", "imaging at Addenbrooke's". Field data
(a closed list of well-known DACH, UK and US houses); a list hit is taken as a whole word in its own case.
Short names that are also clinical abbreviations are left out ("USB", "MSK", "EOC" as epithelial ovarian
cancer is taken only after an Italian article: "dell'EOC").
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import Hit, literal_starts
from curation.deid.text.towns import towns

_SHORT = (
    # Switzerland.
    "KSA", "KSW", "KSB", "KSBL", "KSGR", "KSSG", "KSOW", "KSSO", "KSL", "LUKS", "USZ", "CHUV", "HUG", "HFR", "ICHV",
    "HNE", "RSV-GR", "GZO", "STZ", "SRO", "UKBB", "UPK", "UPD",
    # Germany and Austria.
    "UKE", "MHH", "UKSH", "UKGM", "UKJ", "UKM", "UKT", "UKW", "UKR", "UKA", "UKL", "UKD", "UKK", "UKB", "UKS",
    "UMG", "UMM", "MRI TUM", "AKH", "LKH", "KAV", "KFJ", "KFJS", "SMZ", "SMZO", "KUK", "LKNK", "UKH",
    # UK and US.
    "UCLH", "GOSH", "QEUH", "RVI", "GSTT", "KCH", "RLUH", "MGH", "BWH", "BIDMC", "MSKCC", "UCSF", "UPMC",
    "CHOP", "OHSU", "NYP", "HSS", "MUSC", "UTSW", "VUMC", "UCLA Health",
)
_HOUSES = (
    "Charité", "Inselspital", "Balgrist", "Triemli", "Stadtspital Waid", "Hirslanden", "Schulthess Klinik",
    "Rudolfinerhaus", "Elisabethinen", "Addenbrooke's", "Papworth", "Royal Marsden", "The Christie",
    "Guy's and St Thomas'", "Mass General", "Brigham and Women's", "Cedars-Sinai", "Mount Sinai", "Johns Hopkins",
    "Sloan Kettering", "Hospital for Special Surgery",
    "NYU Langone", "Kaiser Permanente", "Cleveland Clinic", "Mayo Clinic",
    "Helsana", "Swica", "Sanitas", "Visana", "Groupe Mutuel", "Concordia",
)
KNOWN_SITE = literal_starts(re.compile(
    r"(?<![\w.-])(?P<v>" + "|".join(re.escape(w) for w in sorted((*_SHORT, *_HOUSES), key=len, reverse=True))
    + r")(?![\w-]|'(?!s))"))
# Swiss home care and its local organisation: "Spitex Zürich Limmat", "Spitex Region Thun"; not what it does
# ("Spitex Nachsorge").
SPITEX = re.compile(r"(?P<v>Spitex(?:[ \t][A-ZÄÖÜ][\w'-]+){1,3})")
# "EOC" (Ente Ospedaliero Cantonale) also abbreviates a cancer: only after an Italian article with apostrophe.
EOC = re.compile(r"(?<=[lL]')(?P<v>EOC)(?!\w)")


_SHORT_LETTERS = tuple(sorted(w for w in _SHORT if w.isalpha() and len(w) >= 3))


def opens_with_known_acronym(word: str) -> bool:
    """True for a capitals word that opens with a listed house acronym and its site ("LKHSTP", "LKHVB", "KSBL")."""
    return word.startswith(_SHORT_LETTERS)


def _care_word(word: str) -> bool:
    """True for a care noun after "Spitex" that is no listed town ("Nachsorge", "Einsatz"; "Spitex Uster" names)."""
    return is_care_noun(word) and word not in towns()


def known_site_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of the listed short and house names."""
    hits = [Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in KNOWN_SITE.finditer(text)]
    if "EOC" in text:
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in EOC.finditer(text))
    if "Spitex" in text:
        hits.extend(
            Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule")
            for m in SPITEX.finditer(text)
            if not _care_word(m.group("v").split()[1])  # "Spitex Nachsorge": what it does (review 19)
        )
    return hits
