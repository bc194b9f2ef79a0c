"""Same-length rewrites of dictated and shorthand citation numbers before mining (issue 16, round 15).

Speech recognition writes series and image numbers as words ("Serie zwei Bild vierundzwanzig", "series eleven image
thirty four", "image one hundred and four"); some viewers write the series as "#" ("(#4, image 62)", "(coronal #602,
image 19)"). `spoken_numbers` rewrites both so the grammar, the candidate generators and the model read them as the
digit forms they know, keeping every offset:
- a number word (German compounds "achtundfünfzig", "hundertsieben", "zweihundertzwölf"; English "thirty four",
  "thirty-four", "one hundred and twelve") right after a series or image word becomes its digits, right-aligned in
  the word's place ("Bild vierundzwanzig" -> "Bild           24"), so a citation's span ends where the word ends;
- a "#" before a number that an image word follows ("#4, image 62", "#6 Bild 133") becomes the series keyword mark
  (`grammar.SERIES_MARK`); "Läsion #2" (no image word after it) stays.
Round 21: speech recognition writes an image number in the hundreds as two number words, the hundreds digit then the
tens ("image two thirty" = 230, "image one twelve" = 112, "image three oh five" = 305, "image two forty five" = 245);
after a series or image word a unit word followed by a tens or teen word, or by "oh" and a unit word, is one number.
Round 22b: speech recognition writes a spoken series or image DIGIT as its homophone ("series for image 123" = series
4; "to"/"too" = 2, "won" = 1, "ate" = 8). Only where the citation words make the reading certain: between a series word
and an image word with its number ("series for image 123"), or as the image of a series citation that closes its
clause ("(series 3 image for)"). "series for bone", "image for comparison", "series to follow" stay text.
Round 26: speech recognition spells a list separator between image numbers as a word ("Bild 9 Beistrich 10", "Bild
9 Komma 10", "image 9 comma 10"; "Bild 9 Strich 12" a range). After an image word and its number such a word becomes
the "," (or "-") it names, left-aligned in its place, so the grammar reads one ref per image as with ",". A decimal
size ("1 Komma 5 cm", "Bild 30, Herd 2 Komma 5") has no image word right before it and stays.
Round 28b: uncorrected dictation spells the brackets too ("Klammer auf Schnitt zweiundvierzig Klammer zu", "open
bracket image thirty one close bracket"): an opening and its closing word on one line, at most 120 characters apart,
become "(" and ")", left-aligned in their places, so that a bracket-only form (a single-volume slice, a compact pair)
reads as written with the characters. A lone "Klammer auf" without its closing word stays text. "Schnitt" / "Schnitte"
are keywords for number words too (a single-volume slice: "Schnitt dreißig bis achtunddreißig").
The miner (`mine._mine`) mines the rewritten text and cuts the snippets from the original one.
"""

from __future__ import annotations

import re

from curation.snippets.gate import fold_lower, has_folding, may_hold
from curation.snippets.grammar import SERIES_MARK

__all__ = ["spoken_numbers"]

_DE_UNIT = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
            "acht": 8, "neun": 9}
