"""German/English anatomy terms -> structures of the merged class schema.

Terms live in `lexicon_de_en.tsv` (term, structure, lang, mode). Sided structures (`kidney_{side}`)
take their side from a laterality word right before the term (at most one word between: "rechte
Niere", "re. Niere", "rechter unterer Lungenlappen") or right after it ("Niere rechts"); without one
both sides are candidates. Vertebrae and ribs are numbered, so they are rules, not rows: "LWK 3",
"L3", "BWK 12", "Th12", "HWK 5", "vertebra T12", "7. Rippe rechts", "right 7th rib". Bare "T1"/"T2"
are MR sequence names, never vertebrae. Overlapping matches: the longest span wins, then the longest
(most specific) term, so "Nierenzyste" beats "Niere" and "Milzvene" beats "Milz".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from curation.segment.classes import class_id

LEXICON_PATH = Path(__file__).with_name("lexicon_de_en.tsv")

_RIGHT = r"re\.|rechts(?:seitig(?:e[nrs]?)?)?|rechte[nrs]?|right(?:-sided)?"
_LEFT = r"li\.|links(?:seitig(?:e[nrs]?)?)?|linke[nrs]?|left(?:-sided)?"
_SIDE_WORD = rf"(?:(?P<right>{_RIGHT})|(?P<left>{_LEFT}))"
_BEFORE = re.compile(rf"(?<!\w){_SIDE_WORD}(?:\s+[\w-]+)?\s+$", re.IGNORECASE)
_AFTER = re.compile(rf"^,?\s+{_SIDE_WORD}(?!\w)", re.IGNORECASE)

_VERTEBRA_PREFIX = {"HWK": "C", "BWK": "T", "TH": "T", "LWK": "L", "SWK": "S"}
_VERTEBRA_RANGE = {"C": range(1, 8), "T": range(1, 13), "L": range(1, 6), "S": range(1, 2)}
_VERTEBRA = re.compile(
    r"(?<!\w)(?:(?:vertebra(?:e|l body)?|Wirbelkörper)\s+)?"
    r"(?P<prefix>HWK|BWK|LWK|SWK|Th|[CTLS])\s?(?P<n>\d{1,2})(?!\w)",
    re.IGNORECASE)
_RIB = re.compile(r"(?<!\w)(?:(?P<a>\d{1,2})\.\s*Rippe\w*|Rippe\w*\s+(?P<b>\d{1,2})|(?P<c>\d{1,2})(?:st|nd|rd|th)\s+rib"
                  r"|rib\s+(?P<d>\d{1,2}))(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class LexiconEntry:
    """One row of the lexicon data file."""

    term: str
    structure: str  # may end in "_{side}"
    lang: str
    mode: str  # "prefix" | "word"


@dataclass(frozen=True)
class PhraseMatch:
    """A verbatim phrase of the text and the structures it may name (two when the side is unknown)."""

    start: int
    end: int
    phrase: str
    structures: tuple[str, ...]
    term: str


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> tuple[LexiconEntry, ...]:
    """Rows of the lexicon file; every structure is checked against the class schema."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or fields[3] not in ("prefix", "word"):
            raise ValueError(f"lexicon line {number}: expected term, structure, lang, prefix|word")
        entry = LexiconEntry(*fields)
        for name in _expand(entry.structure, None):
            class_id(name)  # raises for a structure the schema lacks
        entries.append(entry)
    return tuple(entries)


def _expand(structure: str, side: str | None) -> tuple[str, ...]:
    if not structure.endswith("_{side}"):
        return (structure,)
    base = structure[: -len("_{side}")]
    return (f"{base}_{side}",) if side else (f"{base}_left", f"{base}_right")


@cache
def _patterns() -> tuple[tuple[LexiconEntry, re.Pattern[str]], ...]:
    compiled = []
    for entry in load_lexicon():
        term = r"\s+".join(re.escape(part) for part in entry.term.split())
        tail = r"\w*" if entry.mode == "prefix" else (r"(?:s|es)?(?!\w)" if entry.lang == "en" else r"(?!\w)")
        compiled.append((entry, re.compile(rf"(?<!\w){term}{tail}", re.IGNORECASE)))
    return tuple(compiled)


def _side(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """Side named next to text[start:end] and the span widened to include the side word."""
    window_start = max(0, start - 40)
    before = _BEFORE.search(text[window_start:start])
    if before:
        return ("right" if before["right"] else "left"), window_start + before.start(), end
    after = _AFTER.match(text[end:end + 20])
    if after:
        return ("right" if after["right"] else "left"), start, end + after.end()
    return None, start, end


def _candidates(text: str) -> list[PhraseMatch]:
    found = []
    for entry, pattern in _patterns():
        for m in pattern.finditer(text):
            start, end, side = m.start(), m.end(), None
            if entry.structure.endswith("_{side}"):
                side, start, end = _side(text, start, end)
            found.append(PhraseMatch(start, end, text[start:end], _expand(entry.structure, side), entry.term))
    for m in _VERTEBRA.finditer(text):
        prefix = m["prefix"].upper()
        segment = _VERTEBRA_PREFIX.get(prefix, prefix)
        n = int(m["n"])
        if n not in _VERTEBRA_RANGE[segment] or (len(prefix) == 1 and segment == "T" and n <= 2):
            continue
        found.append(PhraseMatch(m.start(), m.end(), m[0], (f"vertebrae_{segment}{n}",), m[0]))
    for m in _RIB.finditer(text):
        n = int(m["a"] or m["b"] or m["c"] or m["d"])
        if not 1 <= n <= 12:
            continue
        side, start, end = _side(text, m.start(), m.end())
        sides = (side,) if side else ("left", "right")
        found.append(PhraseMatch(start, end, text[start:end], tuple(f"rib_{s}_{n}" for s in sides), m[0]))
    return found


def find_structures(text: str) -> list[PhraseMatch]:
    """Non-overlapping anatomy phrases of `text` in text order, the most specific match winning."""
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    ranked = sorted(_candidates(text), key=lambda m: (-(m.end - m.start), -len(m.term), m.start))
    taken: list[PhraseMatch] = []
    for match in ranked:
        if all(match.end <= t.start or match.start >= t.end for t in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.start)
