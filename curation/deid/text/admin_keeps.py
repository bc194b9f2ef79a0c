"""Keep ranges of a hospital's administrative and technical vocabulary that PHI rules mistake (round 21b).

Each names a thing, an office or a step of work, never a person, a place or a record of one patient:

- **Device catalogue and regulatory numbers**: "REF 0602450", "UDI-DI 00643169901203", "GTIN ...", "LOT ...",
  an investigational new drug or device number "IND 145782" / "IDE G190021". A serial number stays an ID
  ("serial 7118834-022" names one implanted device, so one patient).
- **Offices and roles of a hospital**: "Patient Relations", "Patient Advocate", "Patient Liaison"; a bare German
  office word ("Patientenanwaltschaft", "Beschwerdestelle"), not after a regional adjective or before a place word
  ("Tiroler Patientenvertretung", "Patientenanwaltschaft Vorarlberg" are bodies, INSTITUTIONs).
- **Boards and rules**: "Tumorboard Gynäkologie" (a board and its specialty), "Cross-Border Healthcare Directive",
  "Medical Devices Regulation" (no listed surname among the words: "Dr. Meier Regulation" stays a name).
- **Wards and clinics of the house**: "4 West Oncology", "7 North", "Neurology Clinic" after a lower-case word or a
  sentence start (a name before it makes a facility: "Harbourside Neurology Clinic").
- **Workflow words**: "Modalität OT" (a DICOM modality code), "Zeile 4414", "batch 0412" / "Charge 22",
  upper-case configuration keys "AE_TITLE" / "STATION_NAME", a system after a log arrow "→ VNA: OK".
- **Languages**: "Haitian Creole", "Cape Verdean Creole", "British Sign Language".
- **States**: "Fürstentum Liechtenstein", "Principality of Monaco", "Grand Duchy of Luxembourg".
- **CDA / XML element and attribute names** ("<assignedEntity", "assigningAuthorityName="): markup, never text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from curation.deid.text.check_digits import ahv_valid, nhs_valid
from curation.deid.text.common import LO, UP, NeedleGate, literal_starts
from curation.deid.text.given_names import is_given_name
from curation.deid.text.office_words import (
    CARE_OFFICE,
    CARE_OFFICE_NEEDLES,
    OFFICE_PLACE,
    PATIENT_OFFICE,
    PATIENT_OFFICE_NEEDLES,
    office_place,
)
from curation.deid.text.surnames import is_surname_or_word

__all__ = ["admin_keeps"]

_REGULATORY = re.compile(
    r"(?<![\w/-])(?P<l>REF|UDI(?:-DI|-PI)?|GTIN|LOT|IND|IDE)[ \t]?[:#]?[ \t]?"
    r"\(?(?:01\))?(?P<v>[A-Z]?\d[\d.-]{3,}\d)(?![\w-])"
)
# What a catalogue or regulatory number never looks like: a date ("REF 12.03.1955", "LOT 2025-03-12"), a year and a
# running number of a case file ("REF: 2025-004417"); a letter's own reference ("OUR REF", "YOUR REF") files a
# patient, so it is an ID (ref_ids), not a device number.
_NOT_CATALOGUE = re.compile(
    r"\d{1,2}([.-])\d{1,2}\1(?:19|20)?\d\d|(?:19|20)\d\d([.-])\d{1,2}\2\d{1,2}|(?:19|20)\d\d[-/]\d{4,}"
)
_LETTER_REF = re.compile(r"(?i:our|your|unser|ihr|votre|notre)[ \t]+$")
_OFFICES = re.compile(
    r"(?<![\w-])Patient[ \t](?:Relations|Advocates?|Advocacy|Liaison|Experience|Services|Safety|"
    r"Access|Affairs|Ombudsman|Advice[ \t]and[ \t]Liaison)(?:[ \t](?:Office|Team|Service|Department|Officer))?(?![\w-])"
)
# The NHS's own services and a trust's records office (round 24b): "NHS e-Referral Service", "Processed by Information
# Governance, <Name>": a desk of every trust, no body and no person.
_NHS_OFFICES = re.compile(
    r"(?<![\w-])(?:(?:NHS[ \t])?e-Referral[ \t]Service|Information[ \t]Governance"
    r"(?:[ \t](?:Team|Department|Office|Lead|Manager))?)(?![\w-])"
)
_DE_OFFICES = re.compile(
    rf"(?<![\w-])(?:{PATIENT_OFFICE}|{CARE_OFFICE}|Ombudsstelle|Beschwerdestelle|Beschwerdemanagement)(?![\w-])"
)
# A capitalised word before a German office word names the body ("Kärntner Patientenvertretung", "Salzburger
# Patientenanwalt"); an article, a preposition, a role before it ("Leiterin Patientenadministration", round 24b) or a
# sentence start leaves the office bare.
_DE_OFFICES = literal_starts(_DE_OFFICES)  # from its office words' starts (round 19 of speed)
_NAMED_BEFORE = re.compile(rf"(?P<w>[{UP}][{LO}]+)[ \t]+$")
_BARE_BEFORE = frozenset(
    [
        "Die",
        "Der",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Eine",
        "Einer",
        "Ein",
        "Eines",
        "An",
        "Von",
        "Mit",
        "Bei",
        "Zur",
        "Zum",
        "Laut",
        "Über",
        "Per",
        "Via",
        "Durch",
        "Für",
        "Siehe",
        "Liebe",
        "Sehr",
        "Geehrte",
        "Leiterin",
        "Leiter",
        "Leitung",
        "Mitarbeiterin",
        "Mitarbeiter",
        "Team",
    ]
)
_BOARDS = re.compile(
    rf"(?<![\w-])(?:Tumorboard|Tumorkonferenz|Tumou?r[ \t][Bb]oard|MDT|MDM)[ \t]"
    rf"(?:[{UP}][{LO}]+(?:logie|logy|chirurgie|surgery|medizin|medicine|iatrie|pädie|"
    rf"Onkologie|Oncology)|Lung|Breast|Brust|Haut|Skin|Neuro|Sarkom|Sarcoma|GI|HNO|Head[ \t]and[ \t]"
    rf"Neck|Urologie|Gyn)(?![\w-])"
)
_RULES = re.compile(
    rf"(?<![\w-])(?:[{UP}][\w{LO}-]+[ \t]){{1,4}}(?:Directive|Regulation)"
    rf"(?![\w-])"
)
_TITLE_BEFORE = re.compile(r"(?:Dr|Prof|Herr|Frau|Mr|Mrs|Ms|Miss)\.?[ \t]+$")
_WARDS = re.compile(
    r"(?<![\w./-])\d{1,2}[ \t]?(?:North|South|East|West)(?:[ \t](?:Oncology|Cardiology|Neurology|"
    r"Surgery|Medicine|Orthopaedics|Orthopedics|Haematology|Hematology|Urology|Renal|Stroke|"
    r"Respiratory|Gastro|Paediatrics|Pediatrics|ICU|HDU|Ward)(?![\w-])|(?![\w-])(?![ \t]*[A-Z]))"
)
_SPECIALTY_CLINICS = re.compile(
    r"(?<![\w-])(?:Neurology|Stroke|Fracture|Memory|Diabetes|Pain|Falls|Breast|Chest|"
    r"Anticoagulation|Cardiology|Urology|Oncology|Haematology|Hematology|Rheumatology|"
    r"Respiratory|Renal|Hand|Spine|Sports[ \t]Medicine|Vascular|Headache|Epilepsy|"
    r"Movement[ \t]Disorders|Lymphoma|Sarcoma|Melanoma|TIA|Gynaecology|Gynecology)"
    r"[ \t]Clinic(?![\w-])"
)
_WORKFLOW = re.compile(
    r"(?<![\w-])(?:Modalität|Modality|Modalite|Modalità)[ \t]?:?[ \t]?"
    r"(?:CT|MR|OT|US|CR|DX|XA|NM|PT|RF|MG|SC|PX|IO|SR|KO|PR)(?![\w-])|"
    r"(?<![\w-])(?:Zeile|Line|Row|Reihe|Charge|[Bb]atch|Stapel)[ \t]\d{1,6}(?![\w-]|[./]\d)"
)
_CONFIG_KEY = re.compile(
    r"(?<![\w-])(?:AE|AET|CALLING|CALLED|STATION|INSTITUTION|MODALITY|DEVICE|HOST|PORT|"
    r"SERIES|STUDY|PATIENT|SOP|TRANSFER|SYNTAX|STORAGE|QUERY|WORKLIST)"
    r"(?:_(?:AE|AET|TITLE|NAME|ID|UID|TYPE|PORT|HOST|CLASS|SYNTAX|DESCRIPTION|LEVEL)){1,2}"
    r"(?![\w-])"
)
# A log arrow keeps a system's name, never a user's written in capitals ("=> HUBER: signed").
_ARROW_SYSTEM = re.compile(
    r"(?:→|->|=>)[ \t]?(?:PACS|RIS|VNA|HIS|KIS|LIS|RIS-PACS|EMR|EHR|EPR|MPI|EMPI|HL7|DICOM|MWL|MPPS|XDS|PIX|PDQ|"
    r"FHIR|CDR|DMS|ORU|ORM|ADT|SCU|SCP|QR|AET?|MODALITY|ARCHIVE|ROUTER|BROKER|GATEWAY|SERVER|CLIENT)(?=[ \t]?:)"
)
_LANGUAGES = re.compile(
    rf"(?<![\w-])(?:[{UP}][{LO}]+[ \t]){{1,2}}(?:Creole|Pidgin|Sign[ \t]Language)(?![\w-])|"
    r"(?<![\w-])(?:Kreolisch|Gebärdensprache|Créole|Creolo)(?![\w-])"
)
_STATES = re.compile(
    rf"(?<![\w-])(?:Fürstentum|Großherzogtum|Grossherzogtum|Königreich|Freistaat|Republik|"
    rf"Principality[ \t]of|Grand[ \t]Duchy[ \t]of|Kingdom[ \t]of|Republic[ \t]of)[ \t]"
    rf"[{UP}][{LO}]+(?![\w-])"
)
_XML_NAMES = re.compile(r"</?(?:[A-Za-z][\w.-]*:)?[A-Za-z][\w.-]*|(?<=[ \t])[A-Za-z][\w.:-]*(?==\")")


def _bare_office(text: str, m: re.Match[str]) -> bool:
    """Whether the German office word `m` stands without a body's name before or a region after it
    ("Patientenanwaltschaft Vorarlberg" is a body, an INSTITUTION)."""
    before = _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = OFFICE_PLACE.match(text, m.end())  # (mend of 24b: hyphenated and prefixed towns too)
    return (before is None or before.group("w") in _BARE_BEFORE) and (
        after is None or not office_place(after.group("t"))
    )


def _catalogue_number(text: str, m: re.Match[str]) -> bool:
    """Whether the regulatory value in `m` has a catalogue or regulatory number's shape: no date, no case-file
    number, no NHS or AHV number passing its check digits, no bare ten digits after REF / LOT / IND / IDE, and no
    letter's own reference before it."""
    value = m.group("v")
    digits = "".join(c for c in value if c.isdigit())
    if _NOT_CATALOGUE.fullmatch(value) or (len(digits) == 10 and nhs_valid(digits)):
        return False
    if value.isdigit() and len(value) == 10 and not m.group("l").startswith(("UDI", "GTIN")):
        return False  # ten digits run together: an NHS, insurance or social security number's shape
    if len(digits) == 13 and digits.startswith("756") and ahv_valid(digits):
        return False
    return not (m.group("l") == "REF" and _LETTER_REF.search(text, max(0, m.start() - 8), m.start()))


