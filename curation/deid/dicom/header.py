"""Reading the input's header without decoding it: the values the de-identifier needs before it starts.

The PHI dictionary for Clean Descriptors, the birth and study dates for the age, the re-run markers and
the character sets are read from the raw bytes, so the input dataset stays raw (pydicom would decode
and store every element it is asked for, which costs more than the whole de-identification).
"""

from __future__ import annotations

from functools import lru_cache

from pydicom.charset import convert_encodings
from pydicom.datadict import tag_for_keyword
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from curation.deid.dicom.options import DeidOptions
from curation.deid.dicom.raw import raw_text
from curation.deid.dicom.values import age_string, parse_da

# Header values that identify the patient or staff: the dictionary the descriptor cleaner scrubs with.
PHI_KEYWORDS = ("PatientName", "PatientID", "OtherPatientIDs", "OtherPatientNames", "PatientBirthName",
                "PatientMotherBirthName", "AccessionNumber", "ReferringPhysicianName", "PerformingPhysicianName",
                "NameOfPhysiciansReadingStudy", "OperatorsName", "RequestingPhysician", "PhysiciansOfRecord",
                "InstitutionName", "InstitutionAddress", "StationName", "PatientAddress",
                "PatientTelephoneNumbers", "DeviceSerialNumber", "IssuerOfPatientID")
_PHI_TAGS = tuple(tag_for_keyword(k) for k in PHI_KEYWORDS)
AGE_REFERENCE_DATES = (0x00080020, 0x00080021, 0x00080022, 0x00080023)   # study, series, acquisition, content


def header_phi(ds: Dataset) -> list[str]:
    """The identifying header values, read from the raw bytes where possible (decoding every one of
    them through pydicom would cost more than the whole de-identification of the file)."""
    codec = first_codec(ds)
    values: list[str] = []
    for tag in _PHI_TAGS:
        values += raw_text(ds.get_item(tag), codec)
    birth = parse_da(header_text(ds, 0x00100030))
    if birth:
        values += [birth.strftime("%Y%m%d"), birth.strftime("%d.%m.%Y"), birth.isoformat()]
    records = ds.get("DirectoryRecordSequence") if ds.get_item(0x00041220) is not None else None
    for record in records or ():    # a DICOMDIR keeps its PHI in the records
        values += header_phi(record)
    return values


def header_text(ds: Dataset, tag: int) -> str:
    """The whole value of an ASCII element as text, read from the raw bytes (the input stays raw)."""
    elem = ds.get_item(tag)
    if elem is None or elem.value is None:
        return ""
    value = elem.value
    if isinstance(value, bytes):
        return value.decode("latin-1").strip(" \x00")
    if isinstance(value, MultiValue | list):
        return str(value)               # as before: a multi-valued date or flag is not one value
    return str(value).strip()


def charset_terms(ds: Dataset) -> list[str]:
    """This level's own Specific Character Set terms (empty: none), read without decoding the dataset."""
    elem = ds.get_item(0x00080005)
    if elem is None or not elem.value:
        return []
    value = elem.value
    if isinstance(value, bytes):
        return [v.strip(" \x00") for v in value.decode("ascii", errors="ignore").split("\\")]
    return [str(value)] if isinstance(value, str) else [str(v) for v in value]


def charset_codecs(ds: Dataset, parent: list[str]) -> list[str]:
    """The Python codecs in force at this level (its own character set, else the parent's), as
    pydicom's `Dataset._character_set` gives them."""
    terms = charset_terms(ds)
    return _python_encodings(tuple(terms)) if terms else parent


@lru_cache(maxsize=64)
def _python_encodings(terms: tuple[str, ...]) -> list[str]:
    return convert_encodings(list(terms))


def first_codec(ds: Dataset) -> str:
    """The Python codec of the dataset's first character set (ISO 2022 escapes are rare in PN/LO here)."""
    first = (charset_terms(ds) or ["ISO_IR 6"])[0].strip()
    try:
        return convert_encodings(first or "ISO_IR 6")[0]
    except (LookupError, ValueError):
        return "latin-1"


def patient_age(ds: Dataset, options: DeidOptions) -> str | None:
    """Age at the study, computed while the birth date is still there; an existing PatientAge wins."""
    if header_text(ds, 0x00101010):
        return None
    birth = parse_da(header_text(ds, 0x00100030))
    if birth is None:
        return None
    for tag in AGE_REFERENCE_DATES:
        on = parse_da(header_text(ds, tag))
        if on is not None:
            return age_string(birth, on, options.max_age_years)
    return None
