"""Scanner and device model names: a product family word and its suffixes, never an ID, a name or a site (round 14b).

A model is written as a vendor's family word and one to three suffix tokens ("SOMATOM Drive", "Revolution EVO",
"Aquilion ONE PRISM", "MAGNETOM Sola Fit", "Optima CT660", "Brilliance iCT 256", "Ingenia Ambition X",
"Biograph Vision Quadra", "Discovery MI DR", "Azurion 7 M20", "LOGIQ E10"), in DICOM dumps, RIS lines and prose.
Suffixes are capitalised words, capitals, digits or mixed tokens ("X.ceed", "go.Top", "i800", "dStream"); a listed
town, a sentence word or, after a family word not in capitals, a listed given name or surname ("Artis Smith";
"MAGNETOM Sola Fit" is a model) ends the model. Family words that are also
English words ("Revolution", "Discovery", "Definition", "Vision", "Prisma") and the brand-only ones ("Artis",
"Signa") alike need a suffix here (bare brand words are keep.py's PRODUCTS); after a person's title ("Dr. Artis
Smith") the family word is a given name. The whole model is a keep range (keep.py), so that its capitalised suffix
never becomes an institution ("EVO Reserve"), a person ("Artis Q Zeego") or an ID ("CT660").
"""

from __future__ import annotations

import re

from curation.deid.text.common import literal_starts
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.surnames import is_surname
from curation.deid.text.towns import towns

# Family words that name nothing else.
BRAND_FAMILIES = ("Somatom", "Magnetom", "Naeotom", "Aquilion", "Alphenix", "Ingenia", "Achieva", "IQon", "Vereos",
                  "Mammomat", "Senographe", "Selenia", "Lightspeed", "LightSpeed", "BrightSpeed", "Biograph",
                  "Symbia", "Luminos", "Ysio", "Azurion", "Allura", "uCT", "uMR", "uMI", "Omni Legend",
                  "LOGIQ", "Voluson", "Aplio", "Acuson", "Epiq", "EPIQ", "Affiniti", "Multix", "Mobilett", "Artis",
                  "Skyra", "Avanto", "Espree", "Verio", "Signa", "SIGNA", "Optima", "Innova", "Infinix", "Ultimax",
                  "Trinias", "Cios", "Ziehm", "Carestream", "DRX-Evolution", "DRX-Revolution", "Definium", "Fluorospot")
# Family words that are also common words: a suffix must follow.
WORD_FAMILIES = ("Revolution", "Discovery", "Definition", "Emotion", "Perspective", "Sensation", "Spectral",
                 "Vision", "Prisma", "Lumina", "Vantage", "Ambition", "Elition", "Evolution", "Echelon", "Oasis",
                 "Brilliance", "Incisive", "Intevo", "Aera", "Altea")


_BRANDS = frozenset(n.lower() for n in BRAND_FAMILIES)


def names_nothing_else(model: str) -> bool:
    """Whether a model's family word is a brand that is no listed given name ("Aquilion ONE", not "Artis Q" or
    "Optima CT660"): a person cue ("Station Name:") does not take such a model (keep.py)."""
    family = model.split()[0]
    return family.lower() in _BRANDS and not is_any_given_name(family.capitalize())


def family_words() -> list[str]:
    """Every family word, lower-cased, longest first (dicom_dump: a station named by its scanner model)."""
    return sorted({n.lower() for n in BRAND_FAMILIES + WORD_FAMILIES}, key=len, reverse=True)


def _variants(names: tuple[str, ...]) -> list[str]:
    return sorted({v for n in names for v in (n, n.upper(), n.capitalize())}, key=len, reverse=True)


# A suffix token: a capitalised word or capitals ("Fit", "EVO"), digits with letters ("CT660", "750w", "7"), a
# lower-case head with a capital or digit inside ("iCT", "i800", "dStream", "go.Top", "X.ceed"), or "+".
_SUFFIX = r"(?:[A-Z0-9][A-Za-z0-9]*(?:[.+][A-Za-z0-9]+)*\+?|[a-z]{1,3}(?:[A-Z]|\d|\.[A-Za-z])[A-Za-z0-9.]*|\+)"
_FAMILIES = "|".join(map(re.escape, _variants(BRAND_FAMILIES + WORD_FAMILIES)))
MODEL = literal_starts(re.compile(rf"(?<![\w-])(?P<f>{_FAMILIES})"
                   rf"(?P<s>(?:[ \t]{_SUFFIX}(?![\w-])){{0,3}})(?![\w-])"))
_ENDS = frozenset({"The", "A", "An", "And", "Or", "In", "On", "At", "For", "With", "Und", "Der", "Die", "Das", "Mit",
                   "Im", "Am", "Bei", "Von", "Et", "Le", "La", "Les"})
# A person's title or cue right before: the family word is a given name there.
TITLE_BEFORE = re.compile(r"(?:\b(?:Dr|Drs|Dres|Prof|Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Hr|Fr|Dott|Dre|Mme|Mlle|M|Sig|"
                           r"Sr|Sra|Pt|Pat|Patient|Patientin|Patient·e)\.?|[Dd]ear|[Ll]iebe[r]?)[ \t]+\Z")


# Facility and service words end a model (round 14 review: "SOMATOM Force Spital Zollikerberg", "Optima Healthcare
# Leeds"): the site after a scanner is no suffix.
_SITE_WORDS = ("spital", "klinik", "klinikum", "kliniken", "krankenhaus", "hospital", "healthcare", "health", "clinic",
               "zentrum", "center", "centre", "praxis", "institut", "institute", "imaging", "radiologie", "radiology",
               "medical", "ambulance", "trust", "group", "services", "care", "diagnostics", "diagnostik")
SITE_WORD = re.compile(rf"(?i:\w*(?:{'|'.join(_SITE_WORDS)}))(?!\w)")


def _ends_model(word: str, following: str | None, caps: bool) -> bool:
    """Whether a suffix token ends the model: a sentence word, a town, a site word, a listed given name and
    surname in a row ("SIGNA Premier Sarah Connor"), or after a family word not in capitals any listed name."""
    if word in _ENDS or word in towns() or word.lower().endswith(_SITE_WORDS):
        return True
    if not word[1:].islower():
        return False
    if not caps:
        return is_surname(word) or is_given_name(word) or is_any_given_name(word)
    return following is not None and following[1:].islower() and is_given_name(word) and is_surname(following)


_NEXT_WORD = re.compile(r"[ \t]+(\S+)")


def model_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of scanner and device model names (module docstring)."""
    out = []
    for m in MODEL.finditer(text):
        if TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Dr. Artis Smith", "Mrs Signa Lopez": a person
        end = m.end("f")
        caps = m.group("f").isupper()  # "MAGNETOM Sola": a family in capitals is no given name
        tokens = re.findall(r"\S+", m.group("s"))
        tail = _NEXT_WORD.match(text, m.end())
        after = tail.group(1) if tail else None
        for i, token in enumerate(re.finditer(r"\S+", m.group("s"))):
            word = token.group()
            following = tokens[i + 1] if i + 1 < len(tokens) else after
            if _ends_model(word, following, caps):
                break
            end = m.start("s") + token.end()
        if end > m.end("f"):  # a family word alone is PRODUCTS' (keep.py) or a name's ("Dr. Artis Smith")
            out.append((m.start(), end))
    return out