def _clinic_bare(text: str, m: re.Match[str]) -> bool:
    """Whether a specialty clinic `m` follows no capitalised name word ("Harbourside Neurology Clinic")."""
    before = text[max(0, m.start() - 30) : m.start()].rstrip(" \t")
    word = before.split()[-1] if before.split() else ""
    return not (word[:1].isupper() and word.isalpha() and len(word) > 1 and not word.isupper()) or word in (
        "The",
        "Our",
        "See",
        "At",
        "In",
        "To",
        "From",
        "Der",
        "Die",
        "Das",
    )


def _no_name_before(text: str, m: re.Match[str]) -> bool:
    """Whether a directive or regulation `m` has no title and no listed name among its words ("Dr. Meier
    Regulation" is a name before the word)."""
    return not (
        _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        or any(is_surname_or_word(w) or is_given_name(w) for w in m.group().split()[:-1])
    )


def _always(text: str, m: re.Match[str]) -> bool:
    return True


@dataclass(frozen=True)
class _KeepRule:
    """One keep pattern, the literals one of which a text must hold for it to run (read from the shared
    case-sensitive needle pass, common.NeedleGate, rather than substring tests of its own), and the test a match
    must pass to be kept (fix round 22: data on the rule, no `pattern is X` cases in the loop)."""

    pattern: re.Pattern[str]
    gate: NeedleGate
    keeps: Callable[[str, re.Match[str]], bool] = _always


