"""The after-write check: no original UID, person name or date survives anywhere in a de-identified file.

`leftovers(original, written, ...)` collects the input's UIDs (every UI value, and UN values the data
dictionary says are UI, at any sequence depth; DICOM-defined UIDs excepted), person-name words (every
standard PN value at any depth, less the words that are one of the file's code strings: phantoms
named "Perfusion^...") and dates (DA values and the date part of DT values), then scans every element
of the output at every depth, the file meta, private and UN elements included (binary values up to
64 KiB are read as Latin-1 text; pixel data is not header text), and counts what it finds. It
returns counts only, never the values.

UIDs and dates are not expected to change on a re-run over our own output (same fingerprint), nor
dates when they were already modified by another tool or the options keep them; the check follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.uid import UID_dictionary

from curation.deid.dicom.header import header_text
from curation.deid.dicom.method import is_deidentified_by
from curation.deid.dicom.options import DeidOptions
from curation.keys import Pseudonymizer

DICOM_UID_ROOT = "1.2.840.10008."
MIN_NAME_CHARS = 3
MIN_UID_IN_TEXT = 8
PIXEL_TAGS = frozenset({0x7FE00008, 0x7FE00009, 0x7FE00010})
MAX_BLOB_BYTES = 1 << 16
# Words that test and anonymised data put in names; they identify nobody and occur in every header.
PLACEHOLDER_WORDS = frozenset({"anonymous", "anonymized", "anonymised", "anon", "unknown", "test", "patient",
                               "phantom", "dicom", "name", "none", "null", "first", "last"})
_DATE = re.compile(r"^\d{8}$")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Leftovers:
    """How many original values the output still carries, by class (never the values)."""

    uids: int = 0
    names: int = 0
    dates: int = 0

    @property
    def clean(self) -> bool:
        return not (self.uids or self.names or self.dates)

    @property
    def reason(self) -> str | None:
        """The first class found, as a failure reason (`original_uid`, `original_name`, `original_date`)."""
        for name in ("uids", "names", "dates"):
            if getattr(self, name):
                return f"original_{name[:-1]}"
        return None


@lru_cache(maxsize=4096)
def _dictionary_vr(tag: int) -> str:
    try:
        return dictionary_VR(tag)
    except KeyError:
        return "UN"


def _values(value: object) -> list[object]:
    if isinstance(value, MultiValue | list | tuple):
        return list(value)
    return [] if value is None or value == "" else [value]


def walk(ds: Dataset, depth: int = 0) -> Iterator[tuple[int, str, object]]:
    """(tag, VR, value) of every element at every depth; a UN element carries its dictionary VR when
    it has one, and its value as bytes."""
    if depth > 16:
        return
    for tag in list(ds.keys()):
        try:
            elem = ds[tag]
        except Exception:
            elem = ds.get_item(tag)
        vr = elem.VR or "UN"
        if vr == "UN" and not (int(tag) >> 16) & 1:
            vr = _dictionary_vr(int(tag))
        value = elem.value
        if int(tag) in PIXEL_TAGS or (isinstance(value, bytes) and len(value) > MAX_BLOB_BYTES):
            continue                    # pixels and large blobs: image data, not header values
        if isinstance(value, Sequence):
            for item in value:
                yield from walk(item, depth + 1)
            continue
        for v in _values(value):
            yield int(tag), vr, v


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1", errors="replace")
    return str(value)


def _is_defined_uid(uid: str) -> bool:
    return uid in UID_dictionary or uid.startswith(DICOM_UID_ROOT)


@dataclass(frozen=True)
class Originals:
    """What of an input must not survive: UIDs, a pattern of its name words, dates (YYYYMMDD)."""

    uids: frozenset[str]
    names: re.Pattern[str] | None
    dates: frozenset[str]


def original_values(ds: Dataset, *, uids: bool = True, dates: bool = True) -> Originals:
    """The UIDs (unless `uids` is False), person-name words and dates (unless `dates` is False) of `ds`."""
    check_uids, check_dates = uids, dates
    found_uids: set[str] = set()
    names: set[str] = set()
    found_dates: set[str] = set()
    codes: set[str] = set()
    for tag, vr, value in walk(ds):
        text = _text(value).strip(" \x00")
        if not text:
            continue
        if vr == "UI" and check_uids:
            found_uids.update(u for u in text.split("\\") if u and not _is_defined_uid(u))
        elif vr == "CS":
            codes.update(w.casefold() for w in _WORD.findall(text))
        elif vr == "PN" and not (tag >> 16) & 1:   # vendors' private PN hold workflow names, and go
            names.update(w for w in _WORD.findall(text)
                         if len(w) >= MIN_NAME_CHARS and w.casefold() not in PLACEHOLDER_WORDS)
        elif vr in ("DA", "DT") and check_dates:
            found_dates.update(d[:8] for d in text.split("\\") if _DATE.match(d[:8]) and d[:8] != "19000101")
    names -= {n for n in names if n.casefold() in codes}    # phantoms named after their code strings
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![^\W\d_])", re.IGNORECASE) if names else None
    return Originals(frozenset(found_uids), pattern, frozenset(found_dates))


def leftovers(original: Dataset, written: Dataset, *, pseudonymizer: Pseudonymizer,
              options: DeidOptions | None = None, patient_pid: str = "") -> Leftovers:
    """Count the original UIDs, name words and dates found anywhere in `written` (file meta included)."""
    options = options or DeidOptions()
    ours = is_deidentified_by(original, pseudonymizer)
    modified = header_text(original, 0x00280303).upper() == "MODIFIED"
    found = original_values(original, uids=not ours and not options.retain_uids,
                            dates=not ours and not modified and not options.retain_long_full_dates)
    return count_leftovers(written, found, patient_pid)


def count_leftovers(written: Dataset, found: Originals, patient_pid: str = "") -> Leftovers:
    """How many of `found` occur anywhere in `written` (every element, every depth, file meta)."""
    if not (found.uids or found.names or found.dates):
        return Leftovers()
    counts = {"uids": 0, "names": 0, "dates": 0}
    levels = [written]
    meta = getattr(written, "file_meta", None)
    if meta is not None:
        levels.append(meta)
    for level in levels:
        for _, vr, value in walk(level):
            text = _text(value).strip(" \x00")
            if not text:
                continue
            if found.uids and vr == "UI":
                counts["uids"] += sum(1 for u in text.split("\\") if u.strip(" \x00") in found.uids)
            elif found.uids:            # inside other text: long enough not to be part of a number
                counts["uids"] += sum(1 for u in found.uids if len(u) >= MIN_UID_IN_TEXT and u in text)
            if found.names is not None and vr not in ("UI", "OB", "OW", "OF", "OD", "OL", "OV"):
                hits = [m for m in found.names.findall(text) if m.casefold() != patient_pid.casefold()]
                counts["names"] += len(hits)
            if found.dates and vr not in ("UI",):
                counts["dates"] += sum(1 for d in found.dates if d in text)
    return Leftovers(**counts)
