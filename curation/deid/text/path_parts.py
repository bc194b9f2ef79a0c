"""Export folders and file names in a report (round 24a): a patient's name written into a path, with the
identifiers and dates beside it.

A path is a Windows one ("D:\\Export\\...", "\\\\server\\share\\...") or a Unix one ("/data/archive/...", three
segments or more, not the path of a URL). Its segments are split at "/" or "\\", a segment's parts at "_". A
segment holds a person when two adjacent parts are a name pair: a listed surname (or surname that is also a word)
then a listed given name ("Lindemann_Horst"), or a given name then a listed surname ("Horst_Lindemann"). Only in
a path holding such a segment are these PHI:

- the name pair: PERSON;
- in the same segment, a part of five digits or more, after at most five letters ("4410987", "MRN4471120",
  "756.9217.0042.11"): ID;
- a part or whole segment that is a calendar date ("19520730", "2024-08-19", "2024_02_19", "03-14-2023"): DATE.

Study, protocol and series folders ("CT_Abdomen_Leber_3Phasen", "Series_004_Arterial", "ILD_Kohorte") hold no
name pair and are never read; a path without a person yields nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from curation.deid.text.common import Hit
from curation.deid.text.given_names import is_given_name
from curation.deid.text.surnames import is_surname, is_surname_or_word

_PATH = re.compile(
    r"(?:(?<![\w])[A-Za-z]:\\|\\\\)[\w.$-]+(?:\\[\w.$-]+)*"  # D:\Export\..., \\server\share\...
    r"|(?<![\w.:/])/[\w.-]+(?:/[\w.-]+){2,}/?"  # /data/xnat/archive/...
)
_SEPARATOR = re.compile(r"[\\/]")
_MONTH, _DAY = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
# A part: a calendar date (its own separators may be "_"), or a run of characters up to the next "_".
_PART = re.compile(
    rf"(?:(?<=_)|^)(?:(?P<date>(?:19|20)\d\d(?P<s>[-_.]?){_MONTH}(?P=s){_DAY}|{_MONTH}(?P<t>[-_.]){_DAY}(?P=t)"
    rf"(?:19|20)\d\d)(?=_|\.[A-Za-z]|$)|(?P<part>[^_]+))"
)
_NAME_PART = re.compile(r"[A-ZÄÖÜ][\w'’-]+")
_ID_PART = re.compile(r"[A-Za-z]{0,5}(?=(?:[.-]?\d){5})[\d.-]*\d")
_EXTENSION = re.compile(r"\.[A-Za-z]\w{0,4}$")


def _name_pair(first: str, second: str) -> bool:
    if not (_NAME_PART.fullmatch(first) and _NAME_PART.fullmatch(second)):
        return False
    return (is_given_name(second) and is_surname_or_word(first)) or (is_given_name(first) and is_surname(second))


def _segment_parts(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """(start, end, "date" | "part") of the parts of the path segment text[a:b] (a file extension left out)."""
    if (ext := _EXTENSION.search(text, a, b)) is not None:
        b = ext.start()
    segment = text[a:b]
    return [(a + m.start(), a + m.end(), "date" if m.group("date") else "part") for m in _PART.finditer(segment)]


def _path_hits(text: str, start: int, end: int) -> list[Hit]:
    bounds, pos = [], start
    for sep in _SEPARATOR.finditer(text, start, end):
        bounds.append((pos, sep.start()))
        pos = sep.end()
    bounds.append((pos, end))
    segments = [_segment_parts(text, a, b) for a, b in bounds if b > a]
    persons: list[Hit] = []
    hits: list[Hit] = []
    for parts in segments:
        pairs = [
            (p, q)
            for p, q in pairwise(parts)
            if p[2] == q[2] == "part" and _name_pair(text[p[0] : p[1]], text[q[0] : q[1]])
        ]
        if not pairs:
            continue
        named = {i for p, q in pairs for i in (p, q)}
        persons.extend(Hit(p[0], q[1], "PERSON", "rule") for p, q in pairs)
        hits.extend(
            Hit(a, b, "ID", "rule")
            for a, b, kind in parts
            if kind == "part" and (a, b, kind) not in named and _ID_PART.fullmatch(text, a, b)
        )
    if not persons:
        return []
    hits.extend(Hit(a, b, "DATE", "rule") for parts in segments for a, b, kind in parts if kind == "date")
    return persons + hits


def path_hits(text: str) -> list[Hit]:
    """PERSON, ID and DATE hits of the paths in `text` that hold a patient's name (none without "_")."""
    if "_" not in text or ("/" not in text and "\\" not in text):
        return []
    return [h for m in _PATH.finditer(text) for h in _path_hits(text, m.start(), m.end())]
