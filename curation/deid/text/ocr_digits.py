"""OCR / typing noise in digit groups (round 13): the letter O (o) typed or scanned for a zero and l / I for a
one inside a date or an ID ("O4.11.2O23", "1O/14/2O24", "l2/2O22", "MRN OO7341l2").

`digit_view` gives one normalised view of a text: the same length (offsets kept), the letters mapped to digits
only inside a run that is otherwise digits and the separators . / - and stands as a whole token (no letter or
digit joined on either side). The date and ID patterns also run on the view, and a hit there counts only where it
covers a mapped letter, so text without such noise gives the same hits as before. Letters in real words are never
mapped: a token needs three real digits and no more noise letters than digits ("Il-6", "I/II", "OO" stay).
"""

from __future__ import annotations

import re

_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_NOISE = frozenset("OoIl")
# A cheap gate: a noise letter joined to a digit (after it or before it). Written from the letter so that `re`
# skips ahead to the next noise letter; "\d[OoIl]|[OoIl]\d" was tried at every position (~4x slower per report).
_MIXED = re.compile(r"[OoIl](?:(?<=\d[OoIl])|(?=\d))")
# A whole token of digits, noise letters and inner separators.
_TOKEN = re.compile(r"(?<![\w./-])[\dOoIl](?:[\dOoIl]|[./-](?=[\dOoIl]))*(?![\w/-])(?!\.[\w])")
_MIN_DIGITS = 3


def noisy_tokens(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each token of `text` that holds a noise letter among enough real digits."""
    if not _MIXED.search(text):
        return []
    out = []
    for m in _TOKEN.finditer(text):
        value = m.group()
        noise = sum(c in _NOISE for c in value)
        digits = sum(c.isdigit() for c in value)
        if noise and digits >= _MIN_DIGITS and noise <= digits:
            out.append((m.start(), m.end()))
    return out


def digit_view(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with the noise letters of its noisy tokens mapped to digits (same length), and those tokens."""
    tokens = noisy_tokens(text)
    if not tokens:
        return text, []
    parts, cursor = [], 0
    for start, end in tokens:
        parts.append(text[cursor:start])
        parts.append(text[start:end].translate(_TO_DIGIT))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts), tokens


def covers_token(start: int, end: int, tokens: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of `tokens`."""
    return any(start < b and a < end for a, b in tokens)
