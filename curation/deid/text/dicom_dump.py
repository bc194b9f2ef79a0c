"""DICOM header dumps pasted into a report: the attribute, not the value's shape, says what the value is.

A dump line names its attribute by tag ("(0010,0010) PN KRAXNER^ALOIS", dcmdump's "(0010,0020) LO [A-77]
#  4, 1 PatientID", pydicom's "(0010, 0030) Patient's Birth Date  DA: '19440623'") or by keyword at the line
start ("AccessionNumber: 20250311-0042", "InstitutionName = LKH Voitsberg"). What the value is decided by
the project's own PS3.15 Table E.1-1 (curation/deid/dicom/ps3_15_table_e1_1.csv) under the DICOM
de-identifier's default options (`DeidOptions()`), so a dump in a report loses what `deid_dicom` would
remove from the file, and keeps what it keeps:

- removed, dummied or zeroed (X, Z, D and their compounds) or replaced (U): redacted, the class from the
  VR and keyword: PN -> PERSON, DA/DT -> DATE, AS -> AGE (over 89 only), UI -> ID, "...Telephone..." ->
  PHONE, "...Address" -> ADDRESS, "Institution..." -> INSTITUTION, anything else (PatientID,
  AccessionNumber, OtherPatientIDs, DeviceSerialNumber) -> ID. DeviceSerialNumber is PHI here because the
  default options do not retain device identity (a serial number is a HIPAA identifier too). StationName
  ("CTAWP73112", "CT01", "SOMATOM Force") is kept in text since round 17a: a device's name, no person's
  identifier, and a keep-term of the marked corpora (deid_dicom still removes it from files).
  InstitutionalDepartmentName is the one exception: PS3.15 removes it with the institution's identity, but
  a department is no PHI class of the text scrubber (department words are keep-terms there), so it is left
  to the other rules.
- cleaned (C): descriptions (StudyDescription, SeriesDescription, ProtocolName) are left to the other rules,
  as deid_dicom's Clean Descriptors leaves them to the text scrubber; a date under C (modified dates) is
  still a DATE. A time (TM) is protected: deid_dicom keeps it (the shift is whole days) and clock times are
  no text PHI class.
- kept (K: patient characteristics such as sex, size, weight) or not in the table (Modality,
  BodyPartExamined, SliceThickness, KVP, SequenceName, ManufacturerModelName): protected, as is the tag and
  VR prefix of every dump line, so that no other rule redacts "SOMATOM go.Top" or "LO LKH".

A value ends at the line end, a dcmdump comment ("  # 14, 1 PatientName") or its brackets / quotes;
multiple values (backslash-separated) are one span each.
"""

from __future__ import annotations

import re
from functools import cache

from pydicom.datadict import dictionary_VR, keyword_for_tag, tag_for_keyword

from curation.deid.dicom.options import DeidOptions
from curation.deid.dicom.profile_table import action_table
from curation.deid.text.common import FIELD, Hit, StartsAfter, context_for
from curation.deid.text.device_models import family_words

_VRS = ("AE|AS|AT|CS|DA|DS|DT|FD|FL|IS|LO|LT|OB|OD|OF|OL|OV|OW|PN|SH|SL|SQ|SS|ST|SV|TM|UC|UI|UL|UN|UR|US|UT|UV")
# The tag, then one of: a VR ("PN KRAXNER", "PN: ..."), or a name / keyword with an optional VR and a colon
# or equals sign ("Patient's Name  PN: 'Doe^John'", "PatientID = 12"), or nothing but blanks.
_TAG_LINE = re.compile(
    rf"\((?P<g>[0-9A-Fa-f]{{4}}),[ ]?(?P<e>[0-9A-Fa-f]{{4}})\)"
    rf"(?:[ \t]*(?P<vr>{_VRS})(?![\w'])[ \t]*:?[ \t]*"
    rf"|[ \t]*[A-Za-z][\w' ()/-]*?[ \t]*(?:(?P<vr2>{_VRS})[ \t]*)?[:=][ \t]*"
    # A keyword and a VR, no colon: "(0008,1070) OperatorsName PN [Okafor^C]" (round 11).
    rf"|[ \t]+[A-Z][A-Za-z']*[ \t]+(?P<vr3>{_VRS})(?![\w'])[ \t]+"
    # A keyword, no VR and no colon: "(0010,0010) PatientName OKONJO^ADAEZE" (round 16a; taken only when it is a
    # DICOM keyword, so a value "McAllister^Fiona" stays the value).
    rf"|[ \t]+(?P<kw>[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+|[A-Z][a-z]+ID)[ \t]+(?=\S)"
    rf"|[ \t]+)"
    # The value runs to the line end, or to the next tag of a dump written on one line ("...^HELGA; (0010,0030)
    # PatientBirthDate 19570402; ...", round 23b).
    r"(?P<rest>(?:[^\n;,]|[;,](?![ \t]*\([0-9A-Fa-f]{4},[ ]?[0-9A-Fa-f]{4}\)))*)")
