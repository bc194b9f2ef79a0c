"""Repaired views of a report text (round 15a): the text as it was meant, with a map back to the input's offsets.

Three kinds of damage hide a name, a street or a phone number from rules written for clean text:

- **Mojibake.** UTF-8 text decoded as Windows-1252 / Latin-1: every umlaut, accent or sharp s is two or three
  characters ("MÃ¼ller", "StraÃŸe", "HÃ©lÃ¨ne", "CantÃ¹"). A run that re-encodes to valid UTF-8 of one non-ASCII
  character is read as that character; anything else (a real "Ã" in a word, "Â±" in a sentence that was never
  mangled) stays, as the re-encoding must give one character of U+0080 or above.
- **OCR letter / digit confusion inside words.** A token of letters with a 0 or a 1 between letters ("Wa1ter",
  "C0LLINS", "Mi11er") reads the digit as the letter of the token's case (0 -> O / o, 1 -> I / l); a lower-case l
  inside a capitals word ("PATlENT") reads as I; a token of digits with a noise letter O / o / l / I among them
  ("O711", "7O173", "4O") reads the letters as digits. A token with any other digit (kernel "B30f", "H31s",
  sequence "b1000") is left as it is, and so are tokens that open or close with the digit ("T1", "BL1", "L4"), a
  gas or a volume ("O2", "2l"), and a stage, lab or gene name with 0 / 1 after capitals ("pT1a", "HbA1c", "HNF1α").
- **Line wrap.** A name broken at the end of a line of running text (fixed-width wrap): a line of 40 characters or
  more and five spaces or more (no tab, semicolon or pipe of a table row) that ends in a capitalised word (not
  capitals), with no punctuation, and a next line that opens with a capitalised word
  that is no field label ("Dr. Matthias\\nHollenbach zur ...") reads the line break as a space; a word split with a
  hyphen at the line end before a lower-case continuation ("Wester-\\nkamp") reads as one word.

`repaired_view(text)` returns None when no repair applies (the common case, one cheap search per kind), else the
view and, for each of its characters, the offset of the input character it came from; `to_input` maps a view span
back. The scrubber runs its detectors on the view as well and keeps the union, so a view can only add spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.deid.text.common import literal_starts
from curation.deid.text.given_names import is_given_name

# The Windows-1252 (Latin-1 for its five gaps) characters of the UTF-8 continuation bytes 0x80-0xBF.
_CONT_CHARS = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0))
_CONT = "[" + re.escape(_CONT_CHARS) + "]"
# A lead byte of a two-byte (Ã, Â, Å, ...: U+00C2-U+00DF) or three-byte (â: U+00E2) sequence, then its continuations.
_MOJIBAKE = re.compile(rf"[\u00c2-\u00df]{_CONT}|\u00e2{_CONT}{{2}}")
# Both lead bytes as one class first (common.first_char_first): `re` skips to them instead of trying both
# alternatives at every position (round 15).
_MOJIBAKE = literal_starts(_MOJIBAKE)

_WORD = re.compile(r"[^\W_]+")
# A letter token with a 0 / 1 between two letters, or a capitals token with an inner lower-case l.
_LETTER_NOISE = re.compile(r"[^\W\d_][01]+[^\W\d_]|[A-Z]l[A-Z]|\b0[A-Z]{3}")
# A capitals word may open with the zero ("0LGA"); a token opening with any other digit is no word.
_LEADING_ZERO = re.compile(r"0[A-Z][A-Z01l]{2,}")
_DIGIT_NOISE = re.compile(r"\d[OoIl]|[OoIl]\d")
_DIGITS = literal_starts(re.compile(r"\d+"))  # first character first: skips to digits (round 18 of speed)
_CAPS_L = re.compile(r"[A-Z]l[A-Z]")
# Ordinary tokens that look noisy (round 15 review; each one set off a second scrub of the report): a gas ("O2"), a
# volume in litres ("2l", "1,5l"), a stage or lab or gene name with a 0 / 1 after capitals ("pT1a", "pN1a",
# "HbA1c", "HNF1α").
_PLAIN_DIGITS = re.compile(r"O\d|\d+l")
_STAGE_OR_LAB = re.compile(r"(?:[a-z]{0,2}[A-Z]|[A-Z][A-Za-z]{0,3}[A-Z])[01][^\W\d_]?")
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_TO_CAPITALS = str.maketrans({"0": "O", "1": "I", "l": "I"})  # the noise of a capitals token read as letters
_TO_LETTERS = str.maketrans({"0": "o", "1": "l"})
# A name wrapped at a line's end: a long line of running text ending in a capitalised word, a next line opening
# with a capitalised word that is no "Label:"; or a word hyphenated across the break before a lower-case rest.
_WRAP = re.compile(r"(?<=[^\W\d_]{2})-\n(?=[a-zäöüß]{2})")
_MIN_WRAP_LINE = 40
_MIN_WRAP_SPACES = 5  # running text, not a header or a table row
_CELL_MARKS = re.compile(r"[\t;|]")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
# The line's end: a title, or a lower-case word of running text, then one capitalised word (a given name after a
# title or listed); the next line's start: a capitalised word, then running text (a lower-case word or a mark).
_NAME_AT_END = re.compile(
    r"(?:(?P<title>\b(?i:dr|prof|med|herrn?|frau|fr|hr|mr|mrs|ms|miss|mme|mlle|m|sig|sig\.ra|dott|dott\.ssa|"
    r"signora?)\.?)|\b[a-zäöüß]+,?) (?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\Z")
_NAME_AT_START = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:[,.;)]| [a-zäöüß])")


@dataclass(frozen=True)
class TextView:
    """A repaired text and, per character, the input's [start, end) it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_input(self, start: int, end: int) -> tuple[int, int]:
        """The input's [start, end) of the view's non-empty [start, end)."""
        return self.starts[start], self.ends[end - 1]


