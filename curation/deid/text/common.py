"""What every text-scrubber rule module shares: the `Hit` record and the letter classes of names.

Kept apart from the rules so that the person, place, id and date modules can import it without
importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick


def words(text: str) -> frozenset[str]:
    """A word set written as a whitespace-separated block (easier to review than a list literal)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Hit:
    """One PHI candidate: [start, end) into the input text, label, and where it came from."""

    start: int
    end: int
    label: str
    source: str


# Latin letters of every European and Vietnamese name (Wiśniewski, Yılmaz, Đặng, Çelik), not German only.
UP = "A-ZÀ-ÖØ-ÞĀ-ſƠƯȘȚḀ-ỿ"
LO = "a-zß-öø-ÿĀ-ſơưșțḀ-ỿ'"


def group_hits(pattern: re.Pattern[str], text: str, label: str, source: str = "rule") -> Iterator[Hit]:
    """One hit per match of `pattern`, spanning its group "v"."""
    for m in pattern.finditer(text):
        yield Hit(m.start("v"), m.end("v"), label, source)


@dataclass(frozen=True)
class Gated:
    """A rule pattern run only when one of its needles occurs in the text.

    Every match of `pattern` must contain one of `needles` (plain substrings, checked in the lower-cased
    text when `lower` is set): a C substring test costs ~1% of a regex scan over a report, and most
    rules (street suffixes, legal forms, register courts) find nothing in most reports.
    """

    pattern: re.Pattern[str] | LiteralStarts
    needles: tuple[str, ...]
    lower: bool = False

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        haystack = lowered if self.lower else text
        if any(n in haystack for n in self.needles):
            yield from self.pattern.finditer(text)


def gated_hits(rule: Gated, text: str, lowered: str, label: str) -> Iterator[Hit]:
    """group_hits for a gated rule."""
    for m in rule.finditer(text, lowered):
        yield Hit(m.start("v"), m.end("v"), label, "rule")


# Literal starts: `re` tries a pattern that opens with an alternation of words ("gez.|signed|tochter|...")
# at nearly every position of a report. A pattern whose every match starts with one of a few literal
# strings is instead run only where an Aho-Corasick pass over the text found one of them (one C loop
# for all of them), with `pattern.match` at each such position: the same matches as `finditer`.
_MIN_PREFIX = 2
_MAX_PREFIXES = 400
_MAX_CLASS = 4


def _item_starts(op: Any, av: Any) -> list[tuple[str, bool]] | None:
    """Literal strings one parsed item may start with, each with whether it is the item's whole text;
    None where the item can start with anything."""
    if op is _c.LITERAL:
        return [(chr(av), True)]
    if op is _c.IN:
        if len(av) <= _MAX_CLASS and all(o is _c.LITERAL for o, _ in av):
            return [(chr(v), True) for _, v in av]
        return None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _seq_starts(sub)
    if op is _c.BRANCH:
        starts: list[tuple[str, bool]] = []
        for branch in av[1]:
            starts.extend(_seq_starts(branch))
        return starts
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        # One repetition or more: the body's starts, never its whole text (how often is unknown).
        return [(s, False) for s, _ in _seq_starts(sub)] if low >= 1 else [("", False)]
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return [("", True)]  # zero width
    return None


def _seq_starts(items: Any) -> list[tuple[str, bool]]:
    """Literal starts of a sequence of parsed items (a prefix stops growing where an item is unknown)."""
    current = [("", True)]
    for op, av in items:
        starts = _item_starts(op, av)
        if starts is None:
            return [(s, False) for s, _ in current]
        grown = [(s + e, whole) if open_ else (s, False) for s, open_ in current
                 for e, whole in (starts if open_ else [("", False)])]
        if len(grown) > _MAX_PREFIXES:
            return [(s, False) for s, _ in current]
        current = grown
        if not any(open_ for _, open_ in current):
            break
    return current


class LiteralStarts:
    """A compiled pattern whose every match starts with one of `prefixes` (see above); `finditer` as re's."""

    def __init__(self, pattern: re.Pattern[str], prefixes: frozenset[str]) -> None:
        self.compiled = pattern
        self.pattern = pattern.pattern
        self.prefixes = prefixes
        automaton = ahocorasick.Automaton()
        for p in prefixes:
            automaton.add_word(p, len(p))
        automaton.make_automaton()
        self._automaton = automaton

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        starts = sorted({end - n + 1 for end, n in self._automaton.iter(text, pos, endpos)})
        match = self.compiled.match
        done = pos
        for start in starts:
            if start < done:
                continue
            m = match(text, start, endpos)
            if m is not None:
                yield m
                done = m.end()

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.compiled.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def literal_starts(pattern: re.Pattern[str]) -> re.Pattern[str] | LiteralStarts:
    """`pattern` run from its literal starts when every match has one of two characters or more (and the
    pattern is case-sensitive); otherwise `pattern` itself."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    prefixes = frozenset(s for s, _ in _seq_starts(_parser.parse(pattern.pattern, pattern.flags)))
    if not prefixes or min(map(len, prefixes)) < _MIN_PREFIX:
        return pattern
    return LiteralStarts(pattern, prefixes)
