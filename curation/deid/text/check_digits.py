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
- French social-security number (NIR, round 15c): sex, year, month, department (2A / 2B for Corsica), commune,
  serial and the key 97 - (number mod 97): with a valid key, or in its usual spaced groups ("1 84 12 75 114 052 63")
  after a NIR / sécu / INSEE label (round 15 review: "1 23 45 67 890 123 45 cellules" is a count).
- Italian codice fiscale (round 15c): six letters, year, month letter, day (41-71 for women), the place code and
  the check letter (odd / even position tables mod 26); with a valid check letter anywhere, with a wrong one only
  after a fiscal-code label ("codice fiscale", "C.F.", "Steuer-Nr.", "tax code", "personal no.": round 23b).
- Swiss health-insurance card number (round 15c): 80756 (the card issuer prefix) and ten to fifteen more digits
  in any grouping.
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


# French NIR: a valid key, or spaced groups after a label.
_NIR = re.compile(r"(?P<v>[1-478](?<![\w/.,-][1-478])(?P<s>[ ]?)\d\d(?P=s)(?:0[1-9]|1[0-2]|[2-9]\d)(?P=s)"
                  r"(?:\d\d|2[AB])(?P=s)\d{3}(?P=s)\d{3}(?:(?P=s)\d\d)?)(?![\w]|[.,/-]\d)")
# Italian codice fiscale: digit positions may carry the letters LMNPQRSTUV (homocody), from its first letter.
_O = "0-9LMNPQRSTUV"
_CF = re.compile(rf"(?P<v>[A-Z](?<![\w-][A-Z])[A-Z]{{5}}[{_O}]{{2}}[ABCDEHLMPRST][{_O}]{{2}}[A-Z][{_O}]{{3}}[A-Z])"
                 r"(?![\w-])")
_CF_LABEL = re.compile(r"(?i:codice[ \t]fiscale|cod\.?[ \t]?fisc\.?|c\.[ \t]?f\.|\bcf\b|fiscal|tax[ \t](?:code|id|no)|"
                       r"personal[ \t](?:no|number|code)|steuer|codice)")
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23), strict=True))
# Swiss insurance card: 80756 and ten to fifteen digits (twenty on the card, fewer where an export cuts it), grouped
# by spaces, dots or hyphens.
_CH_CARD = re.compile(r"(?P<v>8(?<![\w.-]8)0756(?:[ .-]?\d){10,15})(?![\w]|[.,-]\d)")


_NIR_LABEL = re.compile(r"(?i:\bnir\b|s[ée]cu|insee|s[ée]curit[ée][ \t]sociale|social[ \t]security|\bn°?[ \t]?ss\b|"
                        r"matricule|num[ée]ro[ \t]d'inscription)")


def nir_valid(value: str) -> bool:
    """Key of a French NIR (13 characters and a two-digit key; 2A / 2B counted as 19 / 18)."""
    if len(value) != 15 or not value[13:].isdigit():
        return False
    body = value[:13].upper().replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(value[13:])


def cf_valid(value: str) -> bool:
    """Check letter of an Italian codice fiscale (16 characters)."""
    if len(value) != 16 or not value.isalnum():
        return False
    value = value.upper()
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
                for i, c in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


def _cf_day_ok(value: str) -> bool:
    day = "".join(str("LMNPQRSTUV".index(c)) if c.isalpha() else c for c in value[9:11])
    return 1 <= int(day) <= 31 or 41 <= int(day) <= 71


def _national_hits(text: str) -> list[Hit]:
    """French NIR, Italian codice fiscale and Swiss insurance-card numbers (see the module docstring)."""
    hits: list[Hit] = []
    for m in _NIR.finditer(text):
        if nir_valid(m["v"].replace(" ", "")) or (m["s"] and _NIR_LABEL.search(text, max(0, m.start() - 60),
                                                                                  m.start())):
            hits.append(Hit(m.start("v"), m.end("v"), "ID", "rule"))
    for m in _CF.finditer(text):
        if _cf_day_ok(m["v"]) and (cf_valid(m["v"]) or _CF_LABEL.search(text, max(0, m.start() - 60), m.start())):
            hits.append(Hit(m.start("v"), m.end("v"), "ID", "rule"))
    hits.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in _CH_CARD.finditer(text))
    return hits


def check_digit_hits(text: str) -> list[Hit]:
    """IDs of the national schemes above anywhere in `text` (offsets into it)."""
    hits: list[Hit] = _national_hits(text)
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
