"""Words that name a hospital unit, a shift, a document or a part of a house, never a place or a site (round 12).

German writes these as capitalised compounds ("Notfallambulanz", "Kinderradiologie", "Nachtdienst",
"Entlassungsbericht", "Arztbrief", "Treppenhaus"), so a capitalised word alone looks like a town or a site's name:
in a site column's cell, or on the line after a street. The compound's last part says what it is: a unit,
department, shift, document or house head. A word that the towns list holds stays a place ("Neuhaus").
English unit cells ("A&E", "ED Resus", "Majors", "Outpatients") are unit phrases of closed words.
"""

from __future__ import annotations

from curation.deid.text.common import words
from curation.deid.text.towns import towns

# Heads of German compounds that name a unit, a department, a shift, a document or a part of a house.
_DE_HEADS = (
    "ambulanz", "aufnahme", "notaufnahme", "logie", "chirurgie", "medizin", "therapie", "iatrie", "pädie", "station",
    "stationen", "abteilung", "dienst", "dienste", "pflege", "sprechstunde", "zentrale", "leitstelle", "labor",
    "sekretariat", "anmeldung", "empfang", "brief", "briefe", "bericht", "berichte", "befund", "befunde",
    "protokoll", "konferenz", "board", "treppenhaus", "treppe", "stiege", "keller", "geschoss", "stockwerk",
    "dachgeschoss", "zimmer", "schicht", "bereitschaft", "visite", "nachtdienst", "spätdienst", "frühdienst",
)
# English unit and shift words (a cell made only of these names a unit, not a site).
_EN_UNIT_WORDS = words("""
a&e ae ed er resus majors minors ambulatory paeds peds paediatric pediatric outpatients outpatient inpatients
inpatient opd icu itu hdu ccu nicu picu micu sicu cdu amu sdec utc miu theatre theatres recovery ward wards day
unit night shift nights days late early on-call oncall radiology imaging department dept clinic emergency
""")


def is_unit_word(value: str) -> bool:
    """True for a unit, department, shift, document or house word ("Kinderambulanz", "Nachtdienst", "A&E",
    "ED Resus"); False for a listed town and for other words."""
    value = value.strip()
    if not value or value in towns():
        return False
    parts = value.lower().split()
    if all(p in _EN_UNIT_WORDS for p in parts):
        return True
    return len(parts) == 1 and parts[0].split("-")[-1].endswith(_DE_HEADS) and value[:1].isupper()
