"""HL7 v2 segments pasted into a report: a field's position says what it holds, whatever its shape.

A segment is a line starting with its three-letter id and "|" ("PID|1||A445901^^^MGH||SULLIVAN^BRIDGET"):
fields are split at "|", repetitions at "~", components at "^" (the standard's default delimiters; MSH-2
may declare others, which is not followed). The PHI fields, by position (HL7 v2.5 numbering):

- MSH-4 sending facility: INSTITUTION; MSH-6, the receiving facility: INSTITUTION unless it is a system's or a
  national network's code ("KIS", "EPIC", "ELGA": msh_keeps, round 20b) or a department's, modality's or router's
  ("RAD", "CT1", "DICOMROUTER": review of round 20b); MSH-3 / MSH-5, the sending and receiving
  applications, name no one and are kept (msh_keeps); MSH-7 message time: DATE; MSH-10 control id: ID.
- EVN-2 / EVN-6 event times: DATE.
- PID-2/3/4 patient ids, PID-18 account, PID-19 SSN, PID-20 licence: ID (component 1 of a CX only: the
  assigning authority and the identifier type after it are system codes and stay, round 24a); PID-5 name, PID-6
  mother's maiden name, PID-9 alias: PERSON; PID-7 birth, PID-29 death: DATE; PID-11 address (XAD): ADDRESS;
  PID-13/14 phones: PHONE.
- NK1-2 name: PERSON; NK1-4 address: ADDRESS; NK1-5/6 phones: PHONE.
- PV1-7/8/9/17 attending, referring, consulting, admitting doctor (XCN): ID (component 1) and PERSON
  (family to suffix, components 2-5; prefix and degree stay); PV1-19 visit number: ID; PV1-44/45 admit and
  discharge: DATE. PV1-3/6/11/42/43 locations (PL): the ward, room and bed stay, the facility (component 4) and
  building (component 7) are INSTITUTION (round 12); PV1-39 servicing facility: INSTITUTION.
- ORC-2/3 and OBR-2/3 order numbers, OBR-18/19/20 placer / filler fields (accessions): ID; ORC-9, OBR-6/7/8/
  14/22 times: DATE; ORC-10/11/12/19, OBR-16/28/32-35 staff (XCN; OBR-32-35 with the name from
  component 2): PERSON and ID; ORC-21 ordering facility: INSTITUTION; ORC-22/24 addresses: ADDRESS;
  ORC-14/23 phones: PHONE.
- OBX-14 observation time: DATE; OBX-16 responsible observer: PERSON and ID. OBX-5 (the report text
  itself) is left to the other rules.
- IN1 insurance: plan and company ids (2, 3), group / policy numbers (36, 49): ID; company name (4):
  INSTITUTION; addresses (5, 19): ADDRESS; phone (7): PHONE; insured's name (16): PERSON.
- GT1 guarantor: number (2), SSN (12): ID; name (3): PERSON; address (5): ADDRESS; phones (6, 7): PHONE;
  birth date (8): DATE.
- TXA transcription header (round 17a, the dictation system's own segment): activity, origination, transcription
  and edit times (4, 6, 7, 8): DATE; primary activity provider (5), originator (9), authenticator (10),
  transcriptionist (11) and authentication person (22): PERSON and ID; document numbers (12, 13, 14): ID.
- PD1 primary care: facility (3): INSTITUTION; provider (4): PERSON and ID. ROL role person (4): PERSON and ID.

Round 24a: a segment also starts mid-line after a blank when a message was flattened onto one line ("Zeilenumbrüche
entfernt: MSH|^~\\&|... PID|1||...": MSH with its encoding characters, another segment with a short set id); it runs
to the next known segment id after a blank. An address (XAD: street ^ other designation ^ city ^ state ^ postal code
^ country ^ type ...) gives the street, other designation, city and postal code, each its own ADDRESS span; the
state and country codes stay (keep ranges, `hl7_keeps`), as do a CX's identifier type and an assigning authority
written as a short code (up to five characters: "KAGES", "USB"; "RIVERSIDE" is left to the institution rules). An
XCN written without its id component ("Leitner^Claudia^^^Dr.in") holds the name in components 1-4: the prefix after
it stays.

Mend of round 24a: mid-line, a segment starts only where its line holds a flattened message (an "MSH|^" before it, a
second segment opening, or the segment quoted whole, five field separators or more), so that prose quoting an
opening ("Notiz PID|1| unvollständig, Rest siehe Befund: ...") stays text; an id component (CX, XCN) ends at a blank
before a lower-case word ("PID|1||4471120 fehlt, Befund: ..."). TRAUMA, ORTHANC and other room and PACS names are
node codes (log_logins asks them too).
"""

from __future__ import annotations

import re

