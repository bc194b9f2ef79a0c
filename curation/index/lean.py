"""A lean header reader for the common case: the same Dataset pydicom builds, at a fraction of the cost.

`pydicom.dcmread(stop_before_pixels=True)` spends most of its time in generic machinery: a
generator per dataset, file-object reads per element, a FileMetaDataset validated and converted,
undefined-length sequences parsed eagerly into Datasets. The index reads ~50 elements per file and
a few nested items, so this reader walks one byte buffer with `struct.unpack_from` and builds the
very `RawDataElement`s pydicom would (same tag, VR, length, value bytes, value_tell, deferred values
as None above DEFER_BYTES), wrapped in the same `FileDataset`. Undefined-length sequences stay raw
bytes (pydicom converts them on access, with the same result); that is also what lets the PHI walk
recognise a repeated series header by its bytes.

Only a Part 10 file in implicit or explicit VR little endian is read here. Anything unusual (no
preamble, big endian, deflate, no transfer syntax, command elements, undefined-length non-sequence
values, a VR that is not a standard one, an element order pydicom would resolve differently, a file
that ends early) raises `Unusual`, and the caller reads the file with pydicom: every decision about
damaged or exotic files stays pydicom's.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, BinaryIO

from pydicom.datadict import dictionary_VR
from pydicom.dataelem import RawDataElement, empty_value_for_VR
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.filereader import ENCODED_VR
from pydicom.tag import BaseTag
from pydicom.valuerep import EXPLICIT_VR_LENGTH_32

READ_AHEAD = 16384  # one read covers the header of a typical CT/MR file
PIXEL_TAGS = frozenset({0x7FE00010, 0x7FE00009, 0x7FE00008})  # pydicom's stop_before_pixels
CHARSET_TAG = 0x00080005
ITEM, ITEM_END, SEQUENCE_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
UNDEFINED = 0xFFFFFFFF
IMPLICIT_LE, EXPLICIT_LE = "1.2.840.10008.1.2", "1.2.840.10008.1.2.1"
NOT_LITTLE_ENDIAN_VR = frozenset({"1.2.840.10008.1.2.2",      # explicit VR big endian
                                  "1.2.840.10008.1.2.1.99"})  # deflated: pydicom inflates it
_LONG_VRS = frozenset(vr.encode() for vr in EXPLICIT_VR_LENGTH_32)
_VR_NAMES = {raw: raw.decode() for raw in ENCODED_VR if len(raw) == 2}
_EXPLICIT = struct.Struct("<HH2sH").unpack_from
_IMPLICIT = struct.Struct("<HHL").unpack_from
_UL = struct.Struct("<L").unpack_from
_MAX_DEPTH = 16


class Unusual(Exception):
    """This file is not the common case: read it with pydicom (the message is never shown)."""


def _is_sequence_vr(tag: int) -> bool:
    try:
        return dictionary_VR(tag) == "SQ"
    except KeyError:
        return False


_SQ_TAGS: dict[int, bool] = {}


def _implicit_sq(tag: int) -> bool:
    known = _SQ_TAGS.get(tag)
    if known is None:
        known = _SQ_TAGS[tag] = _is_sequence_vr(tag)
    return known


class _Buffer:
    """The file's first bytes, extended on demand; never past the file's size."""

    __slots__ = ("data", "fp", "size")

    def __init__(self, fp: BinaryIO, size: int) -> None:
        self.fp, self.size = fp, size
        self.data = fp.read(min(READ_AHEAD, size))

    def need(self, end: int) -> bytes:
        if end > self.size:
            raise Unusual("ends early")
        if end > len(self.data):
            self.fp.seek(len(self.data))
            self.data += self.fp.read(max(end - len(self.data), len(self.data)))
            if end > len(self.data):
                raise Unusual("short read")
        return self.data


def _element_head(buf: _Buffer, pos: int, implicit: bool) -> tuple[int, str | None, int, int]:
    """(tag, VR, length, header bytes) of the element at `pos`."""
    data = buf.need(pos + 8)
    if implicit:
        group, elem, length = _IMPLICIT(data, pos)
        return group << 16 | elem, None, length, 8
    group, elem, raw_vr, length = _EXPLICIT(data, pos)
    if raw_vr not in _VR_NAMES:
        raise Unusual("vr")  # pydicom would guess (implicit switch or 2-byte length)
    if raw_vr in _LONG_VRS:
        return group << 16 | elem, raw_vr.decode(), _UL(buf.need(pos + 12), pos + 8)[0], 12
    return group << 16 | elem, raw_vr.decode(), length, 8


def _sequence_end(buf: _Buffer, pos: int, implicit: bool, depth: int) -> tuple[int, int]:
    """For an undefined-length sequence whose items start at `pos`: (end of items, after delimiter)."""
    if depth > _MAX_DEPTH:
        raise Unusual("depth")
    while True:
        group, elem, length = _IMPLICIT(buf.need(pos + 8), pos)  # item tags: 4-byte length always
        tag = group << 16 | elem
        if tag == SEQUENCE_END:
            return pos, pos + 8
        if tag != ITEM:
            raise Unusual("item")
        if length != UNDEFINED:
            pos += 8 + length
            buf.need(pos)
        else:
            pos = _item_end(buf, pos + 8, implicit, depth + 1)


def _item_end(buf: _Buffer, pos: int, implicit: bool, depth: int) -> int:
    """Position after the item delimiter of an undefined-length item whose elements start at `pos`."""
    while True:
        group, elem, length = _IMPLICIT(buf.need(pos + 8), pos)
        if group << 16 | elem == ITEM_END:
            return pos + 8
        tag, vr, length, head = _element_head(buf, pos, implicit)
        if length == UNDEFINED:
            if not (vr == "SQ" or (vr is None and _implicit_sq(tag))):
                raise Unusual("undefined length")
            pos = _sequence_end(buf, pos + head, implicit, depth)[1]
        else:
            pos += head + length
            buf.need(pos)


def _read_elements(buf: _Buffer, pos: int, implicit: bool, defer_bytes: int, *, meta: bool
                   ) -> tuple[dict[int, RawDataElement], int]:
    """The elements from `pos` to the pixel data / end of file (`meta`: to the end of group 0002).

    Keys are plain ints (pydicom's Dataset looks them up by BaseTag, an int): a lookup by int then
    compares in C instead of calling BaseTag.__eq__, which is most of a header lookup's cost.
    The element head is unpacked inline (this loop runs ~50 times per file).
    """
    elements: dict[int, RawDataElement] = {}
    size, previous, data = buf.size, -1, buf.data
    while pos < size:
        if pos + 12 > len(data):
            data = buf.need(min(pos + 12, size))
            if pos + 8 > size:
                raise Unusual("ends early")
        if implicit:
            group, elem, length = _IMPLICIT(data, pos)
            vr, head = None, 8
        else:
            group, elem, raw_vr, length = _EXPLICIT(data, pos)
            vr = _VR_NAMES.get(raw_vr)
            if vr is None:
                raise Unusual("vr")  # pydicom would guess (implicit switch or 2-byte length)
            head = 8
            if raw_vr in _LONG_VRS:
                if pos + 12 > size:
                    raise Unusual("ends early")
                length, head = _UL(data, pos + 8)[0], 12
        tag = group << 16 | elem
        if meta and group != 0x0002:
            break
        if tag in PIXEL_TAGS:
            break
        if tag <= previous or group == 0xFFFE or (not meta and group in (0x0000, 0x0002)):
            raise Unusual("order")  # duplicates, command set, stray delimiters: pydicom decides
        previous = tag
        value_tell = pos + head
        if length == UNDEFINED:
            if meta or not (vr == "SQ" or (vr is None and _implicit_sq(tag))):
                raise Unusual("undefined length")
            end, pos = _sequence_end(buf, value_tell, implicit, 0)
            data = buf.data
            elements[tag] = RawDataElement(BaseTag(tag), "SQ", length, data[value_tell:end], value_tell,
                                           implicit, True)
            continue
        pos = value_tell + length
        value: bytes | None
        if length > defer_bytes and tag != CHARSET_TAG:
            value = None  # deferred, as pydicom defers it: read from the file on access
            if pos > size:
                raise Unusual("ends early")
        elif length == 0:
            value = empty_value_for_VR(vr, raw=True)
        else:
            if pos > len(data):
                data = buf.need(pos)
            value = data[value_tell:pos]
        elements[tag] = RawDataElement(BaseTag(tag), vr, length, value, value_tell, implicit, True)
    return elements, pos


def read_header(fp: BinaryIO, size: int, mtime: float, defer_bytes: int) -> tuple[FileDataset, int]:
    """The dataset pydicom's `dcmread(fp, stop_before_pixels=True, defer_size=defer_bytes)` returns,
    and the file position of the element it stopped at (pixel data, or the file's end). `size` and
    `mtime` are the file's os.stat values (mtime: pydicom's timestamp for deferred reads).

    Raises `Unusual` for any file this reader leaves to pydicom.
    """
    buf = _Buffer(fp, size)
    data = buf.data
    if len(data) < 132 or data[128:132] != b"DICM":
        raise Unusual("no preamble")
    meta_elements, pos = _read_elements(buf, 132, False, UNDEFINED, meta=True)  # meta: never deferred
    syntax_elem = meta_elements.get(0x00020010)
    if syntax_elem is None or not isinstance(syntax_elem.value, bytes) or pos >= size:
        raise Unusual("no transfer syntax / no dataset")
    syntax = syntax_elem.value.decode("ascii", "replace").strip(" \x00")
    if syntax in NOT_LITTLE_ENDIAN_VR:
        raise Unusual("syntax")
    implicit = syntax == IMPLICIT_LE
    first_vr = buf.need(pos + 6)[pos + 4:pos + 6]
    if (0x40 < first_vr[0] < 0x5B and 0x40 < first_vr[1] < 0x5B) == implicit:
        raise Unusual("vr mismatch")  # pydicom warns and switches; leave that to it
    elements, pos = _read_elements(buf, pos, implicit, defer_bytes, meta=False)
    file_meta = _instance(FileMetaDataset, meta_elements, _read_implicit=False, _read_little=True,
                          _read_charset="iso8859")
    ds = _instance(FileDataset, elements, preamble=data[:128], file_meta=file_meta, _read_implicit=implicit,
                   _read_little=True, fileobj_type=open, filename=getattr(fp, "name", None), buffer=None,
                   timestamp=mtime, **({"_is_implicit_VR": implicit, "_is_little_endian": True}
                                       if "_is_implicit_VR" in _TEMPLATES[FileDataset] else {}))
    ds._read_charset = _original_charset(ds, elements.get(CHARSET_TAG))  # as read_partial sets it
    return ds, pos


_CHARSETS: dict[bytes | None, object] = {}


def _original_charset(ds: FileDataset, charset: RawDataElement | None) -> object:
    """pydicom's `ds._character_set`, computed once per distinct raw SpecificCharacterSet value
    (converting it through pydicom costs more per file than reading the whole header)."""
    key = charset.value if charset is not None and isinstance(charset.value, bytes) else None
    if charset is not None and key is None:
        return ds._character_set  # empty or deferred: let pydicom work it out
    if key not in _CHARSETS:
        _CHARSETS[key] = ds._character_set
    value = _CHARSETS[key]
    return value.copy() if isinstance(value, list) else value


# Instance attributes of a fresh (File)Dataset / FileMetaDataset, taken from pydicom itself once:
# building them through __init__ costs ~40 __setattr__ calls and two os.stat per file.
_TEMPLATES: dict[type, dict[str, object]] = {
    FileDataset: dict(FileDataset(None, {}, b"", None, False, True).__dict__),
    FileMetaDataset: dict(FileMetaDataset().__dict__),
}


def _instance(cls: type, elements: dict[int, RawDataElement], **attributes: object) -> Any:
    """`cls` with pydicom's own default attributes (mutable ones fresh), `elements` and `attributes`."""
    instance = cls.__new__(cls)
    state = instance.__dict__
    for name, value in _TEMPLATES[cls].items():
        state[name] = value.copy() if isinstance(value, dict | list) else value
    state["_dict"] = elements
    state.update(attributes)
    return instance


def read_header_path(path: Path, defer_bytes: int) -> FileDataset:
    """`read_header` for a path (tests and tools)."""
    stat = path.stat()
    with open(path, "rb") as fp:
        return read_header(fp, stat.st_size, stat.st_mtime, defer_bytes)[0]