# A keyword: CamelCase, "...ID", or one of the one-word keywords whose value is a code or a vendor, never free text
# ("Manufacturer: GE Healthcare; ManufacturerModelName: Discovery MI", round 16a).
_KEYWORD = r"(?:[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+|[A-Z][a-z]+ID|Manufacturer|Modality)"
_KEYWORD_LINE = re.compile(rf"(?m)^[ \t]*(?P<k>{_KEYWORD})[ \t]*[:=][ \t]*"
                           rf"(?P<rest>[^\n]*)")
_KEYWORD_LINE = StartsAfter(_KEYWORD_LINE, holding=":=")  # at the starts of lines with ":" or "=" (round 18 of speed)
_COMMENT = re.compile(r"[ \t]+#[^\n]*$|[ \t]+$")
_DUMP_COMMENT = re.compile(r"[ \t]+(?P<c>#[ \t]*(?:\d+,[ \t]*\d+[ \t]+)?[A-Z][A-Za-z]+)[ \t]*$")
_QUOTED = re.compile(r"\[(?P<v>[^\]\n]*)\]|'(?P<q>[^'\n]*)'|\"(?P<d>[^\"\n]*)\"")
_AGE = re.compile(r"0*(?P<n>\d{1,3})[ \t]?[Yy]")
_KEEP = "keep"
# A department is no PHI class of the text scrubber (department words are keep-terms there), although PS3.15
# removes the attribute with the institution: left to the other rules.
_LEFT_TO_RULES = frozenset({"InstitutionalDepartmentName"})


# A station named by its scanner's model (round 11): "SOMATOM Force", "Revolution CT", "MR_Skyra_2". The model is
# no device identity (the site's station names are: "CT01", "RAD-WS3"), and a keep-term of the reports.
_STATION_NAME = 0x00081010
# (The families are device_models' (round 14b: one list for the dump and the text), and the vendors' names.)
_SCANNER_MODEL = re.compile(
    rf"[\[\"']?(?i:{'|'.join(re.escape(f) for f in family_words())}|siemens|philips|toshiba|canon|hitachi|fujifilm)"
    rf"(?![A-Za-z])")


@cache
def _actions() -> tuple[dict[int, str], dict[tuple[int, int], str]]:
    exact, repeating, _ = action_table(DeidOptions().enabled_columns)
    return exact, repeating


def _action(tag: int) -> str | None:
    exact, repeating = _actions()
    if tag in exact:
        return exact[tag]
    return next((a for (mask, value), a in repeating.items() if tag & mask == value), None)


