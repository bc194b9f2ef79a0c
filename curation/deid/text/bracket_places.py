"""Towns in brackets, on a site line, and DICOM AE titles naming a site (round 19b).

- A town in brackets after where a patient goes or was seen: "discharged home (<Town>)", "PPC home (<Town>)",
  "outside clinic (<Town>)", "GP surgery (<Town>)": ADDRESS where the word in brackets is a listed town of either
  list (transfer_towns.known_town_end); "home (alone)", "home (independent)" stay.
- A US "Town, ST" in brackets anywhere is an address ("(<Town>, KY)"), where the town is listed: "(<Name>, MD)" is a
  doctor with a degree.
- A site line "Standort <Town>" / "Standort: <Town>", where "Standort" opens its line or follows a comma, a bar or a
  dash: a listed town is ADDRESS, another capitalised name that is no noun of the house is the campus' own name,
  INSTITUTION (as site_forms.CAMPUS_AFTER); "Standort der Läsion", "Standort Nord", "Standort Haus B" stay.
- A DICOM application entity title with a site in it, after "AE", "AE Title", "Source AE", "Calling AE", "Station
  AE": a title in capitals with an underscore is INSTITUTION from its site part to its end (a field hit: no keep
  range of the station's modality part vetoes it). A site part is a listed town ("RVI_NEWCASTLE") or a house's
  acronym: two to five letters with a house letter (site_acronyms.has_house_letters: "KSA_MR2", "CT_KSBL_2" from
  "KSBL"), a listed house acronym with its site ("LKHSTP"), or a saint's house ("STMARYS"); no modality, clinical
  or station word. A title of modality, room and function parts only names no house
  ("MR_3T", "PACS_ARCH", "CT_ROOM2", "US_PORT", "NM_SPECT"; review 19); "AE: CT01" stays.
"""

from __future__ import annotations

import re

from curation.deid.text.common import CAP_WORD, FIELD, Hit, literal_starts, words
from curation.deid.text.facilities import is_de_name_word
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.house_names import DEPARTMENT_ENDINGS
from curation.deid.text.known_sites import opens_with_known_acronym
from curation.deid.text.places import US_STATES
from curation.deid.text.site_acronyms import has_house_letters
from curation.deid.text.site_forms import is_site_acronym
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["bracket_place_hits"]

_NAME = CAP_WORD
_TOWN_IN_BRACKETS = re.compile(
    rf"(?<![\w-])(?:home|Home|clinic|practice|surgery|hospital|hospice|GP|nursing[ \t]home|care[ \t]home|"
    rf"Heim|Hause|Praxis|domicile|domicilio)[ \t]\((?P<v>{_NAME}(?:[ \t-]{_NAME})?)\)"
)
_US_TOWN_IN_BRACKETS = re.compile(rf"\((?P<v>{_NAME}(?:[ \t]{_NAME}){{0,2}},[ \t]{US_STATES})\)")
_SITE_LINE = re.compile(rf"(?<![\w-])Standort:?[ \t](?P<v>{_NAME})")
_AE_TITLE = re.compile(
    r"(?<![\w-])(?:AE[ \t]?Title|AET|Source[ \t]AE|Calling[ \t]AE|Called[ \t]AE|Station[ \t]AE|"
    r"AE)[ \t]?[:=][ \t]?(?P<v>[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?![\w-])"
)
# Parts and quarters of a house after "Standort", no town: "Standort Nord", "Standort Haus B".
_SITE_PARTS = words(
    "nord süd ost west mitte zentrum haus gebäude trakt ambulanz station klinik spital klinikum campus neubau altbau "
    "hauptgebäude erdgeschoss"
)
# DICOM modality codes and station words of an AE title ("US_PORT", "PACS_ARCH", "XA_CATH", "DX_MOBILE" name a
# station, no house); the clinical ones ("CT", "MR", "PET", "PACS") are in site_forms.CLINICAL_ACRONYMS.
_STATION_PARTS = words("""
us ivus hc hd ko ker dx cr xa mg nm rf ot pt io px es sr rg sc xc bmd ww qr ws arch archiv archive hub host cath echo
chest hand knee hybrid port mobile main room ward scanner tomo biplane mono notauf router gateway store print
""")
_SCANNERS = tuple(literal_starts(p) for p in (_TOWN_IN_BRACKETS, _SITE_LINE, _AE_TITLE))


def bracket_place_hits(text: str) -> list[Hit]:
    """ADDRESS hits of towns in brackets and on site lines, INSTITUTION hits of DICOM AE titles in `text`."""
    hits: list[Hit] = []
    for m in _SCANNERS[0].finditer(text) if " (" in text else ():
        if (end := known_town_end(text, m.start("v"))) is not None and end >= m.end("v"):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for m in (
        _SCANNERS[1].finditer(text) if "Standort" in text else ()
    ):  # a site line: a listed town, or a name that is no noun of the house
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        if before and not before.endswith((",", "|", "–", "-", ":", ";")):
            continue  # "Standort" inside a sentence is no site line
        if (known_town_end(text, m.start("v")) or 0) >= m.end("v"):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
        elif (
            is_de_name_word(m.group("v"))
            and m.group("v").lower() not in _SITE_PARTS
            and not m.group("v").lower().endswith(DEPARTMENT_ENDINGS)  # "Standort: Nuklearmedizin Ebene U1"
        ):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))  # a campus by its own name
    if "(" in text:  # (a listed town: "(<Name>, MD)" is a doctor's degree)
        hits.extend(
            Hit(m.start("v"), m.end("v"), "ADDRESS", "rule")
            for m in _US_TOWN_IN_BRACKETS.finditer(text)
            if known_town_end(text, m.start("v")) is not None
        )
    # (The AE label gives the class, as a DICOM attribute does: no keep range of a station's modality vetoes it.)
    if "AE" in text:
        for m in _SCANNERS[2].finditer(text):
            if (site := _ae_site_start(m.group("v"))) is not None:
                hits.append(Hit(m.start("v") + site, m.end("v"), "INSTITUTION", FIELD))
    return hits


def _is_town_part(part: str) -> bool:
    """True for a part of an AE title that is a listed town in capitals ("NEWCASTLE", "CHUR")."""
    return len(part) > 3 and known_town_end(part.title(), 0) == len(part)


def _is_saint_part(part: str) -> bool:
    """True for a saint's house or town in capitals: "ST" and a given name ("STMARYS") or "St. <Town>"
    ("STGALLEN")."""
    rest = part[2:].title()
    if not part.startswith("ST") or len(rest) < 4:
        return False
    return is_any_given_name(rest.removesuffix("s")) or known_town_end(f"St. {rest}", 0) == len(rest) + 4


def _ae_site_start(title: str) -> int | None:
    """The offset of the first site part of an AE title ("KSBL" in "CT_KSBL_2"), or None when its parts are
    modality, room and function words only ("MR_3T", "PACS_ARCH", "CT_ROOM2")."""
    parts = title.split("_")
    offset, named = 0, 0  # named: the offset of the first part of a run of name parts before the site part
    for part in parts:
        name_part = part.isalpha() and is_site_acronym(part) and part.lower() not in _STATION_PARTS
        if name_part and (
            (len(part) <= 5 and has_house_letters(part))
            or opens_with_known_acronym(part)
            or _is_town_part(part)
            or _is_saint_part(part)
        ):
            return named  # the house's own acronym before its town belongs to it ("RVI_NEWCASTLE")
        offset += len(part) + 1
        if not name_part:
            named = offset
    return None
