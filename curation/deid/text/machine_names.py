"""Names in machine formats pasted into a report: caret- and star-delimited person names (X12 / EDI segments
are read by position in `edi.py`).

- **Caret names** outside a dump or HL7 line (those have their own readers: dicom_dump, hl7): the DICOM / HL7
  person-name form "SURNAME^GIVEN^MIDDLE^PREFIX^SUFFIX" anywhere in a text ("Operator: KELLER^B", "read by
  HALVORSEN^TROND"). A caret between two words is no prose; the name is taken when one of its parts is a listed
  given or surname or a single initial, and no part is a modality or clinical abbreviation ("CT^HEAD" stays).
"""

from __future__ import annotations

import re

from curation.deid.text.common import FIELD, UP, Hit, words
from curation.deid.text.edi import segment_spans
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.surnames import is_surname

_PART = rf"[{UP}][A-Za-zÀ-ÖØ-öø-ÿ'’-]*"
CARET_NAME = re.compile(rf"(?<![\w^|])(?P<v>{_PART}\^{_PART}(?:\^(?:{_PART}|[A-Za-z.]*)){{0,3}})(?![\w^])")
# The same with "*" (star-delimited exports other than X12 segments: "PAT*KOVAC*IVANA", "ORDPHYS*LEE*M").
STAR_NAME = re.compile(rf"(?<![\w*|])(?P<v>{_PART}\*{_PART}(?:\*(?:{_PART}|[A-Za-z.]*)){{0,3}})(?![\w*])")
# Modality, clinical and protocol abbreviations that also stand in caret-coded fields ("CT^HEAD", "MR^KNEE").
_CODE_PARTS = words("""ct mr mri mrt xr rx cr dx us nm pt pet spect mg cta mra dsa ot sr ko pr rf xa
head chest abdomen pelvis knee spine brain thorax schaedel kopf wo w contrast km l r lt rt ap pa lat
original derived primary secondary nd norm dis2d dis3d mpr mip dwi adc tracew trace epi se gre fse tse ir fs fsat
ax axial sag sagittal cor coronal pd mprage space flair swi dti stir t1 t2 routine stroke neuro becken knie re li
siemens philips ge canon toshiba hitachi fujifilm skyra prisma vida avanto aera ingenia achieva signa discovery
right left bilat mass breast garden mrbrain protocol localizer scout topogram""")
_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X)\Z")


def is_code_caret(parts: list[str]) -> bool:
    """True for caret or star parts that are codes, not a name: a modality, protocol, sequence, plane, vendor or
    laterality word ("ORIGINAL^PRIMARY^M^ND", "SE^EPI^DWI", "SIEMENS^SKYRA") or a grade after the first part
    ("GARDEN^IV"; a name's suffix stands fourth, "DOE^JOHN^A^IV")."""
    if len(parts) > 1 and parts[1].lower() not in _CODE_PARTS and is_any_given_name(parts[1].capitalize()):
        return False  # "HEAD^MARY^A", "PET^SARAH": a code-like surname before a listed given name
    return any(p.lower().strip(".") in _CODE_PARTS for p in parts) or (len(parts) > 1 and bool(_ROMAN.match(parts[1])))


# A person field's label before a caret value on its line: its value is a name whatever its parts look like
# ("Read by: LI^X", "Physician: MR^JONES").
PERSON_FIELD_BEFORE = re.compile(r"(?i:physician|read[ \t]by|reported[ \t]by|operator|performed[ \t]by|patient|"
                                 r"pat|name|ref(?:erring)?|radiologist|technologist|tech|dr|doctor|arzt|ärztin|"
                                 r"befunder|untersucher)\.?[ \t]*[:=]?[ \t]*\Z")


def caret_codes_at(text: str, start: int, parts: list[str]) -> bool:
    """True for caret parts at `start` that are codes and stand after no person field's label."""
    return is_code_caret(parts) and not PERSON_FIELD_BEFORE.search(text, max(0, start - 24), start)


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
    segments = segment_spans(text) if sep == "*" else []
    for m in pattern.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if "|" in text[line_start:line_end if line_end >= 0 else len(text)]:
            continue
        if any(a <= m.start("v") < b for a, b in segments):
            continue  # an X12 segment ("PER*IC*MARY JONES*TE*...~"): edi.py reads it by position
        parts = [p for p in m.group("v").split(sep) if p]
        start = m.start("v")
        while len(parts) > 2 and parts[0].lower() in _FIELD_WORDS:  # a field word before the name stays
            start += len(parts[0]) + 1
            parts = parts[1:]
        if caret_codes_at(text, m.start("v"), parts):
            continue  # "CT^HEAD", "SE^EPI^DWI": codes, after a field word ("PT*KOVAC*IVANA" is a name)
        family, rest = parts[0], parts[1:]
        if is_surname(family) or any(len(p.strip(".")) == 1 or is_any_given_name(p) for p in rest):
            end = m.end("v")
            while text[end - 1] == sep:
                end -= 1
            hits.append(Hit(start, end, "PERSON", FIELD))
