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
