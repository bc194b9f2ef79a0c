"""The patient's PHI dictionary, gathered from DICOM headers while they are read anyway.

The report scrubber and the PHI checks match free text against what the headers said about this
patient (names with their umlaut spellings, ids, birth dates as people write them, physicians,
institution, addresses). PN values and identifiers are collected wherever they sit, including nested
sequences (RequestAttributesSequence, ReferencedPatientSequence...) and private text elements.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydicom.datadict import dictionary_VR
from pydicom.dataelem import RawDataElement
from pydicom.tag import Tag

from curation.index.header import Header

if TYPE_CHECKING:
    from curation.vault import PatientPhi

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})

PATIENT_NAME_KEYWORDS = frozenset({"PatientName", "OtherPatientNames", "PatientBirthName",
                                   "PatientMotherBirthName", "ResponsiblePerson"})
# Keyword -> PatientPhi field for the non-PN values that identify a patient or their care context.
FIELD_BY_KEYWORD: dict[str, str] = {
    "PatientID": "patient_ids", "OtherPatientIDs": "patient_ids",
    "AccessionNumber": "accessions",
    "InstitutionName": "institutions", "InstitutionalDepartmentName": "institutions",
    "InstitutionAddress": "addresses", "PatientAddress": "addresses",
    "IssuerOfPatientID": "other", "StationName": "other", "DeviceSerialNumber": "other",
    "PatientTelephoneNumbers": "other",
    "PersonTelephoneNumbers": "other", "PersonAddress": "addresses", "MilitaryRank": "other",
    "RegionOfResidence": "addresses", "CountryOfResidence": "addresses",
    "MedicalRecordLocator": "other", "ReferringPhysicianAddress": "addresses",
    "ReferringPhysicianTelephoneNumbers": "other", "PatientBirthDate": "birth_dates",
}
_TAG_FIELD: dict[int, str] = {int(Tag(k)): v for k, v in FIELD_BY_KEYWORD.items()}
_PATIENT_NAME_TAGS = frozenset(int(Tag(k)) for k in PATIENT_NAME_KEYWORDS)
TEXT_VRS = frozenset({"LO", "SH", "LT", "ST", "UT", "PN", "UC"})
# Words that anonymised, test and phantom data put in person names ("R3.2.2 Enhanced Dicom Phantom",
# "Last Name^First Name", "ANONYMOUS", "Modality^LUT"): they identify nobody, and as needles they
# would flag every reason that says "DICOM" and every column called "name" or "modality".
PLACEHOLDER_NAME_WORDS = frozenset({
    "anon", "anonymous", "anonymized", "anonymised", "anonymisiert", "unknown", "demo", "test", "patient",
    "dicom", "phantom", "modality", "image", "series", "study", "name", "names", "first", "last", "firstname",
    "lastname", "given", "family", "enter", "text", "dft"})
TOKEN_FIELDS = ("patient_ids", "names", "birth_dates", "accessions", "physicians")
PHRASE_FIELDS = ("institutions", "addresses", "other")
_FIELDS = ("patient_ids", "names", "birth_dates", "accessions", "physicians", "institutions",
           "addresses", "other")


def transliterations(text: str) -> list[str]:
    """`text`, its German transliteration (Müller -> Mueller) and its accent-free form (Muller)."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return list(dict.fromkeys([text, text.translate(_TRANSLIT), stripped]))


