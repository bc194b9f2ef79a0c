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

from curation.deid.text.common import Gated, Hit, NeedleGate, literal_starts
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.tables import is_generic_header, thing_or_person

_CELL_GAP = re.compile(r"\t|[ ]*\|[ ]*|[ ]{3,}")
_NAME_COLUMNS = frozenset({"name", "vorname", "nachname", "familienname", "surname", "first name", "given name",
                           "last name", "forename", "forenames", "patient", "patientin", "patient name",
                           "patientenname", "geburtsname", "name, vorname", "nachname, vorname", "family name"})
_NAME_CELL = re.compile(r"[^\W\d_][\w'’.-]*(?:,?[ ][^\W\d_][\w'’.-]*){0,3}")
_NEEDLES = ("name", "patient")
_GATE = NeedleGate(_NEEDLES, lower=True)  # from the shared needle pass (round 18 of speed)


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
    if not _GATE.search(lowered) or ("\t" not in text and "|" not in text and "   " not in text):
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
                        and not any(w.lower().strip(",.") in NOT_NAME_WORDS for w in value.split())
                        and not (is_generic_header(text[header[k][0]:header[k][1]])
                                 and not thing_or_person(text, row, value))):
                    hits.append(Hit(a, a + len(value), "PERSON", "cue"))
    return hits


ADDRESS_LABEL = literal_starts(re.compile(
    r"(?<![\w-])(?:Adresse|Anschrift|Wohnadresse|Wohnanschrift|Postanschrift|Address|"
                           r"Home[ \t]address|Mailing[ \t]address|Postal[ \t]address|Domicile|Domicilio|Indirizzo|"
                           r"Adresse[ \t]postale|Straße|Strasse|Street|Rue|Via|Straße/Nr\.|Strasse/Nr\.)[ \t]*:[ \t]*"
                           r"(?P<v>[^\n|\t;]+)"))
# (Round 14c: a street field of a master-data form, "Straße:          Am Kiekeberg 3a".)
_LABEL_NEEDLES = ("adress", "anschrift", "address", "domicil", "indirizzo", "straße:", "strasse:", "street:", "rue:",
                  "via:", "/nr.:")
_LABEL_GATE = NeedleGate(_LABEL_NEEDLES, lower=True)  # from the shared needle pass (round 18 of speed)
# A field also ends at a sentence end: a full stop after a word of three or more characters that is not a
# street or unit abbreviation, before a capitalised word ("... Exeter EX2 5LQ. Paget disease ...") or an
# abbreviation in capitals ("1950 Sion. IRM du genou", "Tél." and French capitals included), but not in
# "Hauptstr. 5", "St. Gallen" or "Bahnhofstr. Ecke Lindenweg".
_SENTENCE_END = re.compile(r"(?<=\w{3})(?<![Ss]tr)(?<!Ave)(?<!Apt)(?<!Blvd)(?<!Bldg)(?<!Hwy)(?<!Pkwy)(?<!gasse)"
                           r"\.[ \t]+(?=[A-ZÄÖÜÀÂÉÈÊÎÔÛÇ][a-zäöüßàâçéèêëîïôûùœ]|[A-ZÄÖÜ]{2,5}\b(?!\.))")


