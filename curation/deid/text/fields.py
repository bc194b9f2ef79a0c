"""Field layouts: a column header names its cells, an address label names its line.

- Tables: a header line whose cells (apart by tabs, pipes or three spaces) include a name column ("Name",
  "Vorname", "Nachname", "Surname", "First name", "Patient") makes the cells below it in that column
  person names, up to the next blank line ("Name\\tVorname\\tGeb.\\nPichler\\tAnton\\t11.09.1946"). Only cells
  shaped like a name (letters, hyphens, apostrophes, a comma, at most four words) are taken.
- Labelled address lines: after "Adresse:", "Anschrift:", "Wohnadresse:", "Address:", "Home address:",
  "Mailing address:", "Domicile:", "Indirizzo:" the rest of the field (up to the line end, a pipe, a tab, a
  semicolon) is an address when it holds a digit (a house number or postcode): house names and flat lines
  that no street rule knows ("The Old Forge, Church Lane, ...", "Flat 2, Rowan House, ...") included.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit
from curation.deid.text.names import NOT_NAME_WORDS

_CELL_GAP = re.compile(r"\t|[ ]*\|[ ]*|[ ]{3,}")
_NAME_COLUMNS = frozenset({"name", "vorname", "nachname", "familienname", "surname", "first name", "given name",
                           "last name", "forename", "forenames", "patient", "patientin", "patient name",
                           "patientenname", "geburtsname", "name, vorname", "nachname, vorname", "family name"})
_NAME_CELL = re.compile(r"[^\W\d_][\w'’.-]*(?:,?[ ][^\W\d_][\w'’.-]*){0,3}")
_NEEDLES = ("name", "patient")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for gap in _CELL_GAP.finditer(text, start, end):
        out.append((pos, gap.start()))
        pos = gap.end()
    out.append((pos, end))
    return out


def _lines(text: str, start: int):
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def table_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the cells under a name column header."""
    if not any(n in lowered for n in _NEEDLES) or ("\t" not in text and "|" not in text and "   " not in text):
        return []
    hits: list[Hit] = []
    lines = list(_lines(text, 0))
    for i, (start, end) in enumerate(lines):
        header = _cells(text, start, end)
        if len(header) < 2:
            continue
        columns = [k for k, (a, b) in enumerate(header) if lowered[a:b].strip(" :") in _NAME_COLUMNS]
        if not columns:
            continue
        for row_start, row_end in lines[i + 1:i + 8]:
            if not text[row_start:row_end].strip():
                break
            row = _cells(text, row_start, row_end)
            if len(row) != len(header):
                break
            for k in columns:
                a, b = row[k]
                value = text[a:b].strip()
                a += len(text[a:b]) - len(text[a:b].lstrip())
                if (_NAME_CELL.fullmatch(value) and value[0].isupper()
                        and not any(w.lower().strip(",.") in NOT_NAME_WORDS for w in value.split())):
                    hits.append(Hit(a, a + len(value), "PERSON", "cue"))
    return hits


ADDRESS_LABEL = re.compile(r"(?<![\w-])(?:Adresse|Anschrift|Wohnadresse|Wohnanschrift|Postanschrift|Address|"
                           r"Home[ \t]address|Mailing[ \t]address|Postal[ \t]address|Domicile|Domicilio|Indirizzo|"
                           r"Adresse[ \t]postale)[ \t]*:[ \t]*(?P<v>[^\n|\t;]+)")
_LABEL_NEEDLES = ("adress", "anschrift", "address", "domicil", "indirizzo")


def address_field_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of the values of address labels that hold a digit."""
    if not any(n in lowered for n in _LABEL_NEEDLES):
        return []
    hits: list[Hit] = []
    for m in ADDRESS_LABEL.finditer(text):
        value = m.group("v").rstrip(" .,")
        if any(c.isdigit() for c in value) and value[:1].isalnum():
            # One span per comma-separated part, as the street and town rules report them.
            pos = m.start("v")
            for part in value.split(","):
                if part.strip():
                    start = pos + len(part) - len(part.lstrip())
                    hits.append(Hit(start, start + len(part.strip()), "ADDRESS", "rule"))
                pos += len(part) + 1
    return hits
