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
from dataclasses import dataclass, replace
from functools import lru_cache

from pydicom import __version_info__ as pydicom_version_info
from pydicom import config
from pydicom.charset import default_encoding
from pydicom.datadict import dictionary_has_tag, dictionary_VR
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, UID_dictionary

from curation.deid.dicom.burned_in import exclusion_reason
from curation.deid.dicom.descriptors import clean_descriptor
from curation.deid.dicom.elements import copy_element, element, map_values, put, replacement
from curation.deid.dicom.header import charset_codecs, header_phi, header_text, patient_age
from curation.deid.dicom.method import METHOD_PREFIX, is_deidentified_by, method_fingerprint, record_method
from curation.deid.dicom.options import DeidOptions
from curation.deid.dicom.private import is_safe_private
from curation.deid.dicom.profile_table import action_table, resolve_compound
from curation.deid.dicom.raw import CHARSET_VRS, STRING_VRS, map_raw_values, raw_text
from curation.deid.dicom.values import TEMPORAL_VRS, TEXT_VRS, shift_da, shift_dt
from curation.index.reader import patient_key
from curation.keys import Pseudonymizer

# Re-exported: the method record is read and written in method.py; callers import it from here.
__all__ = ["METHOD_PREFIX", "deidentify_dataset", "image_exclusion_reason", "is_deidentified_by",
           "method_fingerprint"]

PATIENT_NAME, PATIENT_ID, REFERENCED_FILE_ID = 0x00100010, 0x00100020, 0x00041500
DIRECTORY_RECORDS, DIRECTORY_RECORD_TYPE = 0x00041220, 0x00041430
DICOM_UID_ROOT = "1.2.840.10008."
FREE_TEXT_VRS = frozenset({"LT", "ST", "UT", "UC"})


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
    actions: dict[tuple[int, str], str]     # (tag, VR) -> resolved action, shared by all calls per option set

    def day_shift(self, date: dt.date) -> dt.date:
        return date + dt.timedelta(days=self.shift_days or 0)


# Resolved actions per option set: a dict hit instead of table lookups, masks and rules per element.
_ACTIONS: dict[frozenset[str], dict[tuple[int, str], str]] = {}


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
    already_modified = header_text(ds, 0x00280303).upper() == "MODIFIED"
    shift = options.retain_long_modified_dates and not already_modified and not ours
    enabled = options.enabled_columns
    exact, repeating, private_action = action_table(enabled)
    ctx = _Context(
        pseudonymizer, options, exact, tuple((m, v, a) for (m, v), a in repeating.items()), private_action,
        pseudonymizer.date_shift_days(patient_pid) if shift else None,
        remap_uids=not options.retain_uids and not ours,
        phi=tuple(dict.fromkeys((*header_phi(ds), *phi_strings))),
        overrides={PATIENT_NAME: patient_pid, PATIENT_ID: patient_pid},
        actions=_ACTIONS.setdefault(enabled, {}))
    age = patient_age(ds, options) if options.retain_patient_characteristics else None
    encodings = charset_codecs(ds, [default_encoding])
    out = _deidentify_items(ds, ctx, encodings)
    put(out, PATIENT_ID, "LO", patient_pid, encodings)
    put(out, PATIENT_NAME, "PN", patient_pid, encodings)
    if age:
        put(out, 0x00101010, "AS", age, encodings)
    record_method(out, ds, ctx.pseudonymizer, ctx.options, already_modified, encodings)
    meta = getattr(ds, "file_meta", None)
    if meta is not None:
        out.file_meta = _deidentify_meta(meta, ctx, out)
    return out


