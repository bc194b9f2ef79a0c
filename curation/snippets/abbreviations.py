"""Abbreviations whose period ends no sentence or part ("Se.", "ca.", "Segm.", "Vorunters."): the sentence splitter of
the miner (`mine`) and the own-part scope of the study decision (`study_scope`) share them (issue 16, review of round
21b)."""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "abbreviation_before"]

ABBREVIATIONS = frozenset({
    "se", "bi", "ser", "sr", "srs", "img", "ima", "im", "nr", "no", "ca", "dr", "vgl", "bzw", "re", "li", "fig", "abb",
    "med", "prof", "st", "zn", "ggf", "evtl", "max", "min", "bds", "mr", "mrs", "vs", "approx", "cf", "eg",
    "ie", "etc", "seq", "sl", "lat", "ant", "post", "inf", "sup", "dext", "sin", "bildnr",
    # anatomy, plane and report shorthand ("im Segm. VII", "in seg. 7", "Aa. iliacae", "Proc. spinosus", "sag. T2")
    "segm", "seg", "lig", "ligg", "proc", "aa", "vv", "nn", "lk", "lnn", "insb", "insbes", "bzgl", "entspr", "dist",
    "prox", "sag", "cor", "kor", "ax", "transv", "lt", "rt", "pat", "pt", "inkl", "incl", "mittl",
    # round 16: month abbreviations before a year or a measurement ("Okt. 2025 12 mm (4:52)", "Jän. 2026 3:30")
    "jan", "jän", "feb", "mär", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec",
    # round 17: the dotted prior-exam labels (grammar `_PRIOR_ABBR`) before a row's value: "Ausgangsbef. 33 mm (...)"
    "vorunters", "voruntersuch", "voraufn", "vorbef", "vorabkl", "vergleichsunters", "vergleichsaufn",
    "ausgangsunters", "ausgangsbef", "prev",
    # review of round 21b: outside and current labels ("Ausw. CT Serie 3 Bild 40", "akt. Serie 5")
    "ausw", "akt",
    # round 22a: an earlier-round word opening a measurement clause ("präop. 34 mm (Se 3 Bi 29)")
    "präop", "praeop", "preop", "postop", "präoperat", "interim",
    # round 28a: the Italian image word in running text ("damals 6 mm Ser. 4 / Imm. 95, aktuell ...")
    "imm",
    # round 31b: the grammar's French series word and its "Imag." ("17 mm Sér. 4, image 55, welche war ...")
    "sér", "imag",
})


def abbreviation_before(text: str, start: int, period: int) -> bool:
    """True when the period at `period` closes an abbreviation ("li.", "ca.", "z.B."), not a sentence."""
    word = re.search(r"(\w+)$", text[start:period])
    return bool(word) and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1)
