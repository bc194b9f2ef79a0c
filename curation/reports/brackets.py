"""Closed bracket spans of a text: where a period or line break does not end a sentence.

An abbreviation period inside a bracket ("(cor. Serie 6, Bild 12)", "(vgl. Serie 2)", "(see fig. 3)") is
no sentence end, whatever the abbreviation: a sentence does not end inside a bracket that closes. A
bracket counts only when it is closed (same kind, `()` or `[]`) within `MAX_BRACKET_CHARS` and before a
blank line; an unbalanced "(" (a typo, a bracket cut off at the end of a report) protects nothing, so
sentences after it still split.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A bracket longer than this is not a parenthetical (a stray "(" closed by a later, unrelated ")").
MAX_BRACKET_CHARS = 200
_OPEN_FOR = {")": "(", "]": "["}
_TOKENS = re.compile(r"[()\[\]]|\n[ \t]*\n")


class BracketSpans:
    """The closed bracket spans [open, close] of one text; `covers(pos)`: pos lies strictly inside one."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        stack: list[tuple[str, int]] = []
        spans: list[tuple[int, int]] = []
        for m in _TOKENS.finditer(text, start, end):
            char = m.group()
            if char in "([":
                stack.append((char, m.start()))
            elif char in _OPEN_FOR:
                # close the innermost bracket of the same kind; brackets opened inside it stay unclosed
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == _OPEN_FOR[char]:
                        opened = stack[depth][1]
                        del stack[depth:]
                        if m.start() - opened <= MAX_BRACKET_CHARS:
                            spans.append((opened, m.start()))
                        break
            else:  # a blank line (paragraph) closes no bracket and no bracket spans it
                stack.clear()
        # Outer spans contain inner ones: merge into disjoint covering intervals for a bisect lookup.
        spans.sort()
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def covers(self, pos: int) -> bool:
        """True when `pos` lies inside a closed bracket (after its opening, before its closing char)."""
        i = bisect_right(self._starts, pos - 1) - 1
        return i >= 0 and pos < self._ends[i]
