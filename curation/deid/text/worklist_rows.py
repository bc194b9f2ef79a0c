"""Pipe-delimited worklist and order rows (round 19a): names in capitals and the row's leading accession.

A RIS / PACS worklist or an HL7-like export row holds its people as "SURNAME,GIVEN" or "SURNAME,I" (the patient,
the ordering or reading physician in a late column, no title), in any column: "A7712|20260114|CT CHEST|OKAFOR,
CHIDI|BRANDT,L|F". A row is a line of three pipes or more; a cell is a person when it is exactly capitals, a comma
and capitals (an initial, a given name, or a given name and an initial), no part a known non-name, heading,
modality, view or side word ("CT,MR", "AP,LAT", "WRIST,L", "CHEST,PA" stay) nor a care noun, and the surname of
three letters or more; before a side or contrast letter ("L", "R", "W") only a listed surname ("SCAPHOID,R"
stays).

The row's first cell is its accession when it is one token of six digits or more with a hyphen-joined suffix or
letters ("250114-33", "A77120431", "RX2401-0042") and a later cell holds a date: the whole token is the ID (a
date rule alone takes its date-like half).
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import Hit, words
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname

__all__ = ["worklist_row_hits"]

_CELL_NAME = re.compile(r"(?P<s>[A-Z][A-Z'-]+(?:[ ][A-Z][A-Z'-]+)?),[ ]?(?P<g>[A-Z][A-Z'-]*(?:[ ][A-Z]\.?)?)")
# Modality, view, side, contrast and priority words of worklists (the cells a comma joins that name no one).
_ROW_WORDS = words("""
ap pa lat lateral obl oblique views view ap/lat l r lt rt li re bil bilat bilateral left right links rechts
ct mr mri mrt us xr cr dx nm pet rx mg rf xa ot sr ko pr wo w contrast kontrast nativ km iv oral
chest thorax abdomen pelvis head neck brain spine cspine lspine tspine knee hip hips wrist hand hands foot feet
ankle shoulder elbow finger toe femur tibia humerus skull sinus sinuses orbit orbits kub liver renal kidney
breast mammo cardiac heart angio venous arterial stat urgent routine dringend eilig elektiv normal portable
supine erect upright prone flexion extension inspiration expiration axial coronal sagittal
""")
_ROW_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d{6}|(?:19|20)\d\d-\d\d-\d\d")
# A line of three pipes or more.
_ROW = re.compile(r"(?m)^[^|\n]*(?:\|[^|\n]*){3,}$")
_ACCESSION = re.compile(r"[A-Z]{0,4}\d{6,}(?:-\d{1,4})?|[A-Z]{1,4}\d{4,}-\d{2,6}")


def _known_word(word: str) -> bool:
    low = word.lower()
    return low in _ROW_WORDS or low in NOT_NAME_WORDS or is_care_noun(low)


def _names_someone(cell: str) -> bool:
    m = _CELL_NAME.fullmatch(cell)
    if m is None:
        return False
    surname, given = m.group("s"), m.group("g")
    parts = [*surname.replace("-", " ").split(), *given.replace(".", " ").split()]
    if len(surname.replace("-", "").replace(" ", "")) < 3 or any(_known_word(p) for p in parts if len(p) > 1):
        return False
    # A side or contrast letter after the comma ("SCAPHOID,R", "BRAIN,W") leaves only a listed surname a person.
    return not (len(given) == 1 and given.lower() in _ROW_WORDS) or is_surname(surname)


def worklist_row_hits(text: str) -> list[Hit]:
    """PERSON hits for the capitals "SURNAME,GIVEN" cells and ID hits for the leading accession of pipe rows."""
    if text.count("|") < 3 or ("," not in text and not any(c.isdigit() for c in text)):
        return []
    hits: list[Hit] = []
    for row in _ROW.finditer(text):
        offset = row.start()
        cells = row.group().split("|")
        for i, cell in enumerate(cells):
            value = cell.strip()
            at = offset + cell.find(value) if value else offset
            if "," in value and _names_someone(value):
                hits.append(Hit(at, at + len(value), "PERSON", "rule"))
            elif i == 0 and _ACCESSION.fullmatch(value) and any(_ROW_DATE.search(c) for c in cells[1:]):
                hits.append(Hit(at, at + len(value), "ID", "rule"))
            offset += len(cell) + 1
    return hits
