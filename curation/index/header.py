"""Fast access to header values straight from pydicom's raw elements.

A plain `dcmread(stop_before_pixels=True)` leaves every element raw (bytes); converting an element
through pydicom's generic machinery costs more than reading it. The index needs ~30 values per file,
so it decodes the bytes itself: text in the file's character set, IS/DS as numbers, US with the
file's byte order. Anything unusual (ISO 2022 code extensions, an element already converted, a
deferred value) falls back to pydicom's own conversion, so results are the same, only faster.
"""

from __future__ import annotations

import struct

from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset

# Single-byte and Unicode character sets we decode directly (PS3.3 C.12.1.1.2); others: pydicom.
_CODECS = {"": "latin-1", "ISO_IR 6": "latin-1", "ISO_IR 100": "latin-1", "ISO_IR 192": "utf-8",
           "ISO_IR 101": "iso8859_2", "ISO_IR 109": "iso8859_3", "ISO_IR 110": "iso8859_4",
           "ISO_IR 144": "iso8859_5", "ISO_IR 127": "iso8859_6", "ISO_IR 126": "iso8859_7",
           "ISO_IR 138": "iso8859_8", "ISO_IR 148": "iso8859_9", "ISO_IR 203": "iso8859_15",
           "GB18030": "gb18030", "GBK": "gbk"}
CHARSET_TAG = 0x00080005


def codec_of(ds: Dataset, inherited: str | None = "latin-1") -> str | None:
    """The Python codec of `ds`'s SpecificCharacterSet; None when only pydicom can decode it."""
    raw = ds.get_item(CHARSET_TAG, keep_deferred=True)
    if raw is None:
        return inherited
    value = raw.value  # pydicom converts this one element while reading (it needs it to decode)
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="replace")
    if not isinstance(value, str):
        return None  # multi-valued: ISO 2022 code extensions, pydicom decodes those
    return _CODECS.get(value.strip(" \x00"))


class Header:
    """Values of one dataset (or sequence item), decoded from raw bytes where that is safe."""

    __slots__ = ("codec", "ds", "little_endian")

    def __init__(self, ds: Dataset, codec: str | None, little_endian: bool) -> None:
        self.ds = ds
        self.codec = codec
        self.little_endian = little_endian

    @classmethod
    def of(cls, ds: Dataset) -> Header:
        return cls(ds, codec_of(ds), ds.original_encoding[1] is not False)

    def item(self, ds: Dataset) -> Header:
        """A Header for a sequence item: same byte order, charset inherited unless the item sets one."""
        return Header(ds, codec_of(ds, self.codec), self.little_endian)

    def _raw(self, tag: int) -> RawDataElement | None:
        # The element store itself: get_item() would build a Tag per call, on the index's hot path.
        elem = self.ds._dict.get(tag)
        if isinstance(elem, RawDataElement) and isinstance(elem.value, bytes) and self.codec:
            return elem
        return None

    def _converted(self, tag: int) -> object:
        try:
            elem = self.ds[tag]
        except (KeyError, Exception):  # an undecodable element reads as absent
            return None
        return elem.value

    def texts(self, tag: int) -> list[str]:
        """All values of a string element (backslash-separated), stripped; [] when absent/empty."""
        raw = self._raw(tag)
        if raw is not None:
            text = raw.value.decode(self.codec, errors="replace")
            return [v.strip(" \x00") for v in text.split("\\") if v.strip(" \x00")]
        if tag not in self.ds:
            return []
        value = self._converted(tag)
        if value is None:
            return []
        if isinstance(value, bytes):
            value = value.decode("latin-1", errors="replace")
        items = value if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue" else [value]
        return [str(v).strip(" \x00") for v in items if v is not None and str(v).strip(" \x00")]

    def text(self, tag: int) -> str | None:
        values = self.texts(tag)
        return "\\".join(values) if values else None

    def numbers(self, tag: int) -> list[float] | None:
        """An IS/DS element as floats; None when absent or any value is not a number."""
        try:
            return [float(v) for v in self.texts(tag)] or None
        except ValueError:
            return None

    def binary_float(self, tag: int) -> float | None:
        """An FD (8 bytes) or FL (4 bytes) element's first value, in the file's byte order."""
        elem = self.ds._dict.get(tag)
        if elem is None:
            return None
        value = elem.value if isinstance(elem, RawDataElement) else self._converted(tag)
        if isinstance(value, bytes):
            end = "<" if self.little_endian else ">"
            if len(value) >= 8 and len(value) % 8 == 0:
                number = struct.unpack(end + "d", value[:8])[0]
            elif len(value) == 4:
                number = struct.unpack(end + "f", value)[0]
            else:
                return None
        elif isinstance(value, int | float):
            number = value
        elif isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
            number = value[0] if len(value) and isinstance(value[0], int | float) else None  # type: ignore[index]
            if number is None:
                return None
        else:
            return None
        number = float(number)
        return number if number == number and abs(number) != float("inf") else None

    def integer(self, tag: int, vr_binary: bool = False) -> int | None:
        """An IS element, or a US element when `vr_binary` (byte order of the file)."""
        if vr_binary:
            elem = self.ds._dict.get(tag)
            if isinstance(elem, RawDataElement) and isinstance(elem.value, bytes):
                if len(elem.value) < 2:
                    return None
                return struct.unpack("<H" if self.little_endian else ">H", elem.value[:2])[0]
            value = self._converted(tag) if tag in self.ds else None
            return int(value) if isinstance(value, int) else None
        numbers = self.numbers(tag)
        if not numbers or not numbers[0].is_integer():
            return None
        return int(numbers[0])