def name_variants(person_name: str, codes: frozenset[str] = frozenset()) -> list[str]:
    """Every way a DICOM PN may be written in text: parts, 'Given Family', 'Family, Given'...

    Placeholder words and words equal to one of the dataset's code strings (`codes`, upper case:
    a perfusion phantom named "Perfusion^MCA Stroke" with ImageType PERFUSION) are left out.
    """
    out: list[str] = []
    for group in person_name.split("="):  # alphabetic, ideographic, phonetic representations
        parts = [_without_placeholders(p, codes) for p in group.split("^")]
        group = "^".join(parts)
        family, given = ([*parts, "", ""])[:2]
        middle = parts[2] if len(parts) > 2 else ""
        words = [w for p in parts for w in p.replace(",", " ").split() if len(w) >= 2]
        forms = [group.strip("^ "), " ".join(x for x in (given, middle, family) if x),
                 ", ".join(x for x in (family, given) if x), " ".join(x for x in (family, given) if x),
                 *words]
        for form in forms:
            if form.strip():
                out.extend(transliterations(form.strip()))
    return list(dict.fromkeys(out))


def _is_filler(value: str) -> bool:
    """'00000', 'XXXXXX', '---': a value of one repeated character is a blanked field, not PHI."""
    return len({c.upper() for c in value if c.isalnum()}) <= 1


def _without_placeholders(part: str, codes: frozenset[str]) -> str:
    return " ".join(w for w in part.split() if w.casefold() not in PLACEHOLDER_NAME_WORDS and w.upper() not in codes)


def birth_date_formats(value: str) -> list[str]:
    """A DA birth date in the forms people type: 19560312, 12.03.1956, 12.03.56, 1956-03-12, 12.3.1956."""
    value = value.strip()
    try:
        day = dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return [value] if value else []
    return list(dict.fromkeys([value, f"{day:%d.%m.%Y}", f"{day:%d.%m.%y}", day.isoformat(),
                               f"{day.day}.{day.month}.{day.year}", f"{day:%d/%m/%Y}"]))


@dataclass
class PhiCollector:
    """Accumulates PHI per patient_pid (insertion-ordered, no duplicates) across many files."""

    fields_by_patient: dict[str, dict[str, dict[str, None]]] = field(default_factory=dict)
    _seen: set[tuple[str, int]] = field(default_factory=set, repr=False, compare=False)

    def _bucket(self, patient_pid: str) -> dict[str, dict[str, None]]:
        if patient_pid not in self.fields_by_patient:
            self.fields_by_patient[patient_pid] = {f: {} for f in _FIELDS}
        return self.fields_by_patient[patient_pid]

    def add(self, patient_pid: str, field_name: str, values: Iterable[str]) -> None:
        bucket = self._bucket(patient_pid)[field_name]
        for value in values:
            value = value.strip()
            if value and not _is_filler(value):
                bucket[value] = None

    def add_dataset(self, patient_pid: str, header: Header) -> None:
        """Everything identifying in a dataset (and its nested sequences) for this patient.

        The files of one series repeat the same identifying elements byte for byte; a fingerprint
        of their raw values lets every repeat skip decoding (the index's hot path).
        """
        self._bucket(patient_pid)
        fingerprint = _fingerprint(header)
        if fingerprint is not None:
            if (patient_pid, fingerprint) in self._seen:
                return
            self._seen.add((patient_pid, fingerprint))
        _walk(self, patient_pid, header, depth=0)

    def merge(self, other: PhiCollector) -> None:
        for pid, fields in other.fields_by_patient.items():
            for name, values in fields.items():
                self.add(pid, name, values)

    def patients(self) -> list[PatientPhi]:
        """One PatientPhi per patient, values sorted so output does not depend on file order."""
        from curation.vault import PatientPhi  # pyarrow stays out of pool workers

        return [PatientPhi(pid, *(tuple(sorted(fields[f])) for f in _FIELDS))
                for pid, fields in sorted(self.fields_by_patient.items())]

    def terms_for_tokens(self, patient_pid: str) -> list[str]:
        """Values whose single words identify the patient (names, ids, dates, physicians)."""
        fields = self.fields_by_patient.get(patient_pid, {})
        return [v for f in TOKEN_FIELDS for v in fields.get(f, ())]

    def terms_for_phrases(self, patient_pid: str) -> list[str]:
        """Values that identify only as a whole (institution, address, station...)."""
        fields = self.fields_by_patient.get(patient_pid, {})
        return [v for f in PHRASE_FIELDS for v in fields.get(f, ())]