from curation.deid.text.common import FIELD, Hit, context_for, words
from curation.deid.text.legal_bodies import AE_GENERIC_WORDS, AE_NODE_WORDS

# What each (segment, field) holds. "XCN": id ^ family ^ given ^ middle ^ suffix ^ prefix ^ degree;
# "XPN": family ^ given ^ middle ^ suffix ^ prefix ^ degree; "CX": id ^ ... ; whole-field classes otherwise.
_FIELDS: dict[str, dict[int, str]] = {
    "MSH": {4: "INSTITUTION", 7: "DATE", 10: "ID"},
    "EVN": {2: "DATE", 6: "DATE"},
    "PID": {2: "CX", 3: "CX", 4: "CX", 5: "XPN", 6: "XPN", 7: "DATE", 9: "XPN", 11: "XAD", 13: "PHONE",
            14: "PHONE", 18: "CX", 19: "ID", 20: "ID", 21: "CX", 29: "DATE"},
    "NK1": {2: "XPN", 4: "XAD", 5: "PHONE", 6: "PHONE"},
    "PV1": {3: "PL", 6: "PL", 7: "XCN", 8: "XCN", 9: "XCN", 11: "PL", 17: "XCN", 19: "CX", 39: "INSTITUTION",
            42: "PL", 43: "PL", 44: "DATE", 45: "DATE"},
    "ORC": {2: "CX", 3: "CX", 9: "DATE", 10: "XCN", 11: "XCN", 12: "XCN", 14: "PHONE", 19: "XCN",
            21: "INSTITUTION", 22: "XAD", 23: "PHONE", 24: "XAD"},
    "OBR": {2: "CX", 3: "CX", 6: "DATE", 7: "DATE", 8: "DATE", 14: "DATE", 16: "XCN", 18: "ID", 19: "ID",
            20: "ID", 22: "DATE", 28: "XCN", 32: "NDL", 33: "NDL", 34: "NDL", 35: "NDL"},
    "OBX": {14: "DATE", 16: "XCN"},
    "IN1": {2: "CX", 3: "CX", 4: "INSTITUTION", 5: "XAD", 7: "PHONE", 16: "XPN", 19: "XAD", 36: "ID",
            49: "CX"},
    "GT1": {2: "CX", 3: "XPN", 5: "XAD", 6: "PHONE", 7: "PHONE", 8: "DATE", 12: "ID"},
    "TXA": {4: "DATE", 5: "XCN", 6: "DATE", 7: "DATE", 8: "DATE", 9: "XCN", 10: "XCN", 11: "XCN", 12: "CX",
            13: "CX", 14: "CX", 22: "XCN"},
    "PD1": {3: "INSTITUTION", 4: "XCN"},
    "ROL": {4: "XCN"},
}
_READ = "MSH|EVN|PID|NK1|PV1|ORC|OBR|OBX|IN1|GT1|TXA|PD1|ROL"
# Segment ids that end a segment of a flattened message (the read ones and the common others).
_ANY_SEGMENT = f"{_READ}|PV2|NTE|AL1|DG1|PR1|IN2|MRG|SPM|TQ1|ZDS|ZPD|ZBE|QRD|MSA|ERR"
# Mid-line, a segment must open as a message's segments do: MSH with its encoding characters, any other with a set
# id of at most four digits ("PID|1||", "OBX|2|", "PV1||"), so that "Auftrag PID|8830152||..." (an order line
# quoting a patient id) stays the table reader's.
_SEGMENT = re.compile(
    rf"(?m)(?:^|(?<=[ \t])(?=MSH\|\^|(?!MSH)[A-Z][A-Z0-9]{{2}}\|\d{{0,4}}\|))(?P<seg>{_READ})\|"
    rf"(?P<rest>(?:(?![ \t]+(?:{_ANY_SEGMENT})\|)[^\n])*)"
)
# Components that hold a name in each composite type (1-based, inclusive).
_NAME_COMPONENTS = {"XCN": (2, 5), "XPN": (1, 4), "NDL": (2, 5)}
# XAD components (0-based) that hold PHI: street, other designation, city, postal code; state (3), country (5) and
# the address type after them stay.
_XAD_PHI = (0, 1, 2, 4)
_XAD_KEPT = (3, 5)
# CX components (0-based) kept: the assigning authority and the identifier type. An authority is kept only as a
# short code ("KAGES", "USB", "EPI", "CHE"): a longer one may spell the house ("RIVERSIDE") and is left to the
# institution rules.
_CX_KEPT = (3, 4)
_CX_AUTHORITY = 3
_CODE_LENGTH = 5


