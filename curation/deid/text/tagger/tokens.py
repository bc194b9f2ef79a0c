"""Tokens of a report with their line layout, the unit the tagger labels.

A token is a run of letters/digits (with inner hyphens and apostrophes: "Hill-Sachs", "O'Neill") or one
other non-space character. Each token knows its line, its index in the line and whether its line opens a
block (first line of the text or after an empty line).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|\S")
_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group


@dataclass(frozen=True)
class Tokens:
    """Token offsets into the text and per-token layout, as parallel lists."""

    text: str
    starts: list[int]
    ends: list[int]
    line: list[int]          # line number of each token
    col: list[int]           # index of the token within its line
    lines: list[tuple[int, int]]  # [start, end) of each line (without the newline)
    words: list[str] = field(default_factory=list)  # the tokens' text

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]


def tokenize(text: str) -> Tokens:
    if not isinstance(text, str):
        raise ValueError("text must be a str")
    # One pass over the whole text (no token holds a newline, so the tokens are those of each line), then
    # each line's tokens found by bisection.
    found = list(_TOKEN.finditer(text))
    starts = list(map(_START, found))
    lines: list[tuple[int, int]] = []
    line: list[int] = []
    col: list[int] = []
    pos = lo = 0
    for n, part in enumerate(text.split("\n")):
        end = pos + len(part)
        lines.append((pos, end))
        hi = bisect_left(starts, end, lo)
        if hi > lo:
            line += [n] * (hi - lo)
            col += range(hi - lo)
            lo = hi
        pos = end + 1
    return Tokens(text, starts, list(map(_END, found)), line, col, lines, list(map(_GROUP, found)))
