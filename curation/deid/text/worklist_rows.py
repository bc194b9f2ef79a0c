"""Pipe-delimited worklist and order rows (round 19a): names in capitals and the row's leading accession.

A RIS / PACS worklist or an HL7-like export row holds its people as "SURNAME,GIVEN" or "SURNAME,I" (the patient,
the ordering or reading physician in a late column, no title), in any column: "A7712|20260114|CT CHEST|OKAFOR,
CHIDI|BRANDT,L|F". A row is a line of three pipes or more; a cell is a person when it is exactly capitals, a comma
and capitals (an initial, a given name, or a given name and an initial), no part a known non-name, heading,
modality, view, side, anatomy or exam word ("CT,MR", "AP,LAT", "WRIST,L", "CHEST,PA", "BONE,SCAN" stay) nor a care
noun, and the surname of three letters or more; before a side or contrast letter ("L", "R", "W") only a listed
surname ("SCAPHOID,R" stays). A whole word after the comma must make the cell look like a name (review of 19a): the
surname listed or the given name listed ("OKAFOR,CHIDI", "LINDQVIST,SOFIA"); an exam cell of two unlisted words
("CAROTID,DOPPLER", "PROSTATE,MPMRI", "IVC,FILTER") names no one.

The row's first cell (after a leading bar: "| 250114-33 | ...") is its accession when it is one token of six
digits or more with a hyphen-joined suffix or letters ("250114-33", "A77120431", "RX2401-0042") and a later cell
holds a date: the whole token is the ID (a date rule alone takes its date-like half).
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import Hit, words
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname, is_surname_or_word

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
abdo aorta bone bones heel mandible carotid prostate adrenal thyroid parotid sella mastoid patella clavicle lung
coronary fetal obstetric temporal facial skeletal ivc cvc picc
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
    if len(given) == 1:
        return given.lower() not in _ROW_WORDS or is_surname(surname)
    # A whole word after the comma: the surname or the given name must be listed (no exam cell of two words).
    first_given = given.split()[0]
    return is_surname_or_word(surname) or is_any_given_name(first_given.capitalize())


def worklist_row_hits(text: str) -> list[Hit]:
    """PERSON hits for the capitals "SURNAME,GIVEN" cells and ID hits for the leading accession of pipe rows."""
    if text.count("|") < 3 or ("," not in text and not any(c.isdigit() for c in text)):
        return []
    hits: list[Hit] = []
    for row in _ROW.finditer(text):
        offset = row.start()
        cells = row.group().split("|")
        lead = 1 if not cells[0].strip() else 0  # a row opening with a bar: its accession is the second cell
        for i, cell in enumerate(cells):
            value = cell.strip()
            at = offset + cell.find(value) if value else offset
            if "," in value and _names_someone(value):
                hits.append(Hit(at, at + len(value), "PERSON", "rule"))
            elif i == lead and _ACCESSION.fullmatch(value) and any(_ROW_DATE.search(c) for c in cells[1:]):
                hits.append(Hit(at, at + len(value), "ID", "rule"))
            offset += len(cell) + 1
    return hits
