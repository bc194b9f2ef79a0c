"""Hospitals named in another language, cited in German, English, French or Italian text (round 19b).

A patient treated abroad brings a hospital's name in its own language: Czech and Slovak "Nemocnice / Nemocnica
<Town>" ("Krajská nemocnice <Town>", "Fakultní nemocnice <Name>"), Polish "Szpital [Powiatowy / Wojewódzki] w
<Town>", Croatian "Opća / Županijska / Klinička bolnica <Town>", Slovene "Splošna / Univerzitetna bolnišnica
<Town>", Slovene "Univerzitetni klinični center <Town>", Romanian "Spitalul [Județean] <Town>": the keyword, then
the name after it. Hungarian "<Town>i <Name> Kórház [és Rendelőintézet]" and Turkish "<Town> Devlet / Şehir / Eğitim
ve Araştırma / Üniversitesi Hastanesi" put the name before the keyword ("Devlet Hastanesi <Town>" after it, when the
town is a listed one). Each needs at least one capitalised name
word; the keyword alone ("bolnica" in a quoted phrase) stays.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["foreign_hospital_hits"]

_NAME = rf"[{UP}][{LO}]+\.?"
# Small words inside a name after its keyword: Czech / Slovak / Polish / Croatian / Slovene prepositions, "im."
# (imienia), "nr 2", "sv." / "św." (saint).
_SMALL = r"(?:v|ve|na|u|w|we|im\.|imienia|nr[ \t]?\d{1,2}|sv\.|św\.|i|pri|u|pod|de|din)"
_ADJECTIVES = (
    r"(?:Fakultní|Krajská|Oblastní|Městská|Okresní|Všeobecná|Fakultná|Univerzitná|Oblastná|Nemocnice|"
    r"Wojewódzki|Powiatowy|Miejski|Specjalistyczny|Uniwersytecki|Kliniczny|Opća|Županijska|Klinička|"
    r"Specijalna|Sveučilišna|Splošna|Univerzitetna|Klinični|Județean|Județeană|Clinic|Municipal)"
)
_AFTER_KEYWORD = (
    r"(?:[Nn]emocnic[ea]|Szpital|[Bb]olnica|[Bb]olnišnica|Spitalul|Kliničk[ia][ \t]centar|"
    r"[Kk]linički[ \t]bolnički[ \t]centar|[Uu]niverzitetni[ \t]klinični[ \t]center)"
)
_NAME_AFTER = re.compile(
    rf"(?<![\w-])(?:{_ADJECTIVES}[ \t])?{_AFTER_KEYWORD}"
    rf"(?:[ \t](?:{_SMALL}[ \t])?{_NAME}(?:-{_NAME})?){{1,3}}(?![\w-])"
)
_BEFORE_KEYWORD = (
    r"(?:Kórház(?:[ \t]és[ \t]Rendelőintézet)?|Kórháza|(?:Devlet|Şehir|Eğitim[ \t]ve[ \t]Araştırma|"
    r"Üniversitesi|Araştırma)[ \t]Hastanesi|Hastanesi)"
)
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?:{_NAME}[ \t]){{1,3}}{_BEFORE_KEYWORD}(?![\w-])")
_RULES = (literal_starts(_NAME_AFTER), _NAME_BEFORE)
# The Turkish keyword written before a listed town, as a foreign writer orders it: "Devlet Hastanesi <Town>".
_TOWN_AFTER = re.compile(rf"(?<![\w-])(?:Devlet|Şehir|Üniversitesi)[ \t]Hastanesi[ \t](?P<t>{_NAME})")
_GATE = NeedleGate(
    ("nemocnic", "szpital", "bolnic", "bolnišnic", "spitalul", "kórház", "hastanesi", "centar", "klinični"), lower=True
)
# A capitalised word before the keyword that is a cue of the citing text, not part of the name.
_CUE_WORDS = frozenset(
    {
        "Befund",
        "Bericht",
        "Voraufnahmen",
        "Vorbefund",
        "Erstversorgung",
        "Aus",
        "Im",
        "In",
        "From",
        "At",
        "Report",
        "Images",
        "Imaging",
        "Outside",
        "Comparison",
        "Vergleich",
        "Zuweisung",
    }
)


def foreign_hospital_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of hospitals named in Czech, Slovak, Polish, Croatian, Slovene, Romanian, Hungarian or
    Turkish in `text` (`lowered`: its lower-cased copy)."""
    if not _GATE.search(lowered):
        return []
    hits: list[Hit] = []
    for rule in _RULES:
        for m in rule.finditer(text):
            start = m.start()
            while (space := text.find(" ", start, m.end())) > 0 and text[start:space] in _CUE_WORDS:
                start = space + 1
            hits.append(Hit(start, m.end(), "INSTITUTION", "rule"))
    for m in _TOWN_AFTER.finditer(text) if "Hastanesi " in text else ():
        if (end := known_town_end(text, m.start("t"))) is not None:
            hits.append(Hit(m.start(), end, "INSTITUTION", "rule"))
    return hits