def address_field_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of the values of address labels that hold a digit."""
    if not _LABEL_GATE.search(lowered):
        return []
    hits: list[Hit] = []
    for m in ADDRESS_LABEL.finditer(text):
        value = m.group("v")
        if (end := _SENTENCE_END.search(value)) is not None:
            value = value[:end.start()]
        value = value.rstrip(" .,")
        if any(c.isdigit() for c in value) and value[:1].isalnum():
            # One span per comma-separated part, as the street and town rules report them.
            pos = m.start("v")
            for part in value.split(","):
                if part.strip():
                    start = pos + len(part) - len(part.lstrip())
                    hits.append(Hit(start, start + len(part.strip()), "ADDRESS", "rule"))
                pos += len(part) + 1
    return hits


# A unit, door, box or room number beside an address is part of it: "Top 5/2, Wiedner Hauptstraße 3", "Flat 3/2,
# 45 Byres Road", "Unit 7, Riverside Business Park", "Rural Route 2, Box 118, Hamlin".
UNIT = literal_starts(re.compile(
    r"(?<![\w-])(?:Flat|Unit|Apartment|Apt\.?|Suite|Ste\.?|Top|Stiege|Stg\.?|Tür|Whg\.?|Wohnung|"
                  r"Rural[ \t]Route|RR|P\.?[ \t]?O\.?[ \t]Box|Box|Postfach|Room|Rm\.?|Zimmer|Zi\.)[ \t]?\d+[A-Za-z]?"
                  r"(?:/\d+)*(?![\w/])"))
UNIT_RULE = Gated(UNIT, ("Flat", "Unit", "Apartment", "Apt", "Suite", "Ste", "Top", "Stiege", "Stg", "Tür", "Whg",
                         "Wohnung", "Rural", "RR", "Box", "Postfach", "Room", "Rm", "Zimmer", "Zi."))
POSTAL_DISTRICT = re.compile(r"[ \t](?P<v>\d{1,2})(?=[ \t]*(?:[,;\n)]|\.(?:[ \t]|$)|$))")
_POSTCODE_TOWN = re.compile(r"(?:CH-)?\d{4}[ \t][^\W\d_][\w'-]*\Z")
# A US address with the state written out: "Atlanta, Georgia 30309", "Hamlin, West Virginia 25523-1102".
_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
           "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
           "Mississippi|Missouri|Montana|Nebraska|Nevada|New[ ]Hampshire|New[ ]Jersey|New[ ]Mexico|New[ ]York|"
           "North[ ]Carolina|North[ ]Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ ]Island|South[ ]Carolina|"
           "South[ ]Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ ]Virginia|Wisconsin|Wyoming")
STATE_ZIP = Gated(re.compile(rf"(?P<v>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t](?:{_STATES})[ \t]\d{{5}}(?:-\d{{4}})?)"
                            rf"(?![\w-])"), tuple(s.replace("[ ]", " ") for s in _STATES.split("|")))
# A district or village named as such: "im Ortsteil Oberweiler", "Gemeinde Hintertux", "the village of Much Hadham".
DISTRICT = literal_starts(re.compile(
    r"(?<![\w-])(?:Ortsteil|Stadtteil|Gemeinde|Ortschaft|Weiler|village[ \t]of|town[ \t]of|"
                      r"hamlet[ \t]of)[ \t]+(?P<v>[A-ZÄÖÜ][\wäöüß]+(?:[ -][A-ZÄÖÜ][\wäöüß]+){0,2})"))
DISTRICT_RULE = Gated(DISTRICT, ("Ortsteil", "Stadtteil", "Gemeinde", "Ortschaft", "Weiler", "village of", "town of",
                                 "hamlet of"))


def _beside(text: str, m: re.Match[str], edges: set[int]) -> bool:
    after = m.end() + len(text[m.end():m.end() + 3]) - len(text[m.end():m.end() + 3].lstrip(", \t\n"))
    before = m.start() - (len(text[max(0, m.start() - 3):m.start()])
                          - len(text[max(0, m.start() - 3):m.start()].rstrip(", \t\n")))
    return after in edges or before in edges


def address_unit_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """ADDRESS hits of unit numbers right before or after an address span, US state-name addresses and
    districts named as such."""
    out: list[Hit] = []
    units = list(UNIT_RULE.finditer(text, text))
    if units:
        # Beside an address only: a practice's "Summit Orthopedic Group, Suite 210" is its own business.
        edges = {h.start for h in hits if h.label == "ADDRESS"} | {h.end for h in hits if h.label == "ADDRESS"}
        for _ in range(3):  # "Rural Route 2, Box 118, Hamlin": a unit beside a unit beside an address
            taken = [m for m in units if _beside(text, m, edges)]
            if not taken:
                break
            for m in taken:
                out.append(Hit(m.start(), m.end(), "ADDRESS", "rule"))
                edges |= {m.start(), m.end()}
                units.remove(m)
    for h in hits:  # a Swiss postal district after the town: "1211 Genève 4", "8021 Zürich 1"
        if h.label == "ADDRESS" and (m := POSTAL_DISTRICT.match(text, h.end)) is not None and _POSTCODE_TOWN.match(
                text, h.start, h.end) is not None:
            out.append(Hit(h.start, m.end("v"), "ADDRESS", "rule"))
    out.extend(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for m in STATE_ZIP.finditer(text, text))
    out.extend(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for m in DISTRICT_RULE.finditer(text, text))
    return out
