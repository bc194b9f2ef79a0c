"""Open one export file, headers only, and decide whether it is readable DICOM or a quarantine case.

The file is read by the lean header reader when it can, else by pydicom; either way the pixel data
element is only located and measured (never decoded) to tell absent, complete and truncated apart.
Every failure leaves as `Quarantined` whose message names the file_id and the problem, never the path.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from curation.index.lean import Unusual, read_header
from curation.index.rows import Quarantined

_PIXEL_TAGS = {(0x7FE0, 0x0010), (0x7FE0, 0x0008), (0x7FE0, 0x0009)}
_LONG_VRS = {b"OB", b"OW", b"OF", b"OD", b"OL", b"OV", b"UN", b"SQ", b"UT", b"UC", b"UR"}
_SEQ_DELIMITER = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
DEFLATED = "1.2.840.10008.1.2.1.99"
# Values above this size are skipped at read time (vendor blobs such as Siemens CSA headers); the
# few the index needs are read on access. Identifying values are far smaller.
DEFER_BYTES = 4096


def pixel_data_state(fp, size: int, little_endian: bool, implicit: bool) -> str:
    """'absent', 'ok' or 'truncated' for the element the header read stopped at (the fp position)."""
    pos = fp.tell()
    if pos == size:
        return "absent"
    if size - pos < 8:
        return "truncated"  # stray bytes of an element header that was cut
    head = fp.read(12)
    end = "<" if little_endian else ">"
    group, elem = struct.unpack(end + "HH", head[:4])
    if (group, elem) not in _PIXEL_TAGS:
        return "absent"
    if implicit or not head[4:6].isalpha():  # some writers switch to implicit VR mid-file
        length, header = struct.unpack(end + "I", head[4:8])[0], 8
    elif head[4:6] in _LONG_VRS:
        if len(head) < 12:
            return "truncated"
        length, header = struct.unpack(end + "I", head[8:12])[0], 12
    else:
        length, header = struct.unpack(end + "H", head[6:8])[0], 8
    if length == 0xFFFFFFFF:  # encapsulated: the fragments must end with a sequence delimiter
        tail_len = min(size - pos - header, 65536)
        fp.seek(size - tail_len)
        return "ok" if _SEQ_DELIMITER in fp.read(tail_len) else "truncated"
    return "ok" if pos + header + length <= size else "truncated"


def header_cut(ds: Dataset, size: int) -> bool:
    """pydicom stops without error when a file ends inside an element: the last complete element
    then ends before the file does (the stray bytes were a cut element header) or its value is short."""
    if not len(ds):
        return size > 0
    raw = ds.get_item(max(ds.keys()), keep_deferred=True)
    value, length = getattr(raw, "value", None), getattr(raw, "length", 0xFFFFFFFF)
    tell = getattr(raw, "value_tell", None)
    if length == 0xFFFFFFFF or tell is None:
        return False
    return (isinstance(value, bytes) and len(value) < length) or tell + length < size


def read_dataset(path: str | Path, file_id: str, *, lean: bool = True) -> tuple[Dataset, str]:
    """The header dataset and the pixel data state ('ok' or 'absent'); `lean=False`: pydicom only."""
    stat = os.stat(path)
    size = stat.st_size
    if size == 0:
        raise Quarantined(f"empty: file {file_id} has 0 bytes")
    try:
        with open(path, "rb") as fp:
            if lean:
                try:  # the common case: same Dataset as pydicom's, read in a fraction of the time
                    ds, position = read_header(fp, size, stat.st_mtime, DEFER_BYTES)
                    fp.seek(position)
                    state = pixel_data_state(fp, size, True, ds.original_encoding[0])
                    return _checked(ds, state, size, file_id)
                except Unusual:
                    fp.seek(0)  # anything else: pydicom reads it and decides what it is
            ds = pydicom.dcmread(fp, stop_before_pixels=True, defer_size=DEFER_BYTES, force=False)
            implicit, little = ds.original_encoding
            syntax = str(getattr(ds.file_meta, "TransferSyntaxUID", "") or "")
            if syntax == DEFLATED or implicit is None:
                full = pydicom.dcmread(path, force=False)
                return ds, ("ok" if "PixelData" in full else "absent")
            state = pixel_data_state(fp, size, little, implicit)
    except InvalidDicomError:
        raise Quarantined(f"not_dicom: file {file_id} has no DICOM preamble/prefix") from None
    except Quarantined:
        raise
    except OSError as exc:  # permission denied, I/O error: the file could not be read at all
        raise Quarantined(f"unreadable: file {file_id} cannot be read ({type(exc).__name__})") from None
    except Exception as exc:  # pydicom raises many types on damaged files
        kind = "truncated" if isinstance(exc, EOFError | struct.error) else "unreadable"
        raise Quarantined(f"{kind}: file {file_id} header could not be parsed "
                          f"({type(exc).__name__})") from None
    return _checked(ds, state, size, file_id)


def _checked(ds: Dataset, state: str, size: int, file_id: str) -> tuple[Dataset, str]:
    if state == "absent" and header_cut(ds, size):
        raise Quarantined(f"truncated: file {file_id} ends inside its header")
    if state == "truncated":
        raise Quarantined(f"truncated: file {file_id} ends inside its pixel data (PixelData)")
    return ds, state

