"""National numbers that carry a check digit: an ID wherever they stand, with or without a label.

A bare CSV cell, a column without a header word, a number after a name: the shape and the check digit
together say what the number is, so no cue word is needed (a random ten-digit count passes mod 11 about one
time in eleven, and nine-to-thirteen-digit counts do not occur in report prose; shorter runs never match).

- UK NHS number: ten digits (3-3-4, grouped by spaces or hyphens, or run together), modulus 11 on weights
  10..2, a check of 10 invalid.
- Swiss AHV/AVS (OASI) number: 756 plus ten digits, EAN-13 check, dotted or run together.
- Austrian social insurance number: four digits (serial and check digit) and the birth date DDMMYY, weights
  3 7 9 (check) 5 8 4 2 1 6 mod 11; with a valid birth date (a spaced "1234 050672" form too).
- German health insurance number (KVNR, eGK): a letter and nine digits, the last the check of the letter's
  two-digit number and the first eight digits (Luhn-like weights 1, 2; digit sums).
- US Medicare Beneficiary Identifier: the eleven-character MBI format (letters without S L O I B Z).
- US VA Integration Control Number: ten digits, "V", six digits.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit

_L = "AC-HJKMNP-RT-Y"  # the letters of an MBI (no S L O I B Z)
# Each pattern opens with a character and the look-behinds after it (`re` then tries one character class per
# position; a leading look-behind is tried at every position): ~20 µs per 1 kB report for all four.
_DIGITS = re.compile(r"(?P<v>\d(?<![\w/-]\d)(?<!\d[.]\d)(?:\d\d(?P<s>[ -]?)\d{3}(?P=s)\d{4}|"
                     r"56[.]?\d{4}[.]?\d{4}[.]?\d{2}|\d{3}[ ]?[0-3]\d[01]\d{3}))(?![\w]|[.,/-]\d)")
_KVNR = re.compile(r"(?P<v>[A-Z](?<![\w-][A-Z])\d{9})(?![\w-])")
# The MBI from its second character (a letter after a digit), the VA ICN from its "V".
_MBI = re.compile(rf"[{_L}](?<=[1-9][{_L}])(?<![\w-][1-9][{_L}])[{_L}0-9]\d-?[{_L}][{_L}0-9]\d-?[{_L}]{{2}}\d{{2}}"
                  r"(?![\w-])")
_VA_ICN = re.compile(r"V(?<=\d{10}V)(?<![\w-]\d{10}V)\d{6}(?![\w-])")
# Every _DIGITS, _KVNR and _VA_ICN match holds three digits, at most one space, dot or hyphen, three digits
# (NHS "123 456", AHV "756.1234", Austrian "234 050", nine or ten digits run together); dates and times never
# do, so most reports skip those three scans after this one.
_GATE = re.compile(r"\d{3}[ .-]?\d{3}")


def nhs_valid(digits: str) -> bool:
    """Modulus 11 check of a ten-digit NHS number."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return (0 if check == 11 else check) == int(digits[9])


def ahv_valid(digits: str) -> bool:
    """EAN-13 check of a Swiss AHV/AVS number (756 and ten digits)."""
    if len(digits) != 13 or not digits.startswith("756"):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def at_svnr_valid(digits: str) -> bool:
    """Check digit and birth date of an Austrian social insurance number (ten digits)."""
    if len(digits) != 10 or digits[0] == "0":
        return False
    day, month = int(digits[4:6]), int(digits[6:8])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    total = sum(int(d) * w for d, w in zip(digits, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6), strict=True)) % 11
    return total != 10 and total == int(digits[3])


def kvnr_valid(value: str) -> bool:
    """Check digit of a German KVNR: letter number (01-26) and eight digits, weights 1 and 2, digit sums."""
    if len(value) != 10 or not value[0].isalpha() or not value[1:].isdigit():
        return False
    body = f"{ord(value[0].upper()) - 64:02d}{value[1:9]}"
    total = 0
    for i, d in enumerate(body):
        p = int(d) * (2 if i % 2 else 1)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def check_digit_hits(text: str) -> list[Hit]:
    """IDs of the national schemes above anywhere in `text` (offsets into it)."""
    hits: list[Hit] = []
    if _GATE.search(text) is None:
        hits.extend(Hit(m.start() - 1, m.end(), "ID", "rule") for m in _MBI.finditer(text))
        return hits
    for m in _DIGITS.finditer(text):
        digits = m.group("v").replace(" ", "").replace(".", "").replace("-", "")
        if nhs_valid(digits) or ahv_valid(digits) or at_svnr_valid(digits):
            hits.append(Hit(m.start("v"), m.end("v"), "ID", "rule"))
    hits.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in _KVNR.finditer(text) if kvnr_valid(m["v"]))
    hits.extend(Hit(m.start() - 1, m.end(), "ID", "rule") for m in _MBI.finditer(text))
    hits.extend(Hit(m.start() - 10, m.end(), "ID", "rule") for m in _VA_ICN.finditer(text))
    return hits