def value_class(tag: int, vr: str | None = None) -> str | None:
    """What a dump value of attribute `tag` is: a scrubber label, "keep" (protected), or None (left to the
    other rules: descriptions, times, private or unknown attributes, sequences)."""
    if (tag >> 16) % 2:  # private: what deid_dicom keeps of it depends on the creator; no opinion here
        return None
    try:
        keyword, vr = keyword_for_tag(tag), vr or dictionary_VR(tag)
    except KeyError:
        return None
    if keyword in _LEFT_TO_RULES:
        return None
    if tag == _STATION_NAME:  # a device's name, no person's identifier: a keep-term of the reports (round 17a)
        return _KEEP
    if vr == "AS":  # an age over 89 is PHI whatever the options keep (deid_dicom caps it at 90Y)
        return "AGE"
    action = _action(tag)
    if action in (None, "K"):
        return _KEEP if vr not in ("SQ", "UN") else None
    if vr in ("DA", "DT"):
        return "DATE"
    if vr == "TM":  # kept by deid_dicom (dates shift by whole days), and no text PHI class
        return _KEEP
    if action == "C" or vr == "SQ":
        return None
    if action == "U" or vr == "UI":
        return "ID"
    if vr == "PN":
        return "PERSON"
    for part, label in (("Telephone", "PHONE"), ("Address", "ADDRESS"), ("Institution", "INSTITUTION")):
        if part in keyword:
            return label
    return "ID"


