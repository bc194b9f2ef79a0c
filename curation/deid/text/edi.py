"""ANSI X12 EDI segments pasted into a report (837 claims, 835 remittances, 270/271 eligibility): an element's
position says what it holds, whatever its shape.

A segment is a known segment id, "*" and its elements up to the segment terminator "~" ("NM1*IL*1*DOE*JANE****MI*
W123456789~"); elements are split at "*" (the standard's usual delimiters; ISA may declare others, which is not
followed). Only terminated segments count, so that a "T2*" sequence name or a footnote star is never read. The PHI
elements, by position (X12 5010 numbering, element 1 right after the id):

- NM1-3..5 (and 7, suffix) of a person (NM1-2 "1"): PERSON, one span from the surname to the last name element
  written; NM1-3 of an organisation (NM1-2 "2") other than the payer (NM1-1 "PR"): INSTITUTION; NM1-9 (the
  member, NPI or tax id after its qualifier NM1-8): ID.
- N3-1/2 street lines: ADDRESS (one span); N4-1..3 city, state and ZIP: ADDRESS (one span, "SACRAMENTO*CA*95822").
- DMG-2 birth date, DTP-3 dates (also "RD8" ranges), BHT-4 creation date: DATE.
- REF-2, CLM-1 patient control number, CLP-1 / CLP-7 claim numbers, TRN-2, BHT-3, SBR-3 group number: ID.
- PER-2 contact name: PERSON; PER-4/6/8 after a TE / FX / EX / CP qualifier: PHONE, after EM: EMAIL.

Procedure and diagnosis codes (SV1, HI), amounts, qualifiers and the envelope (ISA / GS / ST) stay.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit

# Segment ids whose elements are read; the segment must end with "~" on its own line or before the next one.
_SEGMENT = re.compile(r"(?<![\w*])(?P<id>NM1|N3|N4|DMG|DTP|REF|CLM|CLP|TRN|BHT|SBR|PER)\*(?P<body>[^~\n]*)~")
_PERSON_NAME_ELEMENTS = (3, 4, 5, 7)
_POSITIONS: dict[str, dict[int, str]] = {
    "DMG": {2: "DATE"}, "DTP": {3: "DATE"}, "BHT": {3: "ID", 4: "DATE"}, "REF": {2: "ID"}, "CLM": {1: "ID"},
    "CLP": {1: "ID", 7: "ID"}, "TRN": {2: "ID"}, "SBR": {3: "ID"}, "PER": {2: "PERSON"},
}
_PHONE_QUALIFIERS = frozenset({"TE", "FX", "EX", "CP", "BN"})


def _elements(body: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each element of a segment body starting at `start` (element 1 first)."""
    spans, pos = [], start
    for value in body.split("*"):
        spans.append((pos, pos + len(value)))
        pos += len(value) + 1
    return spans


def _element(spans: list[tuple[int, int]], n: int) -> tuple[int, int] | None:
    """The span of element `n` (1-based) when it is written."""
    return spans[n - 1] if n <= len(spans) and spans[n - 1][1] > spans[n - 1][0] else None


def _one_span(spans: list[tuple[int, int]], elements: tuple[int, ...], label: str) -> list[Hit]:
    """One hit from the first to the last written element of `elements` ("DOE*JANE", "SACRAMENTO*CA*95822")."""
    written = [s for n in elements if (s := _element(spans, n))]
    return [Hit(written[0][0], written[-1][1], label, "rule")] if written else []


def _segment_hits(text: str, seg: str, spans: list[tuple[int, int]]) -> list[Hit]:
    value = lambda n: text[spans[n - 1][0]:spans[n - 1][1]] if n <= len(spans) else ""  # noqa: E731
    if seg == "NM1":
        hits = []
        if value(2) == "1":
            hits = _one_span(spans, _PERSON_NAME_ELEMENTS, "PERSON")
        elif value(2) == "2" and value(1) != "PR":
            hits = _one_span(spans, (3,), "INSTITUTION")
        if value(8) and (s := _element(spans, 9)):
            hits.append(Hit(*s, "ID", "rule"))
        return hits
    if seg == "N3":
        return _one_span(spans, (1, 2), "ADDRESS")
    if seg == "N4":
        return _one_span(spans, (1, 2, 3), "ADDRESS")
    hits = [Hit(*s, label, "rule") for n, label in _POSITIONS.get(seg, {}).items() if (s := _element(spans, n))]
    if seg == "PER":
        for n in (4, 6, 8):
            if (s := _element(spans, n)) and (qualifier := value(n - 1)) in (*_PHONE_QUALIFIERS, "EM"):
                hits.append(Hit(*s, "EMAIL" if qualifier == "EM" else "PHONE", "rule"))
    return hits


def edi_hits(text: str) -> list[Hit]:
    """PERSON, ADDRESS, DATE, ID, PHONE and EMAIL hits of the X12 segments in `text` (none without "*" and "~")."""
    if "~" not in text or "*" not in text:
        return []
    hits: list[Hit] = []
    for m in _SEGMENT.finditer(text):
        hits.extend(_segment_hits(text, m.group("id"), _elements(m.group("body"), m.start("body"))))
    return hits


def segment_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each X12 segment `edi_hits` reads: other readers leave them to it."""
    if "~" not in text or "*" not in text:
        return []
    return [(m.start(), m.end()) for m in _SEGMENT.finditer(text)]
