"""Candidate readings of the number groups in one sentence window, beyond the grammar's accepted parses.

A group is a stretch of text that names at most one reference reading: each grammar reference (its own reading,
and the same with the prior flag flipped), every alternative reading the generator finds overlapping it, and the
generator's readings that overlap no grammar reference (grouped by overlap). Generated readings: bare
`a/b`, `a:b`, `a#b` pairs in both orders (series/image and image/series), ranges `a/b-c`; an image keyword (also
an abbreviation or misspelling the grammar's list lacks) with a number or range, alone (series inherited) or with
a series keyword and number before it; glued tags (`Se4Bi12`, `S 4 B 12`). Each reading comes in both studies
(current and prior).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass

from curation.snippets.anatomy_numbers import LEVEL, level_number_at, segment_at
from curation.snippets.grammar import TIME_UNIT, RefSpan

# Cues the grammar's prefilter lacks, looked for only when the model decides: a bracketed bare pair ("[6/45]",
# "(3-45)") and image abbreviations outside the grammar's keyword list ("Bl. 45", "fr 12").
_EXTRA_PAIR = re.compile(r"[(\[]\s*\d{1,4}\s*[-/:#]\s*\d{1,4}\s*[)\],;]")
EXTRA_CUE_PATTERN = re.compile(_EXTRA_PAIR.pattern + r"|(?i:\b(?:bl|sl|abb|fr|frame|pic|img|ima)\.?\s*#?\d)")
# EXTRA_CUE_PATTERN's keyword half, led by a plain character class so that `re` skips to candidate letters instead of
# trying the case-folded alternation at every offset: the class holds every character that `(?i)[bsafpi]` matches
# (İ, ı, ſ included), `(?<!\w.)` after it is the `\b` before it (the class holds word characters only), and each
# alternative checks the first letter again by a look-behind, in the original order.
_EXTRA_WORD = re.compile(r"[ABFIPSabfipsİıſ](?<!\w.)(?i:(?<=b)l|(?<=s)l|(?<=a)bb|(?<=f)r|(?<=f)rame|(?<=p)ic|(?<=i)mg|"
                         r"(?<=i)ma)\.?\s*#?\d")


class ExtraCueScan:
    """`EXTRA_CUE_PATTERN.finditer`, faster (what mining and training call, as `EXTRA_CUES`, through the pattern's
    `finditer` interface): the bracketed-pair and the keyword halves scanned apart and merged by offset. The same
    matches: a pair holds no letter and a keyword cue no bracket, so neither half's match can start inside the other's
    (tests/curation/snippets/test_refscore_extra_cues.py compares them)."""

    pattern = EXTRA_CUE_PATTERN.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pairs, words = list(_EXTRA_PAIR.finditer(text)), list(_EXTRA_WORD.finditer(text))
        if not pairs or not words:  # (most reports: none of either, nothing to merge; mining speed 18)
            return iter(pairs or words)
        return heapq.merge(pairs, words, key=lambda m: m.start())


EXTRA_CUES = ExtraCueScan()
# Bare pairs are read only as alternatives to a grammar reading they overlap, never alone: left out of training
# (leave one author out), the model took ratios, intervals and levels for them ("(6/12)", "[3:1]", "WL 40/400").
BARE_ONLY_IN_GROUP = frozenset({"xsl", "xslr", "xco", "xcor", "xha", "xhar", "xhy", "xhyr"})
_RANGE = r"(?:\s*(?:-|–|—|bis|to|through)\s*(\d{1,4}))?"
# mend of round 28b: no digit (a number is never cut: "images 12 to 1|4 hrs"), nor a time point after a range or
# list ("images 12 to 14 hrs after injection")
_NOT_AFTER = (r"(?!\d|[/.,:]\d|\s*(?:mm|cm|ml|%|mg|kg|cm²|mmhg|jahre|years|h\b|min\b|uhr)"
              r"|\s*(?:(?:-|–|—|bis|to|through|und|and)\s*\d{1,4}\s*)?" + TIME_UNIT + r"\b)")
_PAIR = re.compile(r"(?<![\d/.:,#-])(\d{1,4})\s*([/:#-])\s*(\d{1,4})" + _RANGE + _NOT_AFTER, re.I)
# The image and series keywords the generator reads (in their alternation order); evidence.py classifies cue words
# with these and its own French/Italian extras.
IMAGE_WORDS = ("bilder", "bildern", "bild", "bld", "bl", "bi", "b", "images", "image", "imgs", "img", "ima", "im", "i",
               "schichten", "schicht", "slices", "slice", "sl", "schnitte", "schnitt", "aufnahmen", "aufnahme", "aufn",
               "abb", "frames", "frame", "fr", "pic", "pics", "nr", "no")
SERIES_WORDS = ("serien", "serie", "series", "ser", "srs", "sr", "se", "s", "sequenz", "sequence", "seq", "sq",
                "rekonstruktion", "recon")
_IMAGE_WORD = "(?:" + "|".join(IMAGE_WORDS) + ")"
_SERIES_WORD = "(?:" + "|".join(SERIES_WORDS) + ")"
_FOLDED = {"s": "ſ", "i": "İı"}  # the non-ASCII characters `re.I` matches to these letters (test_refscore_led_patterns)


def _led(words: str) -> str:
    r"""`(?<![\w])` + the alternation `words` ("(?:a|b|...)"), led by a plain character class of the alternatives'
    first letters (so that `re` skips to candidate offsets instead of trying the case-folded alternation at each):
    `(?<!\w.)` after the class is the look-behind before it (the class holds word characters only), and each
    alternative checks its first letter again by a look-behind, in the original order. The same matches."""
    alternatives = words[3:-1].split("|")
    letters = sorted({w[0] for w in alternatives})
    first = "".join(c + c.upper() + _FOLDED.get(c, "") for c in letters)
    return "[" + first + r"](?<!\w.)(?:" + "|".join(f"(?<={w[0]}){w[1:]}" for w in alternatives) + ")"


_KEYWORD_IMAGE_PATTERN = re.compile(r"(?<![\w])" + _IMAGE_WORD + r"\.?\s*(?:nr\.?|no\.?|#|:)?\s*(\d{1,4})" + _RANGE
                                    + _NOT_AFTER, re.I)
_SERIES_IMAGE_PATTERN = re.compile(r"(?<![\w])" + _SERIES_WORD + r"\.?\s*(?:nr\.?|#|:)?\s*(\d{1,4})\s*"
                                   r"(?:[,;/:|]\s*|\s+)(?:[a-zäöü]{1,12}\.?\s*){0,2}?" + _IMAGE_WORD
                                   + r"\.?\s*(?:nr\.?|#|:)?\s*(\d{1,4})"
                                   + _RANGE + _NOT_AFTER, re.I)
_GLUED_PATTERN = re.compile(r"(?<![\w])" + _SERIES_WORD + r"\.?(\d{1,4})" + _IMAGE_WORD + r"\.?(\d{1,4})" + _RANGE
                            + _NOT_AFTER, re.I)
# the same patterns, each led by its first letters (`_led`): what `_generate` runs (mining speed 18: case-insensitive
# after the leading class only, which holds every case already: a class under `re.I` gives `re` no first characters)
def _led_pattern(original: re.Pattern[str], words: str) -> re.Pattern[str]:
    """`original` (case-insensitive, opening with `(?<![\\w])` + `words`) led by `_led(words)`'s class."""
    lead = _led(words)
    cut = lead.index("]") + 1
    return re.compile(lead[:cut] + "(?i:" + lead[cut:] + original.pattern[len(r"(?<![\w])" + words):] + ")")


