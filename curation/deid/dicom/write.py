"""Serialize de-identified datasets fast: raw elements are written as the bytes they hold.

`deidentify_dataset` keeps unchanged elements raw (never decoded) and encodes its replacements straight
into raw elements. pydicom's writer still spends ~20 µs per element on buffers and checks; for the
common case (explicit VR little endian in and out, same character set) we write raw elements' header
and value bytes directly, sequences of such items with defined lengths (as pydicom does), and the file
meta ourselves; only other elements go through pydicom's `write_data_element`. The output is
byte-identical to `Dataset.save_as(..., enforce_file_format=True)` (tested); any other encoding simply
goes through `save_as`.
"""

from __future__ import annotations

import io
import struct

from pydicom.charset import default_encoding
from pydicom.dataelem import convert_raw_data_element
from pydicom.dataset import Dataset
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_data_element, write_file_meta_info
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

from curation.deid.dicom.raw import LONG_LENGTH_VRS, explicit_le, item_bytes

UNDEFINED_LENGTH = 0xFFFFFFFF
PREAMBLE = b"\x00" * 128 + b"DICM"
# File meta elements that must be present (non-empty) for us to write the meta as it is; otherwise
# pydicom's `write_file_meta_info` adds or complains exactly as `save_as` would.
_META_REQUIRED = (0x00020001, 0x00020002, 0x00020003, 0x00020010, 0x00020012)
_META_VERSION_NAME = 0x00020013


def _fast_path_applies(ds: Dataset) -> bool:
    meta = getattr(ds, "file_meta", None)
    if meta is None or meta.get("TransferSyntaxUID") != ExplicitVRLittleEndian or not _is_instance(ds):
        return False
    return ds.original_encoding == (False, True) and ds.original_character_set == ds._character_set


def dataset_bytes(ds: Dataset) -> bytes:
    """`ds` as a DICOM Part 10 file (preamble, file meta, dataset)."""
    if not _fast_path_applies(ds):
        buffer = io.BytesIO()
        ds.save_as(buffer, enforce_file_format=_is_instance(ds))
        return buffer.getvalue()
    parts = [PREAMBLE, _file_meta_bytes(ds.file_meta)]
    _encode(ds, ds.get("SpecificCharacterSet", default_encoding), parts)      # as pydicom's write_dataset
    return b"".join(parts)


def _is_instance(ds: Dataset) -> bool:
    """Whether `ds` can be a Part 10 file: its meta names a SOP class, instance and transfer syntax.
    Fragments without them (test snippets, a dataset without SOP Class UID) are written as they came,
    meta as present, instead of failing."""
    meta = getattr(ds, "file_meta", None)
    return meta is not None and all(
        meta.get_item(tag) is not None and _has_value(meta.get_item(tag)) for tag in _META_REQUIRED[1:4])


def _file_meta_bytes(meta: Dataset) -> bytes:
    """Group 2 with its group length, as `write_file_meta_info(enforce_standard=True)` writes it."""
    complete = _META_VERSION_NAME in meta and all(
        tag in meta and _has_value(meta.get_item(tag)) for tag in _META_REQUIRED)
    if not complete:
        fp = DicomBytesIO()
        fp.is_little_endian, fp.is_implicit_VR = True, False
        write_file_meta_info(fp, meta, enforce_standard=True)
        return fp.getvalue()
    body: list[bytes] = []
    for tag, elem in sorted(zip(map(int, meta.keys()), meta.values(), strict=True)):
        if tag & 0xFFFF == 0:
            continue                    # the group length is recomputed below
        body.append(_element_bytes(tag, elem, default_encoding))
    data = b"".join(body)
    return explicit_le(0x00020000, "UL", struct.pack("<I", len(data))) + data


def _has_value(elem) -> bool:
    if elem.is_raw:
        return bool(elem.length)
    return not elem.is_empty


def _encode(ds: Dataset, encodings, parts: list[bytes]) -> None:
    """Append the elements of one dataset level to `parts`, in tag order (explicit VR little endian)."""
    for tag, elem in sorted(zip(map(int, ds.keys()), ds.values(), strict=True)):
        if tag & 0xFFFF == 0 and tag >> 16 > 6:
            continue                    # retired group lengths are not written (PS3.5 7.2)
        parts.append(_element_bytes(tag, elem, encodings))


def _element_bytes(tag: int, elem, encodings) -> bytes:
    value = elem.value
    vr = elem.VR
    if elem.is_raw:
        # pydicom reads a zero-length value (empty PatientWeight, SeriesNumber...) as None, not b""
        data = b"" if value is None else value
        if vr and isinstance(data, bytes) and elem.length != UNDEFINED_LENGTH and (
                vr in LONG_LENGTH_VRS or len(data) <= 0xFFFF):
            return explicit_le(tag, vr, data)
        elem = convert_raw_data_element(elem, encoding=encodings)   # pydicom's writer takes decoded elements
    elif vr == "SQ" and isinstance(value, Sequence) and not elem.is_undefined_length:
        items = _items_bytes(value, encodings)
        if items is not None:
            return explicit_le(tag, "SQ", items)
    fp = DicomBytesIO()
    fp.is_little_endian, fp.is_implicit_VR = True, False
    write_data_element(fp, elem, encodings)
    return fp.getvalue()


def _items_bytes(items: Sequence, encodings) -> bytes | None:
    """Sequence items with defined lengths; None when an item needs pydicom (undefined length,
    another encoding or character set than it was read with)."""
    parts: list[bytes] = []
    for item in items:
        if item.is_undefined_length_sequence_item or item.original_encoding not in ((False, True), (None, None)) \
                or item.original_character_set != item._character_set:
            return None
        body: list[bytes] = []
        own = item.get_item(0x00080005) is not None
        _encode(item, item.get("SpecificCharacterSet", encodings) if own else encodings, body)
        parts.append(item_bytes(b"".join(body)))
    return b"".join(parts)
