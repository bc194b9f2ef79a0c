"""Acronyms of facilities decided by their context (round 16b), not by a list of houses.

- In brackets right after a found facility, when the acronym's letters are the facility's initials in order:
  "<Name>-Zentrum <Place> (<NZP>)", "<Place> General Hospital (<PGH>)"; other occurrences of it in the text follow
  (propagate.py). A clinical abbreviation in brackets ("(PET)", "(CT)") shares no initials and stays.
- Before a place of a house: "<ACR> IR suite", "<ACR> theatres", "<ACR> PTS booked", "<ACR> switchboard".
- A service's acronym beside an interpreter or social role: "<ACR>, Dolmetscherin", "interpreter via <ACR>".
- After a preposition of place and before a planning verb: "im <ACR> geplant", "at <ACR> booked", when the
  acronym carries a house letter (has_house_letters): "at PACU booked", "im EPU geplant" are units.
Modality, clinical, unit and ID-label abbreviations are none (site_forms.is_site_acronym): "im MRT geplant", "CT
suite", "MRI suite", "ITU ward", "PTS booked by the ward".
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit
from curation.deid.text.site_forms import is_site_acronym

_ACR = r"[A-ZÄÖÜ][A-ZÄÖÜ&]{1,5}"
BRACKETED_AFTER = re.compile(rf"[ \t]*\((?P<v>{_ACR})\)")
PLACE_OF_HOUSE = re.compile(r"(?<![\w&/-])(?P<v>[A-Z]{3,6})(?=[ \t]+(?:(?:IR|CT|MRI|MR|US|cath|angio|"
                            r"interventional|endoscopy|main|day)[ \t]+)?(?:suite|suites|theatres?|PTS|switchboard|"
                            r"campus|Notaufnahme|Zentralsterilisation)(?![\w-]))")
PLACE_RULE = Gated(PLACE_OF_HOUSE, (" suite", " theatre", " PTS", " switchboard", " campus", " Notaufnahme"))
_ROLES = (r"(?:Dolmetscher(?:in|innen)?|Übersetzer(?:in)?|Kulturvermittler(?:in)?|[Ii]nterpreters?|[Ii]nterprète|"
          r"[Ii]nterprete)")
# (After the role, a service written in camel case is a brand too: "interpreter from <Language><Line>".)
SERVICE_ROLE = re.compile(rf"(?<![\w&-])(?P<v>[A-Z]{{3,6}})[ \t]*[,:/–-]?[ \t]*{_ROLES}(?![\w-])|"
                          rf"{_ROLES}[ \t]*(?:\(|(?:via|über|von|vom|der|des|from|of|du|de|del|della)[ \t]+)"
                          rf"(?P<w>[A-Z]{{3,6}}|(?P<camel>[A-Z][a-z]+(?:[A-Z][a-z]+)+))(?![\w&-])")
SERVICE_RULE = Gated(SERVICE_ROLE, ("Dolmetsch", "Übersetzer", "Kulturvermittl", "interpret", "Interpret"))
PLANNED_AT = re.compile(r"(?:[ \t]|^)(?:im|am|ins|ans|beim|vom|zum|in|at|via|in[ \t]the|at[ \t]the|nel|al|au|à[ \t]l')"
                        r"[ \t]+(?P<v>[A-Z]{3,6})(?=[ \t]+(?:geplant|vorgesehen|angemeldet|terminiert|vereinbart|"
                        r"booked|planned|arranged|scheduled|programmata|programmato|prévue?s?|planifiée?)(?![\w-]))",
                        re.M)
PLANNED_RULE = Gated(PLANNED_AT, ("geplant", "vorgesehen", "angemeldet", "terminiert", "vereinbart", "booked",
                                  "planned", "arranged", "scheduled", "programmat", "prévu", "planifi"))


def has_house_letters(acronym: str) -> bool:
    """A positive cue that an acronym names a house: a letter of a house word (H for Hospital / Hôpital /
    Hochschule, K for Klinik / Klinikum / Krankenhaus / Kantonsspital), a Z after the first letter (Zentrum: "SZO",
    "USZ") or a university's U before a house letter ("USB", "UMM"). Unit and procedure acronyms after "at / im ...
    booked / geplant" have none ("PACU", "NICU", "TOE", "ESWL", "TACE", "EPU", "ZOP", "AWR"); the clinical ones that
    do ("HKL") are in site_forms.CLINICAL_ACRONYMS."""
    return ("H" in acronym or "K" in acronym or "Z" in acronym[1:]
            or (acronym[0] == "U" and len(acronym) > 1 and acronym[1] in "SMCZ"))


def _initials(value: str) -> str:
    """The capitals that open the words and the parts of a facility's name: "Radiologie-Zentrum Seefeld" ->
    "RZS", "Queen Elizabeth University Hospital" -> "QEUH"."""
    return "".join(p[0] for p in re.split(r"[\s/-]+", value) if p and p[0].isupper())


def _in_order(acronym: str, name: str) -> bool:
    """True when the acronym opens with the name's initial and its other letters follow in the name in order
    ("UZL" in "Ultraschallzentrum Lindenau": the parts of a compound count)."""
    initials = _initials(name)
    if not initials or acronym[0] != initials[0]:
        return False
    it = iter(name[1:].upper())
    return all(c in it for c in acronym[1:].replace("&", ""))


def site_acronym_hits(text: str, lowered: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits of facility acronyms found by their context; `hits` are the rules' hits so far."""
    out: list[Hit] = []
    for h in hits:
        if h.label == "INSTITUTION" and (m := BRACKETED_AFTER.match(text, h.end)) and is_site_acronym(m.group("v")) \
                and _in_order(m.group("v"), text[h.start:h.end]):
            out.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    for rule in (PLACE_RULE, SERVICE_RULE, PLANNED_RULE):
        for m in rule.finditer(text, lowered):
            group = "w" if rule is SERVICE_RULE and m.group("v") is None else "v"
            if rule is PLANNED_RULE and not has_house_letters(m.group("v")):
                continue
            if (group == "w" and m.group("camel")) or is_site_acronym(m.group(group)):
                out.append(Hit(m.start(group), m.end(group), "INSTITUTION", "rule"))
    return out
