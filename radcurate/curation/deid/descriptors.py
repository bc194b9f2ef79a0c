"""Clean Descriptors: free-text DICOM descriptors kept only after scrubbing.

A series description like "Thorax 5mm axial" is useful for training; "CT Müller 12.03.1956" is not
shareable. Until the report-text scrubber (radcurate.curation.deid.text) is available to DICOM, this is
the small, conservative cleaner: it drops tokens that match the patient's PHI dictionary (with German
transliterations, case-insensitive), dates in the usual formats and ID-like tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_DATE = re.compile(
    r"(?<!\w)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[-./]\d{1,2}[-./]\d{1,2}|"
    r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\w)")
# IDs: five or more digits in a row, or a token mixing letters with four or more digits (PAT0001234).
_ID = re.compile(r"(?<![\w.])(?=[A-Za-z]*\d)(?:[A-Za-z]*\d{5,}[A-Za-z\d]*|[A-Za-z]+\d{4,}[A-Za-z\d]*)(?![\w.])")
_SPACES = re.compile(r"\s{2,}")
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s", "Ä": "A", "Ö": "O", "Ü": "U"})
_SPLIT = re.compile(r"[\s^,;/]+")
MIN_PART_CHARS = 3
TITLES = frozenset({"dr", "dr.", "med", "med.", "prof", "prof.", "herr", "frau", "mr", "mrs", "ms"})


def phi_variants(phi_strings: Iterable[str]) -> tuple[str, ...]:
    """Every PHI string, its parts (names split on ^ and spaces) and their transliterations."""
    out: set[str] = set()
    for value in phi_strings:
        value = str(value).strip()
        if not value:
            continue
        parts = [value, *(p for p in _SPLIT.split(value) if len(p) >= MIN_PART_CHARS
                         and p.lower() not in TITLES)]
        # double names (Müller-Lüdenscheidt) also appear as their halves; IDs with dashes do not split
        parts += [half for p in parts if "-" in p and p.replace("-", "").isalpha() for half in p.split("-")]
        for part in parts:
            part = part.strip(".-")
            if len(part) >= MIN_PART_CHARS:
                out.update({part, part.translate(_TRANSLIT), part.translate(_PLAIN)})
    return tuple(sorted(out, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=256)
def _cached_variants(phi_strings: tuple[str, ...]) -> tuple[str, ...]:
    return phi_variants(phi_strings)


@lru_cache(maxsize=256)
def _phi_pattern(variants: tuple[str, ...]) -> re.Pattern[str] | None:
    if not variants:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, variants)) + r")(?!\w)", re.IGNORECASE)


def clean_descriptor(text: str, phi_strings: Iterable[str]) -> str:
    """`text` with PHI-dictionary tokens, dates and ID-like tokens removed; whitespace collapsed."""
    if not text:
        return text
    phi = phi_strings if isinstance(phi_strings, tuple) else tuple(phi_strings)
    pattern = _phi_pattern(_cached_variants(phi))
    if pattern is not None:
        text = pattern.sub(" ", text)
    text = _ID.sub(" ", _DATE.sub(" ", text))
    return _SPACES.sub(" ", text).strip(" ,;:-_^")