def _mojibake_edits(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _MOJIBAKE.finditer(text):
        raw = m.group()
        try:
            fixed = raw.encode("cp1252").decode("utf-8")
        except UnicodeError:
            try:
                fixed = raw.encode("latin-1").decode("utf-8")
            except UnicodeError:
                continue
        if len(fixed) == 1 and ord(fixed) >= 0x80:
            out.append((m.start(), m.end(), fixed))
    return out


def _letter_token(word: str) -> str | None:
    """The token read as letters, or None when it is no letter token with inner noise."""
    if any(c.isdigit() and c not in "01" for c in word) or not word[-1].isalpha():
        return None
    if not word[0].isalpha() and not _LEADING_ZERO.fullmatch(word):
        return None
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 3:
        return None
    upper = all(c.isupper() or c == "l" for c in letters) and sum(c.isupper() for c in letters) >= 2
    return word.translate(_TO_CAPITALS if upper else _TO_LETTERS)


def _digit_token(word: str) -> str | None:
    """The token read as digits, or None unless it is digits and noise letters with digits at least as many."""
    if not all(c.isdigit() or c in "OoIl" for c in word):
        return None
    digits = sum(c.isdigit() for c in word)
    if not digits or digits < len(word) - digits:
        return None
    return word.translate(_TO_DIGIT)


def _noise_spots(text: str) -> list[int]:
    """Offsets where a word may hold OCR noise: a digit run joined to a letter, or an "l" between capitals (two
    plain scans: one alternation of character classes over the whole text costs three times more)."""
    spots = []
    for m in _DIGITS.finditer(text):
        a, b = m.start(), m.end()
        if (a and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha()):
            spots.append(a)
    spots.extend(m.start() for m in _CAPS_L.finditer(text))
    return sorted(spots)


def _ocr_edits(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    end = -1
    for spot in _noise_spots(text):  # only the words around a noise spot are read
        if spot < end:
            continue
        start, end = spot, spot
        while start and (text[start - 1].isalnum()):
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        word = text[start:end]
        if _PLAIN_DIGITS.fullmatch(word) or _STAGE_OR_LAB.fullmatch(word):
            continue
        fixed = _letter_token(word) if _LETTER_NOISE.search(word) else \
            _digit_token(word) if _DIGIT_NOISE.search(word) else None
        if fixed is not None and fixed != word:
            out.append((start, end, fixed))
    return out


# The line breaks after a letter (or what `re` counts as one: a superset of str.isalpha) or a hyphen: only such a
# line can end in a wrapped name or word, so the lines are read from these breaks (round 15: a Python loop over
# every line cost more than the regex).
_BREAK_AFTER_LETTER = re.compile(r"\n(?<=[^\W\d_]\n|-\n)")


def _wrap_edits(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for brk_match in _BREAK_AFTER_LETTER.finditer(text):
        brk = brk_match.start()
        line = text[text.rfind("\n", 0, brk) + 1:brk]
        if len(line) < _MIN_WRAP_LINE or line.count(" ") < _MIN_WRAP_SPACES or _CELL_MARKS.search(line):
            continue
        if line.endswith("-") and (m := _WRAP.match(text, brk - 1)):  # "Wester-\nkamp"
            if _CAPITALISED.fullmatch(line[:-1].rsplit(" ", 1)[-1]):
                out.append((m.start(), m.end(), ""))
            continue
        if not line[-1:].isalpha():
            continue
        tail = _NAME_AT_END.search(line)
        if tail and (tail["title"] or is_given_name(tail["name"])) and _NAME_AT_START.match(text, brk + 1):
            out.append((brk, brk + 1, " "))
    return out


def repaired_view(text: str) -> TextView | None:
    """The text with its mojibake, OCR noise and wrapped names repaired, or None when nothing is to repair."""
    edits = sorted([*_mojibake_edits(text), *_ocr_edits(text), *_wrap_edits(text)])
    if not edits:
        return None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0
    for start, end, new in edits:
        if start < cursor:  # an overlapping edit (OCR inside a mojibake run): the first one stands
            continue
        parts.append(text[cursor:start])
        starts.extend(range(cursor, start))
        ends.extend(range(cursor + 1, start + 1))
        parts.append(new)
        if len(new) == end - start:
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:  # one character for a run (mojibake), or none (a wrap's hyphen)
            starts.extend([start] * len(new))
            ends.extend([end] * len(new))
        cursor = end
    parts.append(text[cursor:])
    starts.extend(range(cursor, len(text)))
    ends.extend(range(cursor + 1, len(text) + 1))
    view = "".join(parts)
    return None if view == text else TextView(view, tuple(starts), tuple(ends))
