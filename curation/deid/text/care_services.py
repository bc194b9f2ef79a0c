"""Named care services, bodies, schools and spas without a hospital keyword (round 19b).

- Palliative services: "SAPV[-Team] <Name>", a camel-case "Palli<...>" brand with its region ("PalliaMed <Region>").
  The name is a listed town or a name-shaped word (facilities.is_de_name_word, no care noun): "SAPV Verordnung",
  "PalliCare Konsil", "SPITEX Abklärung / Wundversorgung / Termin" name what the service does (review 19).
- Advocacy and representation bodies with their area: "Bewohnervertretung / Patientenanwaltschaft /
  Patientenvertretung / Pflegeombudsstelle / Patientenombudsstelle <Region>"; the body's word alone is the generic
  recipient and stays ("Kopie an die Pflegeombudsstelle").
- Care offices with their place (mend of 24b): "Betreuungsgericht München", "Sozialdienst Halle-Neustadt",
  "Betreuungsgericht Bad Tölz" (a listed town, a hyphenated or prefixed place: office_words.office_place), and a
  trust's PALS after its town ("Harrogate PALS"); "Sozialdienst Dienstag", "Hauskrankenpflege Montag" stay.
- Home-care brands: "SPITEX / Spitex <Region>" (not "Spitex zweimal täglich"), Ticino "ACD / SACD / ALVAD <Area>"
  and Vaud "CMS <Area>" where the area is a listed town or a regional name ("Luganese", "Mendrisiotto").
- Dialysis chains: "[Fresenius] NephroCare / Diaverum / [B. Braun] Avitum <Town>".
- NHS partnerships written without "NHS": "<Name> and <Name> Partnership".
- Schools: "Volksschule / Mittelschule / Grundschule / Gymnasium <Town>", and the Austrian school acronyms "VS /
  MS / NMS / PTS / BG / BRG / HAK / HTL <Town>" where a school word stands near ("Klasse 3b", "Schulunfall",
  "Pause"): the place is a listed town or a town's quarter ("<Town>-Süd"); "MS Schübe" (multiple sclerosis), "VS
  Sturz", "Gymnasium Turnunterricht" stay.
- Spa resorts and cure houses: "Gesundheitsresort / Kuranstalt / Kurhaus / Kurhotel / Kurzentrum [Bad] <Name>".
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import CAP_WORD, Hit, NeedleGate, literal_starts
from curation.deid.text.facilities import is_de_name_word
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.office_words import (
    CARE_OFFICE,
    CARE_OFFICE_NEEDLES,
    OFFICE_PLACE,
    PATIENT_OFFICE,
    PATIENT_OFFICE_NEEDLES,
    office_place,
)
from curation.deid.text.towns import towns
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["care_service_hits"]

_NAME = CAP_WORD
_AREA = rf"{_NAME}(?:[ \t-]{_NAME})?"
# Nouns of the service's own work after its name: "SAPV-Team Einsatz", "Spitex Besuch" (no area).
_SERVICE_NOUNS = frozenset(
    {
        "einsatz",
        "besuch",
        "besuche",
        "visite",
        "team",
        "leitung",
        "dienst",
        "hotline",
        "rufbereitschaft",
        "pflege",
        "einsätze",
        "versorgung",
        "betreuung",
        "meldet",
        "berichtet",
        "bericht",
        "dokumentation",
        "übergabe",
        "anmeldung",
        "kontakt",
        "mitarbeiterin",
        "mitarbeiter",
        "dialyse",
        "dialysis",
        "patient",
        "patientin",
    }
)
# When the service begins or ends: "SAPV Beginn ab Montag", "Spitex Start".
_SERVICE_TIMES = frozenset({"beginn", "start", "ende", "stopp", "pause", "unterbruch"})
_PALLIATIVE = re.compile(rf"(?<![\w-])(?:SAPV(?:-Team)?|Palli[a-z]*[A-Z][A-Za-z]+)[ \t](?P<a>{_AREA})(?![\w-])")
_BODY = re.compile(
    rf"(?<![\w-])(?:Bewohnervertretung|Patientinnen-[ \t]?und[ \t]Patientenanwaltschaft|{PATIENT_OFFICE}|"
    rf"Heimaufsicht)[ \t](?:für[ \t])?(?P<a>{_AREA}|NÖ|OÖ)(?![\w-])"
)
# A care office with its place (mend of 24b): "Betreuungsgericht München", "Sozialdienst Halle-Neustadt",
# "Betreuungsgericht Bad Tölz": the place a listed town, a hyphenated compound or a prefixed form
# (office_words.office_place); the bare office is admin_keeps' keep. A UK trust's PALS after its town ("Harrogate
# PALS") likewise.
_CARE_OFFICE_PLACE = re.compile(rf"(?<![\w-]){CARE_OFFICE}{OFFICE_PLACE.pattern}")
_TOWN_PALS = re.compile(r"(?<![\w-])(?P<t>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]PALS(?![\w-])")
_SPITEX = re.compile(rf"(?<![\w-])(?:SPITEX|Spitex)[ \t](?P<a>{_AREA})(?![\w-])")
_HOME_CARE = re.compile(rf"(?<![\w-])(?:ACD|SACD|ALVAD|ABAD|CMS)[ \t](?P<a>{_AREA})(?![\w-])")
_REGIONAL_ENDINGS = ("ese", "otto", "asca", "ina", "ois", "oise", "tal", "gau", "land")
_DIALYSIS = re.compile(
    rf"(?<![\w-])(?:(?:Fresenius[ \t])?NephroCare|Diaverum|(?:B\.[ \t]Braun[ \t])?Avitum)"
    rf"[ \t](?P<a>{_AREA})(?![\w-])"
)
_PARTNERSHIP = re.compile(
    rf"(?<![\w-])(?P<a>{_NAME}(?:[ \t]{_NAME})?[ \t](?:and|&)[ \t]{_NAME})[ \t]Partnership"
    rf"(?![\w-])"
)
_SCHOOL = re.compile(
    rf"(?<![\w-])(?:Volksschule|Mittelschule|Grundschule|Hauptschule|Realschule|Gymnasium|"
    rf"Primarschule|Sekundarschule|Oberstufenschule)[ \t](?P<a>{_AREA})(?![\w])"
)
_SCHOOL_ACRONYM = re.compile(rf"(?<![\w-])(?:VS|MS|NMS|PTS|BG|BRG|BORG|HAK|HTL|HLW)[ \t](?P<a>{_AREA})(?![\w])")
_SCHOOL_CONTEXT = re.compile(r"(?i:klasse|schul|pause|turnunterricht|sportunterricht|lehrer|schüler|unterricht)")
_COMPASS_END = re.compile(r"-(?:Süd|Nord|Ost|West|Mitte|Zentrum|Land|Stadt)\Z")
_SPA = re.compile(
    rf"(?<![\w-])(?:Gesundheitsresort|Kuranstalt|Kurhaus|Kurhotel|Kurzentrum|Kurheim|Thermenresort)"
    rf"[ \t](?P<a>(?:Bad[ \t])?{_AREA})(?![\w-])"
)
# Each rule with the literals (case as written) one of which a text must hold for it to run, looked for in the
# shared case-sensitive needle pass (common.TEXT_GATES: "MS " there does not match "ms "); ~40 substring tests of
# their own cost ~18 µs per report (round 18 of speed).
_RULES = tuple(
    (rule, literal_starts(rule), NeedleGate(needles))
    for rule, needles in (
        (_PALLIATIVE, ("SAPV", "Palli")),
        (_BODY, (*PATIENT_OFFICE_NEEDLES, "Heimaufsicht")),
        (_CARE_OFFICE_PLACE, CARE_OFFICE_NEEDLES),
        (_TOWN_PALS, (" PALS",)),
        (_SPITEX, ("SPITEX", "Spitex")),
        (_HOME_CARE, ("ACD ", "ALVAD ", "ABAD ", "CMS ")),
        (_DIALYSIS, ("NephroCare", "Diaverum", "Avitum")),
        (_PARTNERSHIP, (" Partnership",)),
        (_SCHOOL, ("schule ", "Gymnasium ")),
        (_SCHOOL_ACRONYM, ("VS ", "MS ", "PTS ", "BG ", "BRG ", "BORG ", "HAK ", "HTL ", "HLW ")),
        (_SPA, ("resort ", "Kuranstalt", "Kurh", "Kurzentrum", "Kurheim")),
    )
)


def _area_ok(text: str, m: re.Match[str], rule: re.Pattern[str]) -> bool:
    """Whether the area words of match `m` name a place, not the service's own work or a clinical word."""
    if rule is _CARE_OFFICE_PLACE:
        return office_place(m.group("t"), listed=True)
    if rule is _TOWN_PALS:
        return m.group("t") in towns()
    area = m.group("a")
    first = area.split()[0].split("-")[0].lower()
    if first in NOT_NAME_WORDS or first in _SERVICE_NOUNS:
        return False
    known = known_town_end(text, m.start("a")) is not None
    if rule is _HOME_CARE:
        return known or first.endswith(_REGIONAL_ENDINGS)
    if (rule is _PALLIATIVE or rule is _SPITEX) and not known:
        # A brand's own name, not what the service does: "SAPV Verordnung", "SPITEX Abklärung", "PalliCare Konsil"
        # (review 19); "SAPV-Team Lichtblick", "PalliVita Hunsrück" stay names.
        word = area.split()[0].split("-")[0]
        return first not in _SERVICE_TIMES and is_de_name_word(word) and not is_care_noun(word)
    if rule is _SCHOOL or rule is _SCHOOL_ACRONYM:  # a town, or a town's quarter ("<Town>-Süd")
        placed = known or _COMPASS_END.search(area) is not None
        return placed and (rule is _SCHOOL or _SCHOOL_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 60))
    return True


def care_service_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of named palliative, advocacy, home-care and dialysis services, partnerships, schools and
    spas in `text`."""
    hits: list[Hit] = []
    for rule, scanner, gate in _RULES:
        if not gate.search(text):
            continue
        for m in scanner.finditer(text):
            if _area_ok(text, m, rule):
                hits.append(Hit(m.start(), m.end(), "INSTITUTION", "rule"))
    return hits