def _deidentify_items(ds: Dataset, ctx: _Context, encodings: list[str]) -> Dataset:
    """The de-identified copy of one dataset level.

    Kept elements stay raw (undecoded bytes, immutable, shared with the input); replacements are
    encoded straight into raw elements (`raw.py`); UIDs and dates are mapped from their bytes. Only
    free text that has to be cleaned and sequences are decoded by pydicom.
    """
    out: dict[BaseTag, DataElement | RawDataElement] = {}
    actions = ctx.actions
    creators_needed: set[int] = set()
    for elem in ds.values():
        tag = elem.tag
        t = int(tag)                    # plain ints: BaseTag comparisons dominate the profile otherwise
        if (t >> 16) & 1:               # odd group: private
            if _keep_private(ds, t, ctx):
                out[tag] = elem if elem.is_raw else copy_element(elem)
                creators_needed.add((t & 0xFFFF0000) | ((t & 0xFFFF) >> 8))
            continue
        vr = elem.VR or _dictionary_vr(t)
        if vr == "UN":                  # stored as UN (or read so): the dictionary's VR decides the action
            vr = _dictionary_vr(t)
        action = actions.get((t, vr))
        if action is None:
            action = actions[(t, vr)] = _action(t, vr, ctx)
        if action == "X":
            continue
        if vr != "SQ":
            if action == "K":
                out[tag] = elem if elem.is_raw else copy_element(elem)
                continue
            if action == "Z" or (action == "D" and vr != "UI") or (action == "C" and vr == "PN"):
                out[tag] = replacement(t, vr, action)      # the old value is never decoded
                continue
            if action == "OVERRIDE":
                out[tag] = element(t, vr, ctx.overrides[t], encodings)
                continue
            if elem.is_raw and isinstance(elem.value, bytes):
                fast = _raw_action(elem, vr, action, ctx)
                if fast is not None:
                    out[tag] = fast
                    continue
        try:
            decoded = ds[tag]
        except Exception:
            if elem.VR != "UN":
                raise
            continue                    # a UN value that is not what the dictionary says: it goes
        new = _apply(decoded, vr, action, ctx, encodings)
        if new is not None:
            out[tag] = new
    for creator in creators_needed:
        elem = ds.get_item(creator)
        out[elem.tag] = elem if elem.is_raw else copy_element(elem)
    result = Dataset(out, parent_encoding=encodings)
    is_implicit, is_little = ds.original_encoding
    result.set_original_encoding(is_implicit, is_little, ds.original_character_set)
    return result


def _raw_action(elem: RawDataElement, vr: str, action: str, ctx: _Context) -> RawDataElement | None:
    """UIDs, dates and kept-as-is cases done on the raw bytes; None: needs the decoded value."""
    if vr == "UI" and action in ("U", "D"):
        return map_raw_values(elem, vr, lambda v: _uid(ctx, v))
    if action == "U":
        return elem
    if action == "C" and vr in TEMPORAL_VRS:
        if vr == "TM" or ctx.shift_days is None:
            return elem                 # times, and dates already shifted (input MODIFIED or ours)
        shifter = shift_da if vr == "DA" else shift_dt
        return map_raw_values(elem, vr, lambda v: shifter(v, ctx.day_shift) or "")
    return None


@lru_cache(maxsize=4096)
def _dictionary_vr(tag: int) -> str:
    """The data dictionary's VR of a public tag; UN when it has none or several ("US or SS")."""
    try:
        vr = dictionary_VR(tag)
    except KeyError:
        return "UN"
    return vr if len(vr) == 2 else "UN"


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


def _apply(elem: DataElement, vr: str, action: str, ctx: _Context,
           encodings: list[str]) -> DataElement | None:
    """The slow path, on the decoded element: sequences, free text to clean, non-raw input. `vr` is
    the dictionary's where the element came as UN."""
    if vr != elem.VR:
        elem = _as_vr(elem, vr, encodings)
    if action == "X":
        return None
    if action == "FILEID":              # DICOMDIR paths carry folder names (MUELLER_ANNA): keyed tokens
        return map_values(elem, lambda v: "F" + ctx.pseudonymizer.token("file-id", v, 7).upper(), encodings)
    if vr == "SQ":
        if not isinstance(elem.value, Sequence | None):
            return None                 # a UN blob pydicom could not read as items: nothing to check in it
        if action in ("Z", "D"):
            return element(elem.tag, vr, Sequence())
        if int(elem.tag) == DIRECTORY_RECORDS:
            return element(elem.tag, vr, Sequence(_directory_records(elem.value or (), ctx, encodings)))
        return element(elem.tag, vr, Sequence(
            [_deidentify_items(item, ctx, charset_codecs(item, encodings)) for item in elem.value or ()]))
    if action == "D" or action == "U":
        if vr == "UI":
            return map_values(elem, lambda v: _uid(ctx, v), encodings)
        return copy_element(elem)
    if action == "C":
        if vr in TEMPORAL_VRS:
            return _clean_temporal(elem, ctx, encodings)
        if vr in TEXT_VRS:
            return map_values(elem, lambda v: clean_descriptor(v, ctx.phi), encodings)
    return copy_element(elem)


def _directory_records(records: Iterable[Dataset], ctx: _Context, encodings: list[str]) -> list[Dataset]:
    """DICOMDIR records: each PATIENT record, and the records after it (its studies, series, images),
    get that patient's own pseudonym and date shift, the ones its files get from the index."""
    out: list[Dataset] = []
    current = ctx
    for record in records:
        if header_text(record, DIRECTORY_RECORD_TYPE).upper() == "PATIENT":
            current = _patient_context(record, ctx)
        out.append(_deidentify_items(record, current, charset_codecs(record, encodings)))
    return out