def _rule(
    pattern: re.Pattern[str], needles: tuple[str, ...], keeps: Callable[[str, re.Match[str]], bool] = _always
) -> _KeepRule:
    return _KeepRule(pattern, NeedleGate(needles), keeps)


_GATED: tuple[_KeepRule, ...] = (
    _rule(_REGULATORY, ("REF", "UDI", "GTIN", "LOT", "IND", "IDE"), _catalogue_number),
    _rule(_OFFICES, ("Patient ",)),
    _rule(_BOARDS, ("oard", "MDT", "MDM", "konferenz")),
    _rule(_RULES, ("Directive", "Regulation"), _no_name_before),
    _rule(_WARDS, ("North", "South", "East", "West")),
    _rule(_SPECIALTY_CLINICS, (" Clinic",), _clinic_bare),
    _rule(_WORKFLOW, ("odalit", "Zeile", "Line ", "Row ", "Reihe", "Charge", "atch ", "Stapel")),
    _rule(_CONFIG_KEY, ("_",)),
    _rule(_ARROW_SYSTEM, ("→", "->", "=>")),
    _rule(_LANGUAGES, ("Creole", "Pidgin", "Sign Language", "Kreolisch", "Gebärdensprache", "Créole", "Creolo")),
    _rule(_STATES, ("tum ", "Freistaat", "Republi", "Principality", "Duchy", "Kingdom")),
    _rule(_DE_OFFICES, (*PATIENT_OFFICE_NEEDLES, *CARE_OFFICE_NEEDLES, "Ombudsstelle", "Beschwerde"), _bare_office),
    _rule(_NHS_OFFICES, ("e-Referral", "Information Governance")),
)


def admin_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of the administrative and technical terms above in `text`."""
    out: list[tuple[int, int]] = []
    for rule in _GATED:
        if rule.gate.search(text):
            out.extend(m.span() for m in rule.pattern.finditer(text) if rule.keeps(text, m))
    if "<" in text and ('="' in text or "</" in text or "/>" in text):
        out.extend(m.span() for m in _XML_NAMES.finditer(text))
    return out