_KEYWORD_IMAGE, _SERIES_IMAGE, _GLUED = (
    _led_pattern(p, w) for p, w in ((_KEYWORD_IMAGE_PATTERN, _IMAGE_WORD), (_SERIES_IMAGE_PATTERN, _SERIES_WORD),
                                    (_GLUED_PATTERN, _SERIES_WORD)))


@dataclass(frozen=True)
class Reading:
    """One way to read a group: a reference span, and where it came from (`source`: "grammar" for the grammar's
    own reading, else the generator's pattern name); `flipped`: the prior flag differs from the source's."""

    span: RefSpan
    source: str
    flipped: bool = False


def _span(m: re.Match[str], form: str, series: int | None, a: int, b: int | None) -> RefSpan:
    end = b if b is not None and b >= a else a
    return RefSpan(start=m.start(), end=m.end(), form=form, series=series, images=((a, end),))


def generated(text: str, s0: int, s1: int) -> list[RefSpan]:
    """The generator's readings in text[s0:s1] (current study; the caller adds the prior twins)."""
    out: list[RefSpan] = []
    _generate(text, s0, s1, out)
    return [r for r in out if max(r.images[-1][1], r.series or 0) < 1900  # a year ("11/2023", "Bild 2019")
            and not _no_series_s(text, r.start)]


