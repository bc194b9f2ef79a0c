"""The German patient-advocacy office words, one list for the three readers of them (fix round 22).

"Patientenanwaltschaft", "PatientInnenvertretung", "Pflegeombudsstelle", "Patientenbeauftragter": an office that
speaks for patients or residents. Alone it names no one (admin_keeps keeps it); a regional adjective before it
("Tiroler Patientenvertretung", keywordless_sites) or an area after it ("Pflegeanwaltschaft Steiermark",
care_services) makes it a body, an INSTITUTION.
"""

from __future__ import annotations

__all__ = ["PATIENT_OFFICE", "PATIENT_OFFICE_NEEDLES"]

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