def _values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The value(s) in text[start:end]: inside brackets or quotes if any, else up to a dcmdump comment;
    one range per backslash-separated value."""
    if (q := _QUOTED.match(text, start, end)) is not None:
        group = next(g for g in ("v", "q", "d") if q.group(g) is not None)
        start, end = q.start(group), q.end(group)
    elif (c := _COMMENT.search(text, start, end)) is not None:
        end = c.start()
    out, pos = [], start
    for part in text[start:end].split("\\"):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        if b > a:
            out.append((a, b))
        pos += len(part) + 1
    return out


# An ISO date and time ("2025-02-11T09:42:17", "2025-02-11 09:42"): the date is PHI, the clock time is no text PHI
# class (round 11).
_ISO_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d(?=[T ]\d\d:\d\d)")


# A UID value ends with its last number where the report's own text follows: a sentence end or a label ("1.2.40.0.
# 13.1.4471.20260309.88213. Inhalt: CT Abdomen/Becken, 412 Bilder", round 23b). Only a UID attribute (VR UI) is cut
# so: another ID field keeps its whole value ("AccessionNumber 2.441.882 A7", "PatientID 2.25.4471 HUBER"), and so
# does a UID with anything else after it ("1.2.40.0.13.1.4471 Graz Hauptstr 12"; mend 23b).
_UID = re.compile(r"[0-2](?:\.\d+){2,}(?=\.[ \t]|[ \t]+[A-ZÄÖÜ][\w/-]*:)")


def _is_uid(tag: int, vr: str | None) -> bool:
    try:
        return (vr or dictionary_VR(tag)) == "UI"
    except KeyError:
        return False


def _label_hits(text: str, label: str, ranges: list[tuple[int, int]], uid: bool) -> list[Hit]:
    if label == "ID" and uid:
        return [Hit(a, m.end() if (m := _UID.match(text, a, b)) else b, label, FIELD) for a, b in ranges]
    if label == "DATE":
        return [Hit(a, m.end() if (m := _ISO_DATE_TIME.match(text, a, b)) else b, label, FIELD) for a, b in ranges]
    if label != "AGE":
        return [Hit(a, b, label, FIELD) for a, b in ranges]
    # Only the number is PHI ("093Y": "093"; the unit letter stays, round 11).
    return [Hit(a, m.end("n"), "AGE", FIELD) for a, b in ranges
            if (m := _AGE.fullmatch(text, a, b)) is not None and int(m.group("n")) > 89]


def _add_value(text: str, label: str | None, start: int, end: int, hits: list[Hit],
               keeps: list[tuple[int, int]], uid: bool = False) -> None:
    """The value text[start:end] of one dump line of class `label` (`uid`: of a UID attribute): PHI hits,
    protected ranges, or nothing."""
    if label is None:
        return
    ranges = _values(text, start, end)
    if label == _KEEP:
        keeps.extend(ranges)
    else:
        hits.extend(_label_hits(text, label, ranges, uid))


def dump_fields(text: str) -> tuple[tuple[Hit, ...], tuple[tuple[int, int], ...]]:
    """(PHI hits, protected ranges) of the DICOM dump lines in `text`, read once per text (asked twice: by the
    keep ranges and by the rules; kept in the text's context)."""
    return context_for(text).memo(dump_fields, _dump_fields)


def _dump_fields(text: str) -> tuple[tuple[Hit, ...], tuple[tuple[int, int], ...]]:
    hits: list[Hit] = []
    keeps: list[tuple[int, int]] = []
    if "(" in text:
        for m in _TAG_LINE.finditer(text):
            tag = int(m.group("g") + m.group("e"), 16)
            vr = m.group("vr") or m.group("vr2") or m.group("vr3")
            label = value_class(tag, vr)
            if tag == _STATION_NAME and _SCANNER_MODEL.match(text, m.start("rest")):
                label = _KEEP
            rest = m.start("rest")
            if m.group("kw") and tag_for_keyword(m.group("kw")) is None:  # no keyword: the value's first word
                rest = m.start("kw")
            keeps.append((m.start(), rest))  # the tag, name and VR are the dump's, not PHI
            if "#" in m.group("rest") and (c := _DUMP_COMMENT.search(text, m.start("rest"), m.end("rest"))):
                keeps.append((c.start("c"), c.end("c")))  # dcmdump's "# 16, 1 ReferringPhysicianName" (round 17a)
            _add_value(text, label, rest, m.end("rest"), hits, keeps, _is_uid(tag, vr))
    if ":" in text or "=" in text:
        for m in _KEYWORD_LINE.finditer(text):
            key, start, line_end = m, m.start("rest"), m.end("rest")
            while key is not None:  # "StudyDate=20250402; StudyTime=091512; PatientSex=F": one pair at a time
                nxt = _next_pair(text, start, line_end)
                _keyword_value(text, key, start, nxt.start() if nxt else line_end, hits, keeps)
                key = nxt
                start = nxt.end() if nxt else line_end
    return tuple(hits), tuple(keeps)


# The next "Keyword=" pair on a Key=Value line, after a separator (round 12); "Keyword:" too where the keyword is
# a DICOM one ("Manufacturer: X; ManufacturerModelName: Y", round 16a). A middle dot separates pairs too, and a
# single blank does before a DICOM keyword ("PatientID=0102 PatientBirthDate=2018...", "BirthDate: 1951 · StudyDate:
# 2026", round 24a): a value then ends there instead of running on over the next keys.
_NEXT_PAIR = re.compile(r"(?P<sep>[ \t]*[;,|\t·][ \t]*|[ \t]+)(?P<k>[A-Z][A-Za-z]+)[ \t]*(?P<s>[=:])[ \t]*")
_KEYWORD_WORD = re.compile(_KEYWORD)


def _next_pair(text: str, start: int, end: int) -> re.Match[str] | None:
    segment = text[start:end]
    if "=" not in segment and ":" not in segment:
        return None
    for m in _NEXT_PAIR.finditer(text, start, end):
        if m.group("s") == "=" and m.group("sep").strip():
            return m
        if _KEYWORD_WORD.fullmatch(m.group("k")) is not None and tag_for_keyword(m.group("k")) is not None:
            return m
    return None


def _keyword_value(text: str, key: re.Match[str], start: int, end: int, hits: list[Hit],
                   keeps: list[tuple[int, int]]) -> None:
    tag = tag_for_keyword(key.group("k"))
    if tag is None:
        return
    label = value_class(tag)
    if tag == _STATION_NAME and _SCANNER_MODEL.match(text, start):
        label = _KEEP
    keeps.append((key.start("k"), key.end("k")))
    if label == _KEEP and (gap := _FIELD_GAP.search(text, start, end)) is not None:
        end = gap.start()  # a kept value ends at the next field: "Modality: MR   Referring Physician: X" (round 16a)
    _add_value(text, label, start, end, hits, keeps, _is_uid(tag, None))


# Where a kept keyword value ends on a line of several fields: a tab, two blanks, ";", "|", or a comma before a
# capitalised word (a next label).
_FIELD_GAP = re.compile(r"\t|[ ]{2,}|[;|]|,[ \t]*(?=[A-Z])")
