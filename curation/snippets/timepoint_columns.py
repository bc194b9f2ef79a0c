"""Bare pairs in response tables whose caption names the timepoints in order (issue 16, round 24).

RECIST / iRECIST / Lugano lists and target-lesion tables often name their timepoints once, in a caption or header
line, and then give one value and one pair per timepoint in each row, separated as the caption separates them:

    Target lesions (baseline <date> / nadir <date> / today):        Lesion<TAB>Baseline <date><TAB>Today
    Liver S7: 24 mm [4/61] / 15 mm [5/58] / 18 mm [3/60]             Node<TAB>17 mm 7/71<TAB>12 mm 8/74

The k-th pair of a row is the k-th timepoint's image: the one timepoint named now (heute, aktuell, today, current,
now) is this study, every other one the prior study. A pair is the whole "n/m", "[n/m]", "(n/m)", "(n-m)" or
"(n:m)" right after a size ("24 mm", "12 x 8 mm", "2,1 cm"): series n, image m. Pairs the grammar reads already
("(Se 4 · Bi 61)") are left to it; `timepoints.prior_by_header` decides their study by the same caption.

Narrow on purpose: the caption must name every column's timepoint with exactly one now (`timepoints.header_sequence`),
and a row counts only when it holds exactly one size+pair per timepoint; a row of size ranges ("4-5 mm / 3-4 mm"),
blood pressures ("142/88 | 118/76"), dates or sums has no pair after a size and gives nothing. A month/year shape
("3/2025", "04/25") is no pair.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import RefSpan
from curation.snippets.pair_shapes import IMAGE_FIRST, month_year_like
from curation.snippets.timepoints import _header_label, ends_block, header_sequence, line_spans, opens_subheading

__all__ = ["timepoint_column_refs"]

_SIZE = r"\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)"
# The pair after the size: bare "7/53", or bracketed "[4/88]", "(6-41)", "(3:44)", "(5/66)".
_PAIR = (r"(?:(?P<s>[1-9]\d{0,2})/(?P<i>[1-9]\d{0,3})(?![\d/.,]\d|[/\d])|"
         r"(?P<open>[\[(])\s*(?P<bs>[1-9]\d{0,2})\s?[-/:]\s?(?P<bi>[1-9]\d{0,3})\s*[\])])")
_SIZE_PAIR = re.compile(r"(?i)(?<![\d.,])" + _SIZE + r"\s+" + _PAIR)
# Its cheap gate: a unit's last letter, space, a pair's first characters.
_GATE = re.compile(r"m\s+[\[(]?[1-9]\d{0,2}\s?[-/:]")


def timepoint_column_refs(text: str) -> list[RefSpan]:
    """The size+pair citations of the rows below a caption that orders the timepoints, `prior` set for every
    timepoint column but the now one."""
    if "\n" not in text or _GATE.search(text) is None:
        return []
    out: list[RefSpan] = []
    seq: list[str] | None = None
    image_first = series_named = False
    for a, b in line_spans(text):
        line = text[a:b]
        pairs = [m for m in _SIZE_PAIR.finditer(text, a, b)]
        if not pairs:
            if not line.strip() or not re.search(r"\d", line) or ends_block(line):
                seq = None  # a blank line, prose or a (sub-)heading ends the block
            if line.strip() and (found := header_sequence(line)) is not None:
                seq = found
                image_first, series_named = IMAGE_FIRST.search(line) is not None, _SERIES.search(line) is not None
            continue
        if opens_subheading(line):
            seq = None
        if seq is None or len(pairs) != len(seq):
            continue
        if not series_named and any(_fraction(m) for m in pairs):
            continue  # "12 mm 2/3 / 8 mm 1/3": fractions after a size, not pairs
        if (kinds := _row_kinds(text, a, b, pairs, seq)) is None:
            continue
        refs = [_ref(m, kind != "now", image_first) for m, kind in zip(pairs, kinds, strict=True)]
        out += [r for r in refs if r is not None]
    return out


# Round 23/24 review: a caption that writes the pair image first (`pair_shapes.IMAGE_FIRST`) swaps it; one that names
# series and image at all lets small pairs count.
_SERIES = re.compile(r"(?i)\b(?:Serie|Se|series|ser)\.?\b")
# A separator inside a row between two pairs' cells: the text before it is the earlier pair's, after it the next's.
_CELL_SEP = re.compile(r"\s[/|→]\s|;|,\s|→|\|")


def _fraction(m: re.Match[str]) -> bool:
    s, i = (m.group("s"), m.group("i")) if m.group("s") else (m.group("bs"), m.group("bi"))
    return int(s) <= 4 and int(i) <= 4


def _row_kinds(text: str, a: int, b: int, pairs: list[re.Match[str]], seq: list[str]) -> list[str] | None:
    """The timepoint of each pair of a row: the caption's order, unless the row labels its own pairs ("current 15 mm
    5/58; prior 24 mm 4/61", "15 mm 5/58 (heute) / 24 mm 4/61 (VU)"): then the row's labels when every pair has one
    and exactly one is now; None (no row) when the row's labels contradict the caption's order otherwise."""
    bounds = [a, *(m.end() for m in pairs)]
    heads, tails = [], []
    for k, m in enumerate(pairs):
        gap = text[bounds[k]:m.start()]
        cuts = list(_CELL_SEP.finditer(gap))
        head = gap[cuts[-1].end():] if cuts and k else gap
        if k:
            tails.append(gap[:cuts[0].start()] if cuts else "")
        heads.append(head)
    tails.append(text[pairs[-1].end():b])
    labels = []
    for head, tail in zip(heads, tails, strict=True):
        label = _header_label(re.sub(r"\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)", " ", head))
        labels.append(label[0] if label is not None else None or (_header_label(tail) or (None,))[0])
    if all(label is None for label in labels):
        return seq
    if all(label is not None for label in labels):
        own = ["now" if label == "now" else "prior" for label in labels]
        return own if own.count("now") == 1 else None
    agree = all(label is None or (label == "now") == (kind == "now") for label, kind in zip(labels, seq, strict=True))
    return seq if agree else None


def _ref(m: re.Match[str], prior: bool, image_first: bool = False) -> RefSpan | None:
    s, i = (m.group("s"), m.group("i")) if m.group("s") else (m.group("bs"), m.group("bi"))
    if month_year_like(s, i):
        return None
    if image_first:
        s, i = i, s
    start, end = (m.start("s"), m.end("i")) if m.group("s") else (m.start("open"), m.end())
    image = int(i)
    return RefSpan(start=start, end=end, form="mp", series=int(s), images=((image, image),), prior=prior)
