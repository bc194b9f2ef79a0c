"""What every text-scrubber rule module shares: the `Hit` record and the letter classes of names.

Kept apart from the rules so that the person, place, id and date modules can import it without
importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


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

    pattern: re.Pattern[str]
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
