"""The German patient-advocacy office words, one list for the three readers of them (fix round 22).

"Patientenanwaltschaft", "PatientInnenvertretung", "Pflegeombudsstelle", "Patientenbeauftragter": an office that
speaks for patients or residents. Alone it names no one (admin_keeps keeps it); a regional adjective before it
("Tiroler Patientenvertretung", keywordless_sites) or an area after it ("Pflegeanwaltschaft Steiermark",
care_services) makes it a body, an INSTITUTION.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP
from curation.deid.text.residence_towns import town_like
from curation.deid.text.towns import towns

__all__ = [
    "CARE_OFFICE",
    "CARE_OFFICE_NEEDLES",
    "OFFICE_PLACE",
    "PATIENT_OFFICE",
    "PATIENT_OFFICE_NEEDLES",
    "office_place",
]

# Who the office speaks for, then what it is.
_WHO = ("Patienten", "PatientInnen", "Pflege")
_OFFICE = (
    "anwaltschaft",
    "anwalt",
    "anwältin",
    "vertretung",
    "ombudsschaft",
    "ombudsstelle",
    "ombudsmann",
    "ombudsfrau",
    "fürsprecherin",
    "fürsprecher",
    "beauftragter",
    "beauftragte",
)
# A regex fragment (no group) of every office word: who, then what.
PATIENT_OFFICE = rf"(?:{'|'.join(_WHO)})(?:{'|'.join(_OFFICE)})"
# Literals one of which every match of PATIENT_OFFICE holds (case as written): the gates of its readers.
PATIENT_OFFICE_NEEDLES = ("anwalt", "anwält", "vertretung", "ombuds", "fürsprecher", "beauftragte")

# Generic desks, courts and services of care (round 24b): "Betreuerin (Betreuungsgericht)", "Leiterin
# Patientenadministration", "Kopie an den Sozialdienst", "Hauskrankenpflege <Body>": each names a kind of office, no
# body; the same bare test as the advocacy offices above decides (a place after one makes a body).
CARE_OFFICE = (
    r"(?:Betreuungsgericht|Vormundschaftsgericht|Familiengericht|Sozialdienst|Kliniksozialdienst|"
    r"Patientenadministration|Patientenaufnahme|Patientenverwaltung|Pflegedienstleitung|Pflegedirektion|"
    r"Hauskrankenpflege|Entlassmanagement|Überleitungspflege)"
)
CARE_OFFICE_NEEDLES = (
    "sgericht",
    "Familiengericht",
    "ozialdienst",
    "tenadministration",
    "tenaufnahme",
    "tenverwaltung",
    "dienstleitung",
    "Pflegedirektion",
    "krankenpflege",
    "Entlassmanagement",
    "Überleitungspflege",
)

# The place after an office (mend of 24b): a town, hyphenated ("Garmisch-Partenkirchen", "Pankow-Weißensee"), after
# "Bad / Sankt / St." ("Bad Tölz"), with "a. d. <River>" or a bracketed river ("Neustadt a. d. Waldnaab", "Halle
# (Saale)"). The keep of a bare office (admin_keeps) and the INSTITUTION of an office with its place
# (care_services) read the same pattern and test, so what the one calls not bare the other takes.
OFFICE_PLACE = re.compile(
    rf"[ \t]+(?P<t>(?:(?:Bad|Sankt|St\.)[ \t]+)?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*"
    rf"(?:[ \t]+a\.[ \t]?d\.[ \t]?[{UP}][{LO}]+|[ \t]+\([{UP}][{LO}]+\))?)(?![\w-])"
)


def office_place(place: str, *, listed: bool = False) -> bool:
    """Whether `place` (OFFICE_PLACE's group) may be a town; with `listed`, only a listed town, a hyphenated
    compound or a prefixed form (bare "Montag", "Chirurgie", "Termin" after an office are no place to a rule that
    takes one)."""
    return town_like(place) and (not listed or place in towns() or "-" in place or " " in place)