_DE_TEEN = {"zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
            "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50,
            "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
_EN_UNIT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEEN = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# One German number word below 1000: "[zwei]hundert[und]" + "vierundzwanzig" | "zwölf" | "sieben" | "dreißig".
_DE_BELOW_100 = (r"(?:(?P<u>" + _alt(set(_DE_UNIT) - {"eins"}) + r")und(?P<t>" + _alt(_DE_TENS) + r")|(?P<t2>"
                 + _alt(_DE_TENS) + r")|(?P<teen>" + _alt(_DE_TEEN) + r")|"
                 + r"(?P<u2>" + _alt(set(_DE_UNIT) - {"ein"}) + r"))")  # a bare "ein" is an article
_DE_NUMBER = re.compile(r"(?:(?P<h>" + _alt(set(_DE_UNIT) - {"eins"}) + r")?(?P<hundert>hundert)(?:\s*und\s*|\s+)?)?"
                        + _DE_BELOW_100 + r"?", re.IGNORECASE)
# English: "[one] hundred [and]" + "thirty[-| ]four" | "twelve" | "seven".
_EN_BELOW_100 = (r"(?:(?P<t>" + _alt(_EN_TENS) + r")(?:[\s-]+(?P<u>" + _alt(_EN_UNIT) + r"))?|(?P<teen>"
                 + _alt(_EN_TEEN) + r")|(?P<u2>" + _alt(_EN_UNIT) + r"))")
_EN_NUMBER = re.compile(r"(?:(?:(?P<h>" + _alt(_EN_UNIT) + r"|a)\s+)?(?P<hundert>hundred)(?:\s+and\s+|\s+)?)?"
                        + _EN_BELOW_100 + r"?", re.IGNORECASE)
# A series or image word as dictation writes it, then the number word.
_KEYWORD = re.compile(r"(?i)\b(?:Serien|Serie|Series|Sequenz|Sequence|Bilder|Bild|Images|Image|Schichten|Schicht|"
                      r"Slices|Slice|Aufnahme|Schnitte|Schnitt)(?:\s+(?:Nummer|Nr\.|number|no\.))?\s+(?=[a-zäöüß])")
# Where a keyword may start (lower-case stems, found by `str.find`: a regex scan of every report costs more).
_STEMS = ("serie", "sequen", "bild", "image", "schicht", "slice", "aufnahme", "schnitt")
# The next item of a dictated list or range: "zwölf und fünfzehn", "twenty to thirty-one", "zwölf bis fünfzehn".
_NEXT_NUMBER = re.compile(r"(?i)\s*(?:,|und|and|bis|to|through|-|beistrich|komma|comma|strich)\s*(?=[a-zäöüß])")
# "#" as the series: a number, then (after a comma, slash or space) an image word.
_HASH_SERIES = re.compile(r"\#(?=\s?\d{1,4}\s*[,;/]?\s*(?:Bild|Bilder|Bi\.?|image|images|img\.?|im\.?|IM|Ima)"
                          r"\s*\.?\s*\d)", re.IGNORECASE)


# The rest of a spoken hundreds number after its hundreds digit: "[two] thirty", "[one] twelve", "[three] oh five".
_HUNDREDS_REST = re.compile(r"(?i)\s+(?:(?:oh|o|zero)\s+(?P<oh>" + _alt(_EN_UNIT) + r")|(?P<t>" + _alt(_EN_TENS)
                            + r")(?:[\s-]+(?P<u>" + _alt(_EN_UNIT) + r"))?|(?P<teen>" + _alt(_EN_TEEN) + r"))(?![\w-])"
                            # review: the tens are a size, not the image's: "image one twelve millimeter nodule"
                            r"(?![\s-]*(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|Millimeter|Zentimeter)(?!\w))")


def _folded_groups(m: re.Match[str]) -> dict[str, str | None]:
    """`m`'s named groups in lower case as the case-insensitive pattern read them (`gate.fold_lower`)."""
    return {k: (fold_lower(v) if v else v) for k, v in m.groupdict().items()}


def _hundreds(text: str, pos: int, found: tuple[int, int]) -> tuple[int, int]:
    """`found` ((value, end) of the number word at `pos`) read on as a spoken hundreds number when a unit word is
    followed by its tens ("two thirty" -> 230), else unchanged."""
    value, end = found
    if fold_lower(text[pos:end]) not in _EN_UNIT or (m := _HUNDREDS_REST.match(text, end)) is None:
        return found
    low = _folded_groups(m)
    rest = (_EN_UNIT[low["oh"]] if low["oh"] else _EN_TEEN[low["teen"]] if low["teen"]
            else _EN_TENS[low["t"]] + (_EN_UNIT[low["u"]] if low["u"] else 0))
    return 100 * value + rest, m.end()


def _value(m: re.Match[str], units: dict[str, int], teens: dict[str, int], tens: dict[str, int]) -> int | None:
    """The number a `_DE_NUMBER` / `_EN_NUMBER` match names (None when it matched nothing)."""
    low = _folded_groups(m)
    total = 0
    if low["hundert"]:
        total = 100 * (units[low["h"]] if low["h"] and low["h"] != "a" else 1)
    if low["t"]:
        total += tens[low["t"]] + (units[low["u"]] if low["u"] else 0)
    elif low.get("t2"):
        total += tens[low["t2"]]
    elif low["teen"]:
        total += teens[low["teen"]]
    elif low["u2"]:
        total += units[low["u2"]]
    return total or None


def _number_at(text: str, pos: int) -> tuple[int, int] | None:
    """(value, end) of the number word at `pos` (German or English), ending at a word boundary."""
    best: tuple[int, int] | None = None
    for pattern, tables in ((_DE_NUMBER, (_DE_UNIT, _DE_TEEN, _DE_TENS)), (_EN_NUMBER, (_EN_UNIT, _EN_TEEN, _EN_TENS))):
        m = pattern.match(text, pos)
        if m is None or m.end() == pos:
            continue
        end = m.end()
        if end < len(text) and (text[end].isalpha() or text[end] in "-"):
            continue  # "Bildeinstellung", "einige": a longer word
        value = _value(m, *tables)
        if value is not None and (best is None or end > best[1]):
            best = (value, end)
    return best


def _keyword_ends(text: str, low: str) -> list[int]:
    """Where a number word may start: right after each series or image keyword that a letter follows (`low`:
    `text.lower()`)."""
    if len(low) != len(text) or has_folding(text):  # "İ" shifts the offsets of `low`; "ſerie" is no stem
        return [m.end() for m in _KEYWORD.finditer(text)]
    ends = []
    for stem in _STEMS:
        at = low.find(stem)
        while at >= 0:
            if (m := _KEYWORD.match(text, at)) is not None:
                ends.append(m.end())
            at = low.find(stem, at + len(stem))
    return ends


# Round 22b: digit homophones, only inside a series/image citation (see the module docstring).
# The regex words and the cheap stems derive from this table ("four" is a number word: `_number_at` reads it).
_HOMOPHONE = {"for": 4, "to": 2, "too": 2, "won": 1, "ate": 8}
_HOMO_WORDS = r"(?P<w>" + "|".join(_HOMOPHONE) + r")"
_HOMO_SERIES = re.compile(r"(?i)\b(?:Series|Serie|Ser\.|Se)\s+" + _HOMO_WORDS + r"\s*,?\s+(?=(?:images?|img\.?|im|Bild|"
                          r"slices?|Schicht)\s*\.?\s*\d)")
_HOMO_IMAGE = re.compile(r"(?i)\b(?:Series|Serie|Ser\.|Se)\s*\d{1,4}\s*,?\s*(?:images?|img\.?|im|Bild|slices?|Schicht)"
                         r"\s+" + _HOMO_WORDS + r"(?=\s*(?:[)\].;]|,\s|$))")
_HOMO_STEMS = tuple(" " + w for w in _HOMOPHONE)


def _homophones(text: str, out: list[str] | None, low: str) -> list[str] | None:
    """`out` (or a copy of `text`) with homophone digits inside a series/image citation rewritten right-aligned (`low`:
    `text.lower()`)."""
    if not may_hold(text, low, _HOMO_STEMS) or not may_hold(text, low, ("seri", "se ")):
        return out
    for pattern in (_HOMO_SERIES, _HOMO_IMAGE):
        for m in pattern.finditer(text):
            a, b = m.span("w")
            out = out if out is not None else list(text)
            out[a:b] = f"{_HOMOPHONE[fold_lower(m.group('w'))]:>{b - a}}"
    return out


# Round 26: a dictated separator word and what it names; the image word and number it must follow (case-sensitive
# short labels: a lower-case "im" is the German preposition); the next item (no decimal, no size after it).
_SEPARATOR_WORDS = {"beistrich": ",", "komma": ",", "comma": ",", "strich": "-"}
_IMAGE_NUMBER = re.compile(r"(?:(?i:\b(?:Bilder|Bild|Images?|Imgs?|Schichten|Schicht|Slices?|Aufnahmen?))|"
                           r"\b(?:IMA|Ima|IMG|Img|IM|Im|Bi)\b\.?)\s*:?\s*\d{1,4}\b")
_SEPARATOR_NEXT = re.compile(r"(?i)\s*(?:(?P<w>" + "|".join(_SEPARATOR_WORDS) + r")\b|,|und\b|and\b)\s*"
                             r"\d{1,4}(?![\d.,]\d)(?!\s*(?:mm|cm|m|ml|%)\b)")


# Mend of round 26: a noun counted by the number after "Strich" ("Strich 2 Zysten", "Strich 3 Ebenen"); an exam or
# series word after it still ends a range ("Bild 12 Strich 18 Serie 4").
_COUNTED_NOUN = re.compile(r"\s+(?!(?:Serien?|Series|Se|Ser|Sequenz\w*|Bild\w*|Schicht\w*|Aufnahme\w*)\b)[A-ZÄÖÜ]\w")

_LAST_NUMBER = re.compile(r"\d+$")


def _dictated_range(text: str, end: int, more: re.Match[str]) -> bool:
    """Whether "Strich" (`more`, after the number that ends at `end`) dictates a range: the number after it is greater
    than the one before and counts no noun."""
    before = int(_LAST_NUMBER.search(text[max(0, end - 4):end]).group())  # type: ignore[union-attr]
    after = int(_LAST_NUMBER.search(more.group()).group())  # type: ignore[union-attr]
    return after > before and _COUNTED_NOUN.match(text, more.end()) is None


def _separators(text: str, out: list[str] | None, low: str) -> list[str] | None:
    """`out` (or a copy of `text`) with dictated separator words after an image number as "," or "-" (`low`:
    `text.lower()`)."""
    if not may_hold(text, low, ("omma", "strich")):
        return out
    for m in _IMAGE_NUMBER.finditer(text):
        end = m.end()
        while (more := _SEPARATOR_NEXT.match(text, end)) is not None:
            if more.group("w") and fold_lower(more.group("w")) == "strich" and not _dictated_range(text, end, more):
                break  # "Bild 40 Strich 2 Zysten", "Bild 5 Strich 3 Ebenen": a count, not a range's end
            if more.group("w"):
                a, b = more.span("w")
                out = out if out is not None else list(text)
                out[a:b] = _SEPARATOR_WORDS[fold_lower(more.group("w"))].ljust(b - a)
            end = more.end()
    return out


# Round 28b: a dictated bracket, its opening and closing words on one line (see the module docstring).
_DICTATED_BRACKET = re.compile(r"(?i)\b(?P<open>Klammer\s+auf|open(?:ing)?\s+(?:bracket|parenthesis|paren))\b"
                               r"(?P<inner>(?:(?!Klammer|bracket|paren)[^\n]){1,120}?)"
                               r"\b(?P<close>Klammer\s+zu|close[ds]?\s+(?:bracket|parenthesis|paren)|"
                               r"closing\s+(?:bracket|parenthesis|paren))\b")


def _brackets(text: str, out: list[str] | None, low: str) -> list[str] | None:
    """`out` (or a copy of `text`) with dictated bracket words as "(" and ")" (`low`: `text.lower()`)."""
    if not may_hold(text, low, ("klammer", "bracket", "paren")):
        return out
    for m in _DICTATED_BRACKET.finditer(text):
        out = out if out is not None else list(text)
        for group, char in (("open", "("), ("close", ")")):
            a, b = m.span(group)
            out[a:b] = char.ljust(b - a)
    return out


def spoken_numbers(text: str) -> str:
    """`text` with dictated series/image number words as digits and "#" series as the series mark (same length)."""
    out: list[str] | None = None
    if "#" in text and (hashes := list(_HASH_SERIES.finditer(text))):
        out = list(text)
        for m in hashes:
            out[m.start()] = SERIES_MARK
    low = text.lower()  # once for the three passes (the last one reads the rewritten text where there is one)
    for pos in _keyword_ends(text, low):
        while (found := _number_at(text, pos)) is not None:  # "Bilder zwölf und fünfzehn", "twenty to thirty"
            value, end = _hundreds(text, pos, found)
            out = out if out is not None else list(text)
            out[pos:end] = f"{value:>{end - pos}}"  # a number word is never shorter than its digits
            if (more := _NEXT_NUMBER.match(text, end)) is None:
                break
            pos = more.end()
    out = _homophones(text, out, low)
    out = _brackets(text, out, low)
    if out is None:
        out = _separators(text, out, low)
    else:
        rewritten = "".join(out)
        out = _separators(rewritten, out, rewritten.lower())
    return text if out is None else "".join(out)
