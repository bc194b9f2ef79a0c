"""Raw (undecoded) data elements for the de-identifier: values written as bytes, never through pydicom.

pydicom decodes an element on first access and encodes it again on write, ~20 µs each way. Most
elements the de-identifier touches are string VRs whose new value we know exactly (a pseudonym, an
empty value, a dummy, a keyed UID, a shifted date), so we encode them once into a `RawDataElement`
(bytes exactly as pydicom's writer would produce them: values joined by backslash, padded to even
length with a space, UIDs with NUL) and read the old bytes of UIDs and dates directly. Elements stay
readable through pydicom as usual (`out.PatientName` decodes the raw bytes on access).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from functools import cache

from pydicom.charset import encode_string
from pydicom.dataelem import RawDataElement
from pydicom.multival import MultiValue
from pydicom.tag import BaseTag

# VRs whose value is a string (single or backslash-separated); the others are binary or SQ.
STRING_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM",
                        "UC", "UI", "UR", "UT"})
# String VRs in the dataset's character set (pydicom's `write_text`); the others are written as ISO 8859.
CHARSET_VRS = frozenset({"LO", "LT", "PN", "SH", "ST", "UC", "UT"})
# VRs whose explicit-VR header has 2 reserved bytes and a 4-byte length (PS3.5 7.1.2).
LONG_LENGTH_VRS = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV"})
_SHORT = struct.Struct("<HH2sH")
_LONG = struct.Struct("<HH2sHI")
_ITEM = struct.Struct("<HHI")


def raw_element(tag: int, vr: str, value: bytes) -> RawDataElement:
    """An undecoded element holding `value` (already padded to even length)."""
    return RawDataElement(BaseTag(tag), vr, len(value), value, 0, False, True)


def encode_strings(vr: str, value: str | Sequence[str] | None, encodings: Sequence[str]) -> bytes | None:
    """`value` as pydicom's writer would encode it for `vr` in the character set `encodings` (Python
    codecs, as pydicom's `Dataset._character_set`); None when only pydicom can (non-ASCII PN, values
    the VR's character set cannot hold)."""
    if value is None:
        return b""
    values = [value] if isinstance(value, str) else list(value)
    parts: list[bytes] = []
    for text in values:
        if not isinstance(text, str):
            return None
        if text.isascii():
            parts.append(text.encode("ascii"))
        elif vr == "PN":
            return None                 # component groups may need their own encodings: pydicom's job
        elif vr in CHARSET_VRS:
            parts.append(encode_string(text, list(encodings)))
        else:
            try:
                parts.append(text.encode("latin-1"))    # pydicom's default encoding for the other VRs
            except UnicodeEncodeError:
                return None
    data = b"\\".join(parts)
    if len(data) % 2:
        data += b"\x00" if vr == "UI" else b" "
    return data


def string_element(tag: int, vr: str, value: str | Sequence[str] | None,
                   encodings: Sequence[str]) -> RawDataElement | None:
    """A raw element for a string (or empty) value; None when pydicom has to encode it."""
    if vr not in STRING_VRS and value is not None:
        return None
    data = encode_strings(vr, value, encodings)
    return None if data is None else raw_element(tag, vr, data)


@cache
def constant_element(tag: int, vr: str, value: str | None) -> RawDataElement | None:
    """Raw elements for the constant replacements (empty values, dummies); immutable, so shared."""
    if value is not None and not value.isascii():
        return None
    return string_element(tag, vr, value, ("iso8859",))


def map_raw_values(elem: RawDataElement, vr: str, fn: Callable[[str], str]) -> RawDataElement:
    """Apply `fn` to each non-empty value of an ASCII string element (UI, DA, DT) of VR `vr` (implicit
    VR input has none on the element) straight from its bytes, decoded the way pydicom does (trailing
    spaces/NULs dropped, split on backslash)."""
    text = elem.value.decode("latin-1").rstrip(" \x00") if elem.value else ""
    if not text:
        return raw_element(elem.tag, vr, b"")
    values = [fn(v) if v else v for v in text.split("\\")]
    data = encode_strings(vr, values, ("iso8859",))
    if data is None:
        raise ValueError(f"{elem.tag}: replacement value is not ISO 8859 text")
    return raw_element(elem.tag, vr, data)


def raw_text(elem: object, codec: str = "latin-1") -> list[str]:
    """The non-empty values of a (raw or decoded) string element, without decoding it in the dataset."""
    if elem is None:
        return []
    value = elem.value
    if value is None:
        return []
    if getattr(elem, "is_raw", False) and isinstance(value, bytes):
        text = value.decode(codec, errors="replace")
        return [v.strip(" \x00") for v in text.split("\\") if v.strip(" \x00")]
    if isinstance(value, MultiValue | list | tuple):
        return [str(v) for v in value if v]
    return [str(value)] if value else []


def explicit_le(tag: int, vr: str, value: bytes) -> bytes:
    """One element in explicit VR little endian (header + value); `value` fits the VR's length field."""
    if vr in LONG_LENGTH_VRS:
        return _LONG.pack(tag >> 16, tag & 0xFFFF, vr.encode(), 0, len(value)) + value
    return _SHORT.pack(tag >> 16, tag & 0xFFFF, vr.encode(), len(value)) + value


def item_bytes(body: bytes) -> bytes:
    """A sequence item with a defined length, as pydicom writes new items."""
    return _ITEM.pack(0xFFFE, 0xE000, len(body)) + body


def raw_sequence(tag: int, items: Sequence[Sequence[RawDataElement]]) -> RawDataElement:
    """An explicit VR little endian SQ of items made of raw elements (in tag order), defined lengths:
    the bytes pydicom would write for the same Sequence of Datasets."""
    value = b"".join(item_bytes(b"".join(explicit_le(e.tag, e.VR, e.value) for e in item)) for item in items)
    return raw_element(tag, "SQ", value)