# Mend of round 28b: a bare "S" right after a vertebral level and its slash or dash is the sacral level ("L5/S1, Bild
# 11", "L5-S1 image 11"); one whose number a table's cell border follows is a segment in its row's first cell ("Leber
# S6 | Img. 84 | Img. 81"): no series word either.
_LEVEL_BEFORE = re.compile(r"(?<![\w])" + LEVEL + r"\s*[/-]\s*$")  # refs-fix29: the shared level (S, T too)
_CELL_AFTER = re.compile(r"[sS]\s?\d{1,2}\s*\|")


def _no_series_s(text: str, start: int) -> bool:
    """Whether a reading at `start` opens with a bare "S" that is a sacral level or a row's segment (see above)."""
    return (text[start:start + 1] in ("S", "s") and not text[start + 1:start + 2].isalpha()
            and (_LEVEL_BEFORE.search(text, max(0, start - 12), start) is not None
                 or _CELL_AFTER.match(text, start) is not None))


def _generate(text: str, s0: int, s1: int, out: list[RefSpan]) -> None:
    for m in _PAIR.finditer(text, s0, s1):
        if level_number_at(text, m.start()):
            continue  # refs-fix29: "L4/5", "BWK 7/8", "C5-6", "T11/12": two vertebral levels, no series/image pair
        a, b = int(m.group(1)), int(m.group(3))
        c = int(m.group(4)) if m.group(4) else None
        sep = {"/": "sl", ":": "co", "#": "ha", "-": "hy"}[m.group(2)]
        out.append(_span(m, "x" + sep, a, b, c))
        if c is None:
            out.append(_span(m, "x" + sep + "r", b, a, None))
    for m in _SERIES_IMAGE.finditer(text, s0, s1):
        if _segment(text, m):
            continue
        out.append(_span(m, "xsi", int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in _GLUED.finditer(text, s0, s1):
        if _segment(text, m):
            continue
        out.append(_span(m, "xgl", int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in _KEYWORD_IMAGE.finditer(text, s0, s1):
        out.append(_span(m, "xim", None, int(m.group(1)), int(m.group(2)) if m.group(2) else None))


# Mend of round 28a: a one-letter "S" after an organ word is the organ's segment, no series ("Leber S6 | Img. 84",
# "liver S 8 image 40", "Lunge re. S6/Bild 12"; a side word may stand between). refs-fix29: the owner words are the
# class's (`anatomy_numbers`: coronary AHA segments, prostate sectors, kidney segments and poles too), shared with
# the grammar's compact form. Mend of round 29: the organ or vessel word itself and a number of its system only
# ("Lebermetastase S 5 Bild 40", "Leber S601 I40", "Niere links S 4 Bild 70" keep their series).
_ONE_LETTER = re.compile(r"(?i)s\b|s(?=\s?\d)")


def _segment(text: str, m: re.Match[str]) -> bool:
    """Whether the generator's series word at `m` is a one-letter "S" of an organ's segment (`segment_at`)."""
    return _ONE_LETTER.match(text, m.start()) is not None and segment_at(text, m.start())


def _flip(span: RefSpan) -> RefSpan:
    return RefSpan(start=span.start, end=span.end, form=span.form, series=span.series, images=span.images,
                   prior=not span.prior)


def _overlaps(a: RefSpan, b: RefSpan) -> bool:
    return a.start < b.end and b.start < a.end


def groups(text: str, window: tuple[int, int], grammar_refs: list[RefSpan]) -> list[list[Reading]]:
    """The window's groups in text order; a grammar reference's group starts with its own reading."""
    out: list[list[Reading]] = [[Reading(r, "grammar"), Reading(_flip(r), "grammar", True)] for r in grammar_refs]
    own = {(r.start, r.end, r.series, r.images) for r in grammar_refs}
    loose: list[list[Reading]] = []
    for span in generated(text, *window):
        if (span.start, span.end, span.series, span.images) in own:
            continue
        pair = [Reading(span, span.form), Reading(_flip(span), span.form, True)]
        home = next((g for g, r in zip(out, grammar_refs, strict=True) if _overlaps(r, span)), None)
        if home is not None:
            home.extend(pair)
            continue
        if span.form in BARE_ONLY_IN_GROUP:
            continue
        joined = next((g for g in loose if any(_overlaps(x.span, span) for x in g)), None)
        if joined is not None:
            joined.extend(pair)
        else:
            loose.append(pair)
    return sorted((_unique(g) for g in out + loose), key=lambda g: g[0].span.start)


def _unique(group: list[Reading]) -> list[Reading]:
    """One reading per (span, series, images, prior): the first source that gave it."""
    seen: set[tuple] = set()
    kept = []
    for x in group:
        key = (x.span.start, x.span.end, x.span.series, x.span.images, x.span.prior)
        if key not in seen:
            seen.add(key)
            kept.append(x)
    return kept
