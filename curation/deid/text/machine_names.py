"""Names in machine formats pasted into a report: X12 / EDI segments and caret-delimited person names.

- **X12 / EDI** (837 claims, 270/271 eligibility, 835 remittances): segments end in "~" (or a line end), elements
  are separated by "*". The segment and the element position say what a value is, as a DICOM attribute does in a
  dump: NM1 (entity code, entity type 1 person / 2 organisation, last or organisation name, first, middle,
  prefix, suffix, ID qualifier, ID) gives the PERSON (last to middle) or the INSTITUTION and the ID; N3 the
  street lines (ADDRESS), N4 city and postcode (ADDRESS; the state stays); DMG the birth date (DATE); REF a
  reference (ID); PER a contact name (PERSON) and its numbers (PHONE, EMAIL). The segment and qualifier codes stay.
- **Caret names** outside a dump or HL7 line (those have their own readers: dicom_dump, hl7): the DICOM / HL7
  person-name form "SURNAME^GIVEN^MIDDLE^PREFIX^SUFFIX" anywhere in a text ("Operator: KELLER^B", "read by
  HALVORSEN^TROND"). A caret between two words is no prose; the name is taken when one of its parts is a listed
  given or surname or a single initial, and no part is a modality or clinical abbreviation ("CT^HEAD" stays).
"""

from __future__ import annotations

import re

from curation.deid.text.common import FIELD, UP, Hit, words
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.surnames import is_surname

# One X12 segment: its ID and the rest up to the segment terminator ("~", a line end or the text's end).
_SEGMENT = re.compile(r"(?<![\w*])(?P<id>NM1|N3|N4|DMG|REF|PER)\*(?P<rest>[^~\n]*)")
# PER contact number qualifiers: telephone, fax, extension, beeper, cell, work, home; e-mail.
_PHONE_QUALIFIERS = frozenset({"TE", "FX", "EX", "BN", "CP", "WP", "HP", "AU"})
_EMAIL_QUALIFIERS = frozenset({"EM"})


def _elements(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The [start, end) of each "*"-separated element in text[start:end] (empty ones included)."""
    out, pos = [], start
    for part in text[start:end].split("*"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _filled(elements: list[tuple[int, int]], *indices: int) -> list[tuple[int, int]]:
    return [elements[i] for i in indices if i < len(elements) and elements[i][1] > elements[i][0]]


def x12_hits(text: str) -> list[Hit]:
    """PHI hits of the X12 segments in `text` (empty when the text holds no "*")."""
    if "*" not in text:
        return []
    hits: list[Hit] = []
    for m in _SEGMENT.finditer(text):
        els = _elements(text, m.start("rest"), m.end("rest"))
        seg = m.group("id")
        if seg == "NM1" and len(els) >= 3:
            entity = text[els[1][0]:els[1][1]]
            if entity == "1" and (parts := _filled(els, 2, 3, 4)):
                hits.append(Hit(parts[0][0], parts[-1][1], "PERSON", FIELD))
            elif entity == "2" and (parts := _filled(els, 2)):
                hits.append(Hit(*parts[0], "INSTITUTION", FIELD))
            hits.extend(Hit(a, b, "ID", FIELD) for a, b in _filled(els, 8))
        elif seg == "N3":
            hits.extend(Hit(a, b, "ADDRESS", FIELD) for a, b in _filled(els, 0, 1))
        elif seg == "N4":  # city and postcode; the state alone is no identifier
            hits.extend(Hit(a, b, "ADDRESS", FIELD) for a, b in _filled(els, 0, 2))
        elif seg == "DMG":
            hits.extend(Hit(a, b, "DATE", FIELD) for a, b in _filled(els, 1))
        elif seg == "REF":
            hits.extend(Hit(a, b, "ID", FIELD) for a, b in _filled(els, 1))
        elif seg == "PER":
            hits.extend(Hit(a, b, "PERSON", FIELD) for a, b in _filled(els, 1))
            for q, v in ((2, 3), (4, 5), (6, 7)):
                if (value := _filled(els, v)) and q < len(els):
                    qualifier = text[els[q][0]:els[q][1]]
                    label = "PHONE" if qualifier in _PHONE_QUALIFIERS else "EMAIL" if qualifier in _EMAIL_QUALIFIERS \
                        else None
                    if label:
                        hits.append(Hit(*value[0], label, FIELD))
    return hits


_PART = rf"[{UP}][A-Za-zÀ-ÖØ-öø-ÿ'’-]*"
CARET_NAME = re.compile(rf"(?<![\w^|])(?P<v>{_PART}\^{_PART}(?:\^(?:{_PART}|[A-Za-z.]*)){{0,3}})(?![\w^])")
# The same with "*" (star-delimited exports other than X12 segments: "PAT*KOVAC*IVANA", "ORDPHYS*LEE*M").
STAR_NAME = re.compile(rf"(?<![\w*|])(?P<v>{_PART}\*{_PART}(?:\*(?:{_PART}|[A-Za-z.]*)){{0,3}})(?![\w*])")
# Modality, clinical and protocol abbreviations that also stand in caret-coded fields ("CT^HEAD", "MR^KNEE").
_CODE_PARTS = words("""ct mr mri mrt xr rx cr dx us nm pt pet spect mg cta mra dsa ot sr ko pr rf xa
head chest abdomen pelvis knee spine brain thorax schaedel kopf wo w contrast km l r lt rt ap pa lat""")


_FIELD_WORDS = words("pat patient pt name nm ref refphys ordphys phys doc dr md attn pn")


def caret_name_hits(text: str) -> list[Hit]:
    """PERSON hits of caret- or star-delimited names outside HL7 lines (a line holding "|" is hl7's)."""
    hits: list[Hit] = []
    if "^" in text:
        _delimited(text, CARET_NAME, "^", hits)
    if "*" in text:
        _delimited(text, STAR_NAME, "*", hits)
    return hits


def _delimited(text: str, pattern: re.Pattern[str], sep: str, hits: list[Hit]) -> None:
    for m in pattern.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if "|" in text[line_start:line_end if line_end >= 0 else len(text)]:
            continue
        parts = [p for p in m.group("v").split(sep) if p]
        if any(p.lower().strip(".") in _CODE_PARTS for p in parts):
            continue
        start = m.start("v")
        while len(parts) > 2 and parts[0].lower() in _FIELD_WORDS:  # a field word before the name stays
            start += len(parts[0]) + 1
            parts = parts[1:]
        family, rest = parts[0], parts[1:]
        if is_surname(family) or any(len(p.strip(".")) == 1 or is_any_given_name(p) for p in rest):
            end = m.end("v")
            while text[end - 1] == sep:
                end -= 1
            hits.append(Hit(start, end, "PERSON", FIELD))