def _fingerprint(header: Header) -> int | None:
    """Hash of the raw bytes of every element the walk would read; None if any is not raw."""
    parts: list[object] = [header.codec]
    for tag, raw in sorted(header.ds._dict.items()):  # raw elements as read, without conversion
        wanted = raw.VR in ("PN", "SQ") or tag in _TAG_FIELD or (tag >> 16) % 2 == 1 or (
            raw.VR is None and _implicit_wanted(tag))
        if not wanted:
            continue
        value = getattr(raw, "value", None)
        if isinstance(raw, RawDataElement) and value is None and (tag >> 16) % 2 == 1:
            parts.append((tag, raw.length))  # a deferred private blob: the walk skips it too
            continue
        if not isinstance(value, bytes) or not isinstance(raw, RawDataElement):
            return None  # already converted (or deferred): walk it properly
        parts.append((tag, value))
    return hash(tuple(parts))


def _implicit_wanted(tag: int) -> bool:
    try:
        return dictionary_VR(tag) in ("PN", "SQ")
    except KeyError:
        return False


def _walk(collector: PhiCollector, pid: str, header: Header, depth: int) -> None:
    if depth > 8:  # malformed files can nest absurdly; PHI sits in the first levels
        return
    ds = header.ds
    codes: frozenset[str] | None = None  # the dataset's code strings, read on the first private text
    for raw in ds.elements():
        tag = int(raw.tag)
        is_private = (tag >> 16) % 2 == 1
        if is_private and (tag & 0xFFFF) < 0x100:
            continue  # private creator ids name vendors, not people
        if is_private and isinstance(raw, RawDataElement) and raw.value is None:
            continue  # deferred (larger than DEFER_BYTES): a vendor blob (CSA header...), not a name
        vr = raw.VR
        if vr is None and not is_private:
            try:
                vr = dictionary_VR(tag)
            except KeyError:
                continue
        if vr == "SQ":
            try:
                items = ds[tag].value or []
            except Exception:  # a malformed sequence must not stop the read
                continue
            for item in items:
                _walk(collector, pid, header.item(item), depth + 1)
        elif vr == "PN":
            target = "names" if tag in _PATIENT_NAME_TAGS else "physicians"
            values = header.texts(tag)
            if values and codes is None:
                codes = _code_values(header)
            for value in values:
                collector.add(pid, target, name_variants(value, codes or frozenset()))
        elif tag in _TAG_FIELD:
            target = _TAG_FIELD[tag]
            values = header.texts(tag)
            if target == "birth_dates":
                values = [f for v in values for f in birth_date_formats(v)]
            elif target in ("institutions", "addresses"):
                values = [t for v in values for t in transliterations(v)]
            collector.add(pid, target, values)
        elif is_private and vr in (None, "UN", *TEXT_VRS):
            values = [v for v in header.texts(tag) if len(v) >= 3 and v.isprintable() and any(c.isalpha() for c in v)]
            if values and codes is None:
                codes = _code_values(header)
            collector.add(pid, "other", [v for v in values if v.upper() not in codes])


def _code_values(header: Header) -> frozenset[str]:
    """Every value of the dataset's standard CS elements (ImageType, BodyPartExamined...).

    Vendors copy such codes into private elements ("WHOLE BODY"); a private value equal to a code
    string is a code, not PHI (CS holds defined terms only), and as a needle it would flag ImageType.
    """
    codes: set[str] = set()
    for raw in header.ds.elements():
        tag = int(raw.tag)
        if (tag >> 16) % 2 == 1:
            continue
        vr = raw.VR
        if vr is None:
            try:
                vr = dictionary_VR(tag)
            except KeyError:
                continue
        if vr == "CS":
            codes.update(v.upper() for v in header.texts(tag))
    return frozenset(codes)
