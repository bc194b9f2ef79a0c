"""IDs named by a reference, serial, examination or file label the older ID rules do not hold (round 21b).

- **Reference labels**: "lab ref 25H004417", "specimen ref", "complaint ref", "incident ref", "referral ref",
  "file ref" (a reference word after the office or the thing it files), a letter head's "OUR REF: 23-44817" /
  "YOUR REF: JH/2025/0331" (a hospital's reference files one patient); a complaints office's own register form
  "PALS/2025/0331" / "Datix 2025/4471" alone.
- **Serial numbers** of an implant or a device ("serial 7118834-022", "S/N PJN604118-S", "Seriennummer",
  "n° de série", "numero di serie"): the whole value with its hyphenated parts (one device, so one patient).
- **Case numbers** (round 23b): "case CAA/25/3318", "Case # PA-25-0661842", "embassy case QEH-2025-0331": a value of
  letters and digits, or of five digits or more, after "case"; a year, a year range or a short count stays.
- **Irish PPSN** ("PPSN 1234567TA", "PPS 7734102TA": round 23b): seven digits and one or two letters.
- **Examination numbers** ("n° d'examen HUG25CT77120", "numéro d'examen", "numero esame", "Untersuchungs-ID") and
  a lower-case "accession" ("PACS accession RBH2022X44120", "accession no. ...").
- **Austrian file numbers** after "Akt" / "Akt.-Z." ("Akt PA-W-2025/1187"): a value with letters, digits and a
  slash or hyphen, whole.

A value holds four digits or more; a bare number of a size, a dose or a count after the label is no reference
("serial imaging", "serial 3 mm cuts", "ref 12 %", "Serial 2000 mg doses", "serial 2019-2023 images": no unit,
counted noun or exam after the value, no year after "serial"). A bare "SN" is the sentinel node or the substantia
nigra ("SN 1234 nicht"): a serial number only with a colon, "#" or "No." after it, or a value of letters and digits
("SN A44120B"; mend of 21b).
"""

from __future__ import annotations

import re

from curation.deid.text.common import (
    COUNTED_AFTER,
    READING_AFTER,
    FoldedLiteralStarts,
    Hit,
    NeedleGate,
    folded_prefixes,
)

__all__ = ["ref_id_hits"]

_VALUE = r"(?P<v>[A-Z0-9](?:[A-Z0-9]|[/_.-](?=[A-Z0-9])){3,30})(?![\w/-])"
_LABELS = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:(?:lab|laboratory|specimen|sample|complaint|complaints|incident|referral|file|case|claim|PALS|our|your)"
    r"[ \t]ref"
    r"(?:erence)?)"
    r"(?:[ \t]?(?:no\.?|number|#))?|"
    r"(?i:serial)(?:[ \t]?(?:no\.?|number|#))?|S/N|"
    r"SN(?=[ \t]?[:#]|[ \t]?(?:No\.?|Nr\.?)[ \t])(?:[ \t]?(?:No\.?|Nr\.?))?|"
    r"SN(?=[ \t]?[A-Z]*\d+[A-Z])|Serien-?(?:Nr\.?|nummer)|Seriennr\.?|"
    r"[Nn][°o][ \t]?de[ \t]série|[Nn]umero[ \t]di[ \t]serie|"
    r"PPSN?(?:[ \t]?(?:No\.?|number))?|"
    r"(?i:case)(?:[ \t]?(?:no\.?|number|#))?|"
    r"[Nn][°o]\.?[ \t]?d['’]examen|[Nn]uméro[ \t]d['’]examen|[Nn](?:umero|\.)[ \t]?(?:d['’])?esame|Untersuchungs-?ID|"
    r"(?:PACS[ \t]|RIS[ \t])?accession(?:[ \t]?(?:no\.?|number|#))?|"
    r"Akt(?:\.-Z\.|[ \t]?Zl\.)?"
    r")[ \t]*[:#]?[ \t]*" + _VALUE + rf"(?!{COUNTED_AFTER}|[ \t]?(?:CT|MRT?|MRI|PET|imaging|scans?)(?!\w))"
)
# A year or a year range after "serial" is a time ("serial 2019-2023 images", "serial 2024 and 2025 imaging").
# Run from its lower-cased starts in the shared pass over the lower-cased text (round 19 of speed; `literal_starts`
# refuses the two-letter "sn", which is rare in reports: `re` tried the label at every position).
_LABELS = FoldedLiteralStarts(_LABELS, folded_prefixes(_LABELS))
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?")
_PPSN = re.compile(r"\d{7}[A-Z]{1,2}")  # an Irish PPSN: seven digits and one or two check letters
_REGISTER = re.compile(r"(?<![\w/-])(?P<v>(?:PALS|Datix|DATIX)[ \t]?[/-]?[ \t]?(?:19|20)\d\d[/-]\d{2,6})(?![\w/-])")
_NEEDLES = (
    "ref",
    "Ref",
    "REF",
    "erial",
    "S/N",
    "SN",
    "erien",
    "série",
    "serie",
    "PPS",
    "case",
    "Case",
    "CASE",
    "xamen",
    "esame",
    "ntersuchungs",
    "ccession",
    "Akt",
    "PALS",
    "atix",
    "ATIX",
)
_GATE = NeedleGate(_NEEDLES)  # from the shared needle pass (round 19 of speed)


def _id_shaped(value: str, label: str) -> bool:
    """Whether a labelled value is a reference: four digits or more, and for a file number ("Akt") letters,
    digits and a slash or hyphen."""
    digits = sum(c.isdigit() for c in value)
    if digits < 4:
        return False
    if label.startswith("Akt"):
        return any(c.isalpha() for c in value) and ("/" in value or "-" in value)
    if label.lower().startswith("serial") and _YEARS.fullmatch(value):
        return False
    if label.lower().startswith("case") and (_YEARS.fullmatch(value) or (value.isdigit() and digits < 5)):
        return False  # "case 2019", "case 2024-2025" (a time), "case 1204" (a count): a case file has more
    if label.startswith("PPS"):
        return _PPSN.fullmatch(value) is not None
    return True


# A bare "case" and digits in an idiom ("in case 20000 counts are reached", "worst case 12345 HU") or with a dose or
# count unit after them is a condition, not a case file (mend 23b); "case no. 44712" stays an ID.
_CASE_IDIOM = re.compile(r"(?i:(?<![\w-])(?:in|worst|best|that|this)[ \t]+)$")
_READING_AFTER = re.compile(READING_AFTER)


def _case_count(text: str, m: re.Match[str], label: str) -> bool:
    if label.lower() != "case" or not m.group("v").isdigit():
        return False
    return bool(_CASE_IDIOM.search(text, max(0, m.start() - 8), m.start()) or _READING_AFTER.match(text, m.end()))


def ref_id_hits(text: str) -> list[Hit]:
    """The labelled reference, serial, examination and file numbers in `text`."""
    if not _GATE.search(text):
        return []
    out: list[Hit] = []
    for m in _LABELS.finditer(text):
        label = m.group()[: m.start("v") - m.start()]
        if _id_shaped(m.group("v"), label.strip()) and not _case_count(text, m, label.strip()):
            out.append(Hit(m.start("v"), m.end("v"), "ID", "rule"))
    if "ALS" in text or "atix" in text or "ATIX" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in _REGISTER.finditer(text))
    return out