def _patient_context(record: Dataset, ctx: _Context) -> _Context:
    key = patient_key(header_text(record, PATIENT_ID), header_text(record, PATIENT_NAME),
                      header_text(record, 0x00100030), None)
    if key is None:
        return ctx                      # nothing to tell this patient apart: the file's own pseudonym
    pid = ctx.pseudonymizer.patient_pid(key)
    shift = None if ctx.shift_days is None else ctx.pseudonymizer.date_shift_days(pid)
    return replace(ctx, overrides={PATIENT_NAME: pid, PATIENT_ID: pid}, shift_days=shift)


def _as_vr(elem: DataElement, vr: str, encodings: list[str]) -> DataElement:
    """A UN element pydicom did not convert, read as the dictionary's VR (string VRs from its bytes)."""
    value = elem.value
    if isinstance(value, bytes) and vr in STRING_VRS:
        text = value.decode(encodings[0] if vr in CHARSET_VRS else "latin-1", errors="replace").rstrip(" \x00")
        parts = text.split("\\")
        return DataElement(elem.tag, vr, parts if len(parts) > 1 else text, validation_mode=config.IGNORE)
    return elem


def _clean_temporal(elem: DataElement, ctx: _Context, encodings: list[str]) -> DataElement:
    """Dates shifted by the patient's keyed shift; times kept (the shift is whole days)."""
    if elem.VR == "TM" or ctx.shift_days is None:
        return copy_element(elem)              # times, and dates already shifted (input MODIFIED or ours)
    shifter = shift_da if elem.VR == "DA" else shift_dt
    return map_values(elem, lambda v: shifter(v, ctx.day_shift) or "", encodings)


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


def _deidentify_meta(meta: Dataset, ctx: _Context, out: Dataset) -> FileMetaDataset:
    """File meta: the instance UID follows the dataset's; source AE titles and private info go; the
    implementation is the writer's (pydicom's, as `save_as` of a new dataset records it).

    Required elements the input lacked (files written without a complete meta) are filled from the
    dataset where it knows them: SOP class and instance, and the transfer syntax it was read with.
    """
    sop_uid = _first(out.get_item(0x00080018))
    result: dict[BaseTag, DataElement | RawDataElement] = {}
    for elem in meta.values():
        tag = int(elem.tag)
        if tag in _META_DROPPED or tag & 0xFFFF == 0:
            continue
        if tag == 0x00020003:
            value = sop_uid or _uid(ctx, header_text(meta, tag))
            result[elem.tag] = element(tag, "UI", value)
        else:
            result[elem.tag] = elem if elem.is_raw else copy_element(elem)
    result[BaseTag(0x00020012)] = element(0x00020012, "UI", PYDICOM_IMPLEMENTATION_UID)   # who wrote it: us
    result[BaseTag(0x00020013)] = element(0x00020013, "SH", IMPLEMENTATION_VERSION)
    missing = {0x00020002: _first(out.get_item(0x00080016)), 0x00020003: sop_uid,
               0x00020010: _TRANSFER_SYNTAX_READ.get(out.original_encoding, "")}
    for tag, value in missing.items():
        if value and not _first(result.get(BaseTag(tag))):
            result[BaseTag(tag)] = element(tag, "UI", value)
    return FileMetaDataset(dict(sorted(result.items())))


# AE titles of sender/receiver/source, private meta information, and the writer's implementation
# (the input's ImplementationClassUID names the software that made the original file; we write it now).
_META_DROPPED = frozenset({0x00020012, 0x00020013, 0x00020016, 0x00020017, 0x00020018, 0x00020100, 0x00020102})
IMPLEMENTATION_VERSION = f"PYDICOM {'.'.join(pydicom_version_info)}"
_TRANSFER_SYNTAX_READ = {(True, True): "1.2.840.10008.1.2", (False, True): "1.2.840.10008.1.2.1",
                         (False, False): "1.2.840.10008.1.2.2"}


def _first(elem: object) -> str:
    values = raw_text(elem)
    return values[0] if values else ""


def image_exclusion_reason(ds: Dataset, options: DeidOptions | None = None) -> str | None:
    """Why an instance must stay out of every image output (burned-in text), honouring the allow-list."""
    options = options or DeidOptions()
    return exclusion_reason(ds, options.burned_in_allow_sop_classes)
