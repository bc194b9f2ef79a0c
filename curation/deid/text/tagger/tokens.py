"""Tokens of a report with their line layout, the unit the tagger labels.

A token is a run of letters/digits (with inner hyphens and apostrophes: "Hill-Sachs", "O'Neill") or one
other non-space character. Each token knows its line, its index in the line and whether its line opens a
block (first line of the text or after an empty line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|\S")


@dataclass(frozen=True)
class Tokens:
    """Token offsets into the text and per-token layout, as parallel lists."""

    text: str
    starts: list[int]
    ends: list[int]
    line: list[int]          # line number of each token
    col: list[int]           # index of the token within its line
    lines: list[tuple[int, int]]  # [start, end) of each line (without the newline)

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]


def tokenize(text: str) -> Tokens:
    if not isinstance(text, str):
        raise ValueError("text must be a str")
    lines: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        lines.append((pos, pos + len(part)))
        pos += len(part) + 1
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if not spans:
        return Tokens(text, [], [], [], [], lines)
    starts_a = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
    breaks = np.fromiter((b for _, b in lines[:-1]), dtype=np.int64, count=len(lines) - 1)
    line = np.searchsorted(breaks, starts_a)
    first = np.concatenate(([0], np.flatnonzero(np.diff(line)) + 1))
    col = np.arange(len(spans)) - np.repeat(first, np.diff(np.concatenate((first, [len(spans)]))))
    return Tokens(text, starts_a.tolist(), [b for _, b in spans], line.tolist(), col.tolist(), lines)
