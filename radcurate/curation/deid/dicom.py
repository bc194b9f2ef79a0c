"""DICOM de-identification to PS3.15 Annex E: the one place that decides what happens to every attribute.

`deidentify_dataset` builds a new dataset from the input, element by element, recursively into
sequences and the file meta, applying Table E.1-1 (`profile_table`) with the enabled options
(`DeidOptions`). Attributes the table does not list are handled by rule (`_unlisted_action`): unknown
public tags go, UIDs are replaced unless they are DICOM-defined, dates follow the date option, person
names are emptied, free text is cleaned. Private tags go unless on the safe-private list; curves (50xx)
and overlays (60xx) go with their whole group.

Re-runs are idempotent: an input we already de-identified (PatientIdentityRemoved YES and our key's
fingerprint in DeidentificationMethod) keeps its UIDs and dates; any input whose
LongitudinalTemporalInformationModified is MODIFIED is never shifted again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pydicom import config
from pydicom.charset import convert_encodings
from pydicom.datadict import dictionary_has_tag, dictionary_VR, tag_for_keyword
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.uid import UID_dictionary

from radcurate.curation.deid.burned_in import exclusion_reason
from radcurate.curation.deid.descriptors import clean_descriptor
from radcurate.curation.deid.options import DeidOptions
from radcurate.curation.deid.private import is_safe_private
from radcurate.curation.deid.profile_table import action_table, resolve_compound
from radcurate.curation.deid.values import TEMPORAL_VRS, TEXT_VRS, age_string, dummy, parse_da, shift_da, shift_dt
from radcurate.curation.keys import Pseudonymizer

PATIENT_NAME, PATIENT_ID, REFERENCED_FILE_ID = 0x00100010, 0x00100020, 0x00041500
DICOM_UID_ROOT = "1.2.840.10008."
METHOD_PREFIX = "RADCURATE PS3.15 E1-1 KEY "
# Header values that identify the patient or staff: the dictionary the descriptor cleaner scrubs with.
PHI_KEYWORDS = ("PatientName", "PatientID", "OtherPatientIDs", "OtherPatientNames", "PatientBirthName",
                "PatientMotherBirthName", "AccessionNumber", "ReferringPhysicianName", "PerformingPhysicianName",
                "NameOfPhysiciansReadingStudy", "OperatorsName", "RequestingPhysician", "PhysiciansOfRecord",
                "InstitutionName", "InstitutionAddress", "StationName", "PatientAddress",
                "PatientTelephoneNumbers", "DeviceSerialNumber", "IssuerOfPatientID")
FREE_TEXT_VRS = frozenset({"LT", "ST", "UT", "UC"})
_PHI_TAGS = tuple(tag_for_keyword(k) for k in PHI_KEYWORDS)
AGE_REFERENCE_DATES = ("StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate")


@dataclass(frozen=True)
class _Context:
    pseudonymizer: Pseudonymizer
    options: DeidOptions
    exact: dict[int, str]
    repeating: tuple[tuple[int, int, str], ...]
    private_action: str
    shift_days: int | None          # None: dates are not shifted (already modified, or not asked)
    remap_uids: bool
    phi: tuple[str, ...]
    overrides: dict[int, str]


def method_fingerprint(pseudonymizer: Pseudonymizer) -> str:
    """What we write into DeidentificationMethod to recognise our own output (no key material)."""
    return METHOD_PREFIX + pseudonymizer.token("deid-method", "radcurate", 12).upper()


def is_deidentified_by(ds: Dataset, pseudonymizer: Pseudonymizer) -> bool:
    """True when `ds` is our own output under this key (so UIDs and dates are final)."""
    if str(ds.get("PatientIdentityRemoved", "") or "").upper() != "YES":
        return False
    methods = ds.get("DeidentificationMethod", "") or ""
    values = list(methods) if isinstance(methods, MultiValue) else [methods]
    return method_fingerprint(pseudonymizer) in {str(v) for v in values}


def deidentify_dataset(ds: Dataset, *, pseudonymizer: Pseudonymizer, patient_pid: str,
                       options: DeidOptions | None = None, phi_strings: Iterable[str] = ()) -> Dataset:
    """A de-identified copy of `ds` (the input is not changed); PatientID and PatientName = `patient_pid`.

    `phi_strings` (e.g. the vault's PHI dictionary of this patient) extend the header values that the
    Clean Descriptors option scrubs from kept free text.
    """
    if not isinstance(ds, Dataset):
        raise ValueError("ds must be a pydicom Dataset")
    if not patient_pid or not patient_pid.strip():
        raise ValueError("patient_pid is empty: every de-identified instance needs the patient's pseudonym")
    options = options or DeidOptions()
    ours = is_deidentified_by(ds, pseudonymizer)
    already_modified = str(ds.get("LongitudinalTemporalInformationModified", "") or "").upper() == "MODIFIED"
    shift = options.retain_long_modified_dates and not already_modified and not ours
    exact, repeating, private_action = action_table(options.enabled_columns)
    ctx = _Context(
        pseudonymizer, options, exact, tuple((m, v, a) for (m, v), a in repeating.items()), private_action,
        pseudonymizer.date_shift_days(patient_pid) if shift else None,
        remap_uids=not options.retain_uids and not ours,
        phi=tuple(dict.fromkeys((*_header_phi(ds), *phi_strings))),
        overrides={PATIENT_NAME: patient_pid, PATIENT_ID: patient_pid})
    age = _patient_age(ds, options) if options.retain_patient_characteristics else None
    out = _deidentify_items(ds, ctx)
    out[PATIENT_ID] = _element(PATIENT_ID, "LO", patient_pid)
    out[PATIENT_NAME] = _element(PATIENT_NAME, "PN", patient_pid)
    if age:
        out[0x00101010] = _element(0x00101010, "AS", age)
    _record_method(out, ds, ctx, already_modified)
    meta = getattr(ds, "file_meta", None)
    if meta is not None:
        out.file_meta = _deidentify_meta(meta, ctx, str(out.get("SOPInstanceUID", "") or ""))
    return out


def _deidentify_items(ds: Dataset, ctx: _Context) -> Dataset:
    """The de-identified copy of one dataset level. Kept elements that need no change stay raw
    (undecoded bytes, immutable), which is what makes this several times faster than decoding all."""
    out = Dataset()
    is_implicit, is_little = ds.original_encoding
    out.set_original_encoding(is_implicit, is_little, ds.original_character_set)
    creators_needed: set[int] = set()
    for elem in ds.elements():
        tag = int(elem.tag)             # plain ints: BaseTag comparisons dominate the profile otherwise
        if (tag >> 16) & 1:             # odd group: private
            if _keep_private(ds, tag, ctx):
                out[tag] = elem if elem.is_raw else _copy(elem)
                creators_needed.add((tag & 0xFFFF0000) | ((tag & 0xFFFF) >> 8))
            continue
        vr = elem.VR or _dictionary_vr(tag)
        action = _action(tag, vr, ctx)
        if action == "X":
            continue
        if action == "K" and vr != "SQ":
            out[tag] = elem if elem.is_raw else _copy(elem)
            continue
        if vr != "SQ" and (action in ("Z", "OVERRIDE") or (action == "D" and vr != "UI")):
            out[tag] = _replacement(tag, vr, action, ctx)      # the old value is never decoded
            continue
        new = _apply(ds[tag], action, ctx)
        if new is not None:
            out[tag] = new
    for creator in creators_needed:
        elem = ds.get_item(creator)
        out[creator] = elem if elem.is_raw else _copy(elem)
    return out


def _replacement(tag: int, vr: str, action: str, ctx: _Context) -> DataElement:
    if action == "OVERRIDE":
        return _element(tag, vr, ctx.overrides[tag])
    if action == "D":
        return _element(tag, vr, dummy(vr))
    return _element(tag, vr, "" if vr in ("PN", *TEXT_VRS) else None)


def _dictionary_vr(tag: int) -> str:
    try:
        return dictionary_VR(tag)
    except KeyError:
        return "UN"


def _action(tag: int, vr: str, ctx: _Context) -> str:
    if tag & 0xFFFF == 0:               # group lengths: retired, recomputed by nobody
        return "X"
    if tag in ctx.overrides:
        return "OVERRIDE"
    if tag == REFERENCED_FILE_ID:
        return "FILEID"
    action = ctx.exact.get(tag)
    if action is None:
        group = tag >> 16
        if 0x5000 <= group <= 0x50FF or 0x6000 <= group <= 0x60FF:
            return "X"                  # curves and overlay planes: the whole group, not only data/comments
        for mask, value, code in ctx.repeating:
            if tag & mask == value:
                return resolve_compound(code)
        action = _unlisted_action(tag, vr, ctx)
    return resolve_compound(action)


def _unlisted_action(tag: int, vr: str, ctx: _Context) -> str:
    """Attributes Table E.1-1 does not list: keep what the standard defines and cannot identify."""
    if not dictionary_has_tag(tag):
        return "X"
    if vr == "SQ":
        return "K"
    if vr == "UI":
        return "U"
    if vr == "PN":
        return "Z"
    if vr in ("DA", "DT"):
        if ctx.options.retain_long_full_dates:
            return "K"
        return "C" if ctx.options.retain_long_modified_dates else "X"
    if vr in TEXT_VRS and ctx.options.clean_descriptors:
        return "C"
    if vr in FREE_TEXT_VRS:
        return "X"                      # unlisted long free text, and nobody to clean it: it goes
    return "K"


def _apply(elem: DataElement, action: str, ctx: _Context) -> DataElement | None:
    vr = elem.VR
    if action == "X":
        return None
    if action == "OVERRIDE":
        return _element(elem.tag, vr, ctx.overrides[elem.tag])
    if action == "FILEID":              # DICOMDIR paths carry folder names (MUELLER_ANNA): keyed tokens
        return _map_values(elem, lambda v: "F" + ctx.pseudonymizer.token("file-id", v, 7).upper())
    if vr == "SQ":
        if action in ("Z", "D"):
            return _element(elem.tag, vr, Sequence())
        return _element(elem.tag, vr, Sequence([_deidentify_items(item, ctx) for item in elem.value or ()]))
    if action == "Z" or (action == "C" and vr == "PN"):
        return _element(elem.tag, vr, None if vr not in ("PN", *TEXT_VRS) else "")
    if action == "D":
        if vr == "UI":
            return _map_values(elem, lambda v: _uid(ctx, v))
        return _element(elem.tag, vr, dummy(vr))
    if action == "U":
        return _map_values(elem, lambda v: _uid(ctx, v)) if vr == "UI" else _copy(elem)
    if action == "C":
        if vr in TEMPORAL_VRS:
            return _clean_temporal(elem, ctx)
        if vr in TEXT_VRS:
            return _map_values(elem, lambda v: clean_descriptor(v, ctx.phi))
    return _copy(elem)


def _clean_temporal(elem: DataElement, ctx: _Context) -> DataElement:
    """Dates shifted by the patient's keyed shift; times kept (the shift is whole days)."""
    if elem.VR == "TM" or ctx.shift_days is None:
        return _copy(elem)              # times, and dates already shifted (input MODIFIED or ours)
    delta = dt.timedelta(days=ctx.shift_days)

    def shift(date: dt.date) -> dt.date:
        return date + delta

    shifter = shift_da if elem.VR == "DA" else shift_dt
    return _map_values(elem, lambda v: shifter(v, shift) or "")


def _map_values(elem: DataElement, fn) -> DataElement:
    value = elem.value
    if value is None or value == "":
        return _copy(elem)
    if isinstance(value, MultiValue | list | tuple):
        return _element(elem.tag, elem.VR, [fn(str(v)) if v else v for v in value])
    return _element(elem.tag, elem.VR, fn(str(value)))


def _element(tag: int, vr: str, value: object) -> DataElement:
    """A new element; values we produce are valid by construction, so pydicom's validation is skipped."""
    return DataElement(tag, vr, value, validation_mode=config.IGNORE)


def _copy(elem: DataElement) -> DataElement:
    value = elem.value
    if isinstance(value, MultiValue | list):
        value = list(value)
    return _element(elem.tag, elem.VR, value)


def _uid(ctx: _Context, value: str) -> str:
    value = value.strip().rstrip("\x00")
    if not value or not ctx.remap_uids or value in UID_dictionary or value.startswith(DICOM_UID_ROOT):
        return value
    return _cached_uid(ctx.pseudonymizer, value)


@lru_cache(maxsize=65536)
def _cached_uid(pseudonymizer: Pseudonymizer, value: str) -> str:
    return pseudonymizer.uid(value)


def _keep_private(ds: Dataset, tag: int, ctx: _Context) -> bool:
    group, element = tag >> 16, tag & 0xFFFF
    if ctx.private_action != "C" or element < 0x1000:
        return False                    # creators are re-added only for blocks that keep an element
    creator = ds.get((group << 16) | (element >> 8))
    return creator is not None and isinstance(creator.value, str) and is_safe_private(
        group, creator.value, element)


def _header_phi(ds: Dataset) -> list[str]:
    """The identifying header values, read from the raw bytes where possible (decoding every one of
    them through pydicom would cost more than the whole de-identification of the file)."""
    codec = _python_codec(ds)
    values: list[str] = []
    for tag in _PHI_TAGS:
        elem = ds.get_item(tag)
        if elem is None or elem.value is None:
            continue
        if elem.is_raw:
            text = elem.value.decode(codec, errors="replace") if isinstance(elem.value, bytes) else str(elem.value)
            values += [v.strip(" \x00") for v in text.split("\\") if v.strip(" \x00")]
        else:
            value = elem.value
            values += [str(v) for v in (value if isinstance(value, MultiValue | list) else [value]) if v]
    birth = parse_da(str(ds.get("PatientBirthDate", "") or ""))
    if birth:
        values += [birth.strftime("%Y%m%d"), birth.strftime("%d.%m.%Y"), birth.isoformat()]
    for record in ds.get("DirectoryRecordSequence") or ():    # a DICOMDIR keeps its PHI in the records
        values += _header_phi(record)
    return values


def _python_codec(ds: Dataset) -> str:
    """The Python codec of the dataset's first character set (ISO 2022 escapes are rare in PN/LO here)."""
    charset = ds.get_item(0x00080005)
    if charset is None or charset.value is None:
        return "latin-1"
    value = charset.value.decode("ascii", errors="ignore") if isinstance(charset.value, bytes) else charset.value
    first = (value if isinstance(value, str) else (list(value) or [""])[0]).split("\\")[0].strip()
    try:
        return convert_encodings(first or "ISO_IR 6")[0]
    except (LookupError, ValueError):
        return "latin-1"


def _patient_age(ds: Dataset, options: DeidOptions) -> str | None:
    """Age at the study, computed while the birth date is still there; an existing PatientAge wins."""
    existing = str(ds.get("PatientAge", "") or "").strip()
    if existing:
        return None
    birth = parse_da(str(ds.get("PatientBirthDate", "") or ""))
    if birth is None:
        return None
    for keyword in AGE_REFERENCE_DATES:
        on = parse_da(str(ds.get(keyword, "") or ""))
        if on is not None:
            return age_string(birth, on, options.max_age_years)
    return None


def _record_method(out: Dataset, ds: Dataset, ctx: _Context, already_modified: bool) -> None:
    """PatientIdentityRemoved, DeidentificationMethod(+CodeSequence), LongitudinalTemporalInformationModified."""
    out.PatientIdentityRemoved = "YES"
    ours = method_fingerprint(ctx.pseudonymizer)
    previous = ds.get("DeidentificationMethod")
    methods = [str(v) for v in (previous if isinstance(previous, MultiValue) else [previous]) if v]
    out.DeidentificationMethod = [*[m for m in methods if m != ours], ours]
    codes = []
    for value, meaning in ctx.options.method_codes():
        item = Dataset()
        item[0x00080100] = _element(0x00080100, "SH", value)
        item[0x00080102] = _element(0x00080102, "SH", "DCM")
        item[0x00080104] = _element(0x00080104, "LO", meaning)
        codes.append(item)
    out[0x00120064] = _element(0x00120064, "SQ", Sequence(codes))
    if ctx.options.retain_long_full_dates and not already_modified:
        out.LongitudinalTemporalInformationModified = "UNMODIFIED"
    elif ctx.options.retain_long_modified_dates or already_modified:
        out.LongitudinalTemporalInformationModified = "MODIFIED"
    else:
        out.LongitudinalTemporalInformationModified = "REMOVED"


def _deidentify_meta(meta: Dataset, ctx: _Context, sop_uid: str) -> FileMetaDataset:
    """File meta: the instance UID follows the dataset's; source AE titles and private info go."""
    out = FileMetaDataset()
    for elem in meta:
        if elem.tag in (0x00020016, 0x00020017, 0x00020018, 0x00020100, 0x00020102) or elem.tag.element == 0:
            continue                    # AE titles of sender/receiver/source, private meta information
        if elem.tag == 0x00020003:
            value = sop_uid or _uid(ctx, str(elem.value))
            out.add(_element(elem.tag, "UI", value))
        else:
            out.add(_copy(elem))
    return out


def image_exclusion_reason(ds: Dataset, options: DeidOptions | None = None) -> str | None:
    """Why an instance must stay out of every image output (burned-in text), honouring the allow-list."""
    options = options or DeidOptions()
    return exclusion_reason(ds, options.burned_in_allow_sop_classes)