def _split(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    out, pos = [], start
    while True:
        cut = text.find(sep, pos, end)
        if cut < 0:
            out.append((pos, end))
            return out
        out.append((pos, cut))
        pos = cut + 1


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """[a, b) without leading / trailing blanks and component separators; None when nothing is left."""
    while a < b and text[a] in " \t^&":
        a += 1
    while b > a and text[b - 1] in " \t^&":
        b -= 1
    return (a, b) if b > a else None


# An identifier holds no prose: it ends at a blank before a lower-case word ("PID|1||4471120 fehlt, Befund: ...").
_PROSE_AFTER = re.compile(r"[ \t]+[a-zäöüß]")


def _id_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The trimmed id component [a, b), cut before prose that runs on after it (mend of round 24a)."""
    if (prose := _PROSE_AFTER.search(text, a, b)) is not None:
        b = prose.start()
    return _trimmed(text, a, b)


def _field_hits(text: str, a: int, b: int, kind: str) -> list[Hit]:
    hits: list[Hit] = []
    for ra, rb in _split(text, a, b, "~"):
        comps = _split(text, ra, rb, "^")
        if kind in _NAME_COMPONENTS:
            first, last = _NAME_COMPONENTS[kind]
            if kind == "NDL":  # NDL: the name is component 1, itself a CNN (id & family & given ...)
                sub = _split(text, *comps[0], "&")
                comps, first = sub, 2 if len(sub) > 1 else 1
            if first > 1 and not any(c.isdigit() for c in text[slice(*comps[0])]):
                first, last = 1, last - first + 1  # no id before the name, as senders often write it ("ANAND^VIKRAM")
            elif first > 1 and (span := _id_span(text, *comps[0])):
                hits.append(Hit(*span, "ID", FIELD))
            names = comps[first - 1:last]
            if names and (span := _trimmed(text, names[0][0], names[-1][1])):
                hits.append(Hit(*span, "PERSON", FIELD))
        elif kind == "CX":
            if span := _id_span(text, *comps[0]):
                hits.append(Hit(*span, "ID", FIELD))
        elif kind == "PL":  # point of care ^ room ^ bed ^ facility ^ ...: the facility (4) and building (7)
            for i, label in ((3, "INSTITUTION"), (6, "INSTITUTION")):
                if i < len(comps) and (span := _trimmed(text, *comps[i])) and any(
                        c.isalpha() for c in text[slice(*span)]):
                    hits.append(Hit(*span, label, FIELD))
        elif kind == "XAD":
            hits.extend(Hit(*span, "ADDRESS", FIELD) for i in _XAD_PHI
                        if i < len(comps) and (span := _trimmed(text, *comps[i])))
        elif kind == "DATE":
            if span := _trimmed(text, *comps[0]):
                hits.append(Hit(*span, "DATE", FIELD))
        elif span := _trimmed(text, ra, rb):
            hits.append(Hit(*span, kind, FIELD))
    return hits


# A segment's opening on a line (mend of round 24a): at the line's start, or mid-line as _SEGMENT takes it.
_OPENING = re.compile(r"(?m)(?:^[A-Z][A-Z0-9]{2}\||(?<=[ \t])(?:MSH\|\^|(?!MSH)[A-Z][A-Z0-9]{2}\|\d{0,4}\|))")
# A segment quoted whole holds this many field separators at least ("PID|1||556677^^^MGH^MR||Kowalczyk^Derek|...").
_WHOLE_SEGMENT_BARS = 5


def _flattened(text: str, m: re.Match[str]) -> bool:
    """The line of a mid-line segment `m` holds a flattened message: an "MSH|^" before it, two segment openings,
    or the segment quoted whole with its fields ("Notiz PID|1| unvollständig, ..." quotes an opening in prose)."""
    start = m.start()
    line = text.rfind("\n", 0, start) + 1
    if text.find("MSH|^", line, start) >= 0 or m.group("rest").count("|") >= _WHOLE_SEGMENT_BARS:
        return True
    end = text.find("\n", start)
    openings = _OPENING.finditer(text, line, len(text) if end < 0 else end)
    return next(openings, None) is not None and next(openings, None) is not None


def _segments(text: str) -> list[re.Match[str]]:
    if "|" not in text:
        return []
    return [m for m in _SEGMENT.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n" or _flattened(text, m)]


def segments(text: str) -> list[re.Match[str]]:
    """The HL7 segment lines of `text`, scanned once per scrub call (kept in the text's context: the table reader
    and the field hits both ask)."""
    return context_for(text).memo(segments, _segments) if "|" in text else []


def segment_spans(text: str) -> list[tuple[int, int]]:
    """The lines of the HL7 segments read here: their fields' positions say what they hold, so other rules that
    read a shape ("Surname^Given" carets) leave them alone ("OBR|...|CTHEAD^CT HEAD WITHOUT CONTRAST" is an exam)."""
    return [(m.start(), m.end()) for m in segments(text)]


# Receiving "facilities" that are a system or a national network (MSH-6), round 20b.
_SYSTEM_CODES = words("""
ELGA EPD EPR EHR EMR KIS RIS PACS HIS LIS EPIC CERNER MEDITECH ORBIS SAP ISH NEXUS CGM SPINE NHS HIE MPI EMPI
GDT HL7 EAI MIRTH RHAPSODY CLOVERLEAF ORION ENSEMBLE DMP EFA TI ELGA-GW PORTAL ARCHIV ARCHIVE VNA XDS
""")


def _msh_fields(text: str) -> list[list[tuple[int, int]]]:
    return [_split(text, m.start("rest"), m.end("rest"), "|") for m in segments(text) if m.group("seg") == "MSH"]


# Department, modality and routing codes (review of round 20b): "RAD", "CT1", "DICOMROUTER", "TELERAD", "MR_ARCHIVE";
# with the DICOM node words of legal_bodies (AE titles) and the system codes above.
_NODE_CODES = (
    _SYSTEM_CODES
    | AE_GENERIC_WORDS
    | AE_NODE_WORDS
    | words("""
CT MR MRT MRI US NM DX CR XA MG RF PT DR OT RX XR IR SONO ANGIO MAMMO TELE TELERAD RADIO RADIOLOGIE RADIOLOGIA
NUK NUKMED LAB ORDER ORDERS RESULT RESULTS REPORT REPORTS REPORTING HUB ENGINE BRIDGE SRV INTERFACE
TRAUMA SCHOCKRAUM ORTHANC DCM4CHEE CONQUEST
""")
)
_CODE_PARTS = re.compile(r"[_.\- ]+")


def is_node_word(part: str) -> bool:
    """A node code, or two joined without a break ("DICOMROUTER", "TELERAD"), each of two letters or more."""
    return part in _NODE_CODES or any(
        part[:i] in _NODE_CODES and part[i:] in _NODE_CODES for i in range(2, len(part) - 1)
    )


def _is_system(text: str, span: tuple[int, int]) -> bool:
    code = text[slice(*span)].strip().split("^")[0].upper()
    parts = [p.rstrip("0123456789") for p in _CODE_PARTS.split(code)]
    parts = [p for p in parts if p]
    return bool(parts) and all(is_node_word(p) for p in parts)


def msh_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of the MSH segments' sending and receiving applications (MSH-3, MSH-5) and of a receiving
    facility that is a system's or network's code (MSH-6)."""
    out: list[tuple[int, int]] = []
    for fields in _msh_fields(text):  # fields[0] is MSH-2
        for i in (1, 3, 4):
            if i < len(fields) and (span := _trimmed(text, *fields[i])) and (i != 4 or _is_system(text, span)):
                out.append(span)
    return out


def _kept_components(text: str) -> list[tuple[int, int]]:
    """The state and country of each address and the assigning authority and identifier type of each CX."""
    out: list[tuple[int, int]] = []
    for m in segments(text):
        seg = m.group("seg")
        fields = _split(text, m.start("rest"), m.end("rest"), "|")
        offset = 2 if seg == "MSH" else 1
        for number, kind in _FIELDS[seg].items():
            if kind not in ("XAD", "CX") or not 0 <= number - offset < len(fields):
                continue
            for ra, rb in _split(text, *fields[number - offset], "~"):
                comps = _split(text, ra, rb, "^")
                out.extend(
                    span
                    for i in (_XAD_KEPT if kind == "XAD" else _CX_KEPT)
                    if i < len(comps)
                    and (span := _trimmed(text, *comps[i]))
                    and (kind == "XAD" or i != _CX_AUTHORITY or span[1] - span[0] <= _CODE_LENGTH)
                )
    return out


def hl7_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of the HL7 lines: the MSH applications and system codes (msh_keeps), the state and country codes
    of the addresses and the assigning authorities and identifier types of the CX identifiers (round 24a)."""
    return [*msh_keeps(text), *_kept_components(text)] if "|" in text else []


def hl7_hits(text: str) -> list[Hit]:
    """PHI hits of the HL7 v2 segment lines in `text`."""
    hits: list[Hit] = []
    for m in segments(text):
        seg = m.group("seg")
        fields = _split(text, m.start("rest"), m.end("rest"), "|")
        # fields[0] is field 1; in MSH the "|" after the id is MSH-1 itself, so fields[0] is MSH-2.
        offset = 2 if seg == "MSH" else 1
        for number, kind in _FIELDS[seg].items():
            i = number - offset
            if 0 <= i < len(fields) and fields[i][1] > fields[i][0]:
                hits.extend(_field_hits(text, *fields[i], kind))
        if seg == "MSH" and len(fields) > 4 and (span := _trimmed(text, *fields[4])) and not _is_system(text, span):
            hits.append(Hit(*span, "INSTITUTION", FIELD))  # MSH-6, a receiving house
    return hits
