"""Bare "s/i" pairs after a measurement under a timepoint label (issue 16, round 20).

Target-lesion lists and follow-up tables cite each timepoint's image as a bare series/image pair right after the
size, with no series or image word, so the grammar (which starts at a keyword) never sees them:

    | Läsion | 14.02.2025 | heute |             Target lesion 1: today 31 mm 5/72, baseline 24 mm 4/70.
    | Leber  | 22 mm 4/61 | 27 mm 5/66 |        Zielläsion 2: Baseline 21 mm 2/88, heute 26 mm 3/91.

The label decides the study: a column header (a date, "Baseline", "Voruntersuchung", "prior" -> the prior study;
"heute", "today", "aktuell", "current" -> this one) or the word right before the size. The mechanism is narrow on
purpose, since a bare "n/m" is also a date or a fraction: the pair stands right after "<number> mm|cm", is not a date
("03/24", "12/2024", "03/10/2024") and not followed by a further "/"; and the same table or sentence labels both
timepoints (a today pair and a prior pair). "Knoten 6 mm 03/24", "7 mm over 1/3 of the circumference" stay no
reference.

Round 21 makes the scope the mechanism: a caption or a column header says what the bare pairs are, the column or
the word before the pair decides current vs prior, in any word order.
- A caption naming the pairs ("(Serie/Bild)", "Series/Image:", "Se/Bi", "series:image", "S/I"; not followed by a
  pair of its own on its line, which the grammar reads) scopes the lines after it up to a blank line or the next
  heading line: a caption line, or the header of a tab-separated table ("Lesion<TAB>Site<TAB>Series/Image").
  In its tables a bare "s/i" or "s:i" cell counts under a timepoint column ("| Läsion | aktuell | Voruntersuchung
  |"); in its other lines every bare pair counts, before or after its size ("now 4/33 18 mm, prior 3/30 15 mm",
  "VU 3/41 17 mm, jetzt 6/45 22 mm", a current-only row "now 4/77, not measurable"): the last timepoint word since
  the previous pair decides, none is current.
- A pipe table column whose header is an image word ("Image", "Bild aktuell", "Baseline image", "Se/Bi") holds bare
  pairs without a caption; its timepoint is its own, else the column before it ("| Current (mm) | Image | Baseline
  (mm) | Image |"), else (a table without a prior column) current.
Look-alikes stay: tables of sizes, dates, ratios and scores without a caption or image column, level pairs ("LWK
3/4"), dates, a pair followed by a unit.

Review of round 21 (these rows are added after the learned decision, so nothing else rejects them): a caption is a
heading or label (after its pair words only ")", a parenthesised note and ":" or the line end, or its line ends in
":"; at most 60 characters after its line's or sentence's start), not prose ("All series/images were reviewed.");
its scope is the list or table block after it (lines holding a pair, a tab or a list marker), not "up to a blank
line". One guard (`_pair_rejected`) rejects a scope row's pair that is a month/year, a clock time, an image below 10
(outside a table cell), a pair after a level/score/measure/window/phone word ("LW 4/5", "ASPECTS 8/10", "RR 120/80",
"W 400/40", "Call 555/1234") or before a unit or counted noun ("mmHg", "ml", "Gy", "HE", "positive", "of", "der"), or
a month/year after a date word ("vom 12/24" and the dates after it in its row). "outside", "extern…", "auswärtig…",
"VA" label the prior only before a study noun ("externes CT"; not "A. carotis externa"). An image column alone
(no caption, no timepoint or series column, or a plural "Images"/"Ref." header) names no pairs. A timepoint word in
a comparison phrase ("compared to prior 4/33") makes its pair the prior's only when the row also holds a current
pair; alone it is ambiguous and gives no row.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import replace

from curation.snippets.grammar import RefSpan
from curation.snippets.pair_shapes import IMAGE_FIRST, clock_like, image_first_block, month_year_like
from curation.snippets.timepoints import line_spans

__all__ = ["measured_pair_refs"]

_PAIR = r"(?<![\d/.,])([1-9]\d{0,2})/([1-9]\d{0,3})(?![\d/.,]\d|/|\d)"
_SIZE_PAIR = re.compile(r"(?i)\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\s+" + _PAIR)
_DATE = r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}/(?:19|20)\d\d)"
_STUDY_NOUN = (r"(?i:study|exam(?:ination)?|CT|MRT?|MRI|PET(?:-CT)?|scan|images?|Untersuchung|Aufnahmen?|Bilder|"
               r"Bildgebung|Voraufnahmen?|Befund|Vorbefund)")
_PRIOR_WORDS = (r"(?:baseline|BL|nadir|prior|previous(?:ly)?|formerly|before|earlier|comparison|Ausgangs(?:befund|"
                r"untersuchung)|Voruntersuchung|Vorbefund|Voraufnahme|VU|vormals|zuvor|vorher|früher|damals|initial|"
                r"Vergleich(?:suntersuchung)?|"
                # round 21: "Vor-CT", "Vor-MRT", "VB", outside studies
                r"Vor-?(?:CT|MRT?|MRI|PET(?:-CT)?|Sono|US)|(?-i:VB)|"
                # review: "outside", "extern…", "auswärtig…", "VA" name a study only with a study noun after them
                # ("A. carotis externa", "External iliac node", "VA links", "just outside the capsule" are anatomy)
                r"(?:outside|extern\w*|auswärtig\w*|(?-i:VA))(?=\s+(?:" + _STUDY_NOUN + r")(?!\w)))")
_NOW_WORDS = r"(?:heute|heutige[nrms]?|aktuell\w*|jetzt|nun|now|today|current(?:ly)?|follow-?up|FU|Kontrolle)"
_PRIOR_HEADER = re.compile(r"(?i)(?<![\w/])(?:" + _PRIOR_WORDS + r"\b|" + _DATE + r"(?![\d/]))")
_NOW_HEADER = re.compile(r"(?i)\b" + _NOW_WORDS + r"\b")
# The label right before the size: "today 31 mm", "Baseline: 21 mm", "vormals 8 mm", "on 12.03.2025 9 mm".
_TIMEPOINT = r"(?<!\w)(?P<now>" + _NOW_WORDS + r")|(?<!\w)(?P<prior>" + _PRIOR_WORDS + r")"
_LABEL_BEFORE = re.compile(r"(?i)(?:" + _TIMEPOINT + r"|(?P<date>" + _DATE + r"))\s*:?\s*"
                           r"(?:(?:ca\.|approx\.|about|noch|still)\s*)?$")
# Its cheap gate: a unit's last letter, space, a pair (a literal first character, which the regex engine skips to in C).
_GATE = re.compile(r"m\s+[1-9]\d{0,2}/[1-9]")
_ROW_END = re.compile(r"\n|[.;!?](?=\s)")


def _header_kinds(text: str, header: tuple[int, int]) -> list[str | None]:
    """Per cell of a table header line: "prior", "now" or None."""
    kinds: list[str | None] = []
    for a, b in row_cells(text, *header):
        cell = text[a:b]
        now, prior = _NOW_HEADER.search(cell), _PRIOR_HEADER.search(cell)
        kinds.append("now" if now and not prior else "prior" if prior and not now else None)
    return kinds


def _table_pairs(text: str) -> list[RefSpan]:
    out: list[RefSpan] = []
    lines = line_spans(text)
    kinds: list[str | None] | None = None
    for a, b in lines:
        if "|" not in text[a:b]:
            kinds = None
            continue
        if kinds is None:
            kinds = _header_kinds(text, (a, b))
            if "now" not in kinds or "prior" not in kinds:
                kinds = []  # a table without both timepoints: none of its cells is read here
            continue
        if not kinds:
            continue
        for k, (c0, c1) in enumerate(row_cells(text, a, b)):
            if k >= len(kinds) or kinds[k] is None:
                continue
            cell = text[c0:c1]
            s0 = c0 + len(cell) - len(cell.lstrip())
            m = _SIZE_PAIR.fullmatch(text, s0, max(s0, c0 + len(cell.rstrip())))
            if m is not None:
                out.append(_ref(m, kinds[k] == "prior"))
    return out


def _ref(m: re.Match[str], prior: bool) -> RefSpan:
    a = int(m.group(2))
    return RefSpan(start=m.start(1), end=m.end(2), form="mp", series=int(m.group(1)), images=((a, a),), prior=prior)


def _running_pairs(text: str) -> list[RefSpan]:
    out: list[RefSpan] = []
    found: list[tuple[re.Match[str], str]] = []
    for m in _SIZE_PAIR.finditer(text):
        if "|" in text[text.rfind("\n", 0, m.start()) + 1:m.start()]:
            continue  # a table cell: the header decides (`_table_pairs`)
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if label is not None:
            found.append((m, "now" if label.group("now") else "prior"))
    # both timepoints labelled in the same sentence or line
    k = 0
    while k < len(found):
        end = _ROW_END.search(text, found[k][0].end())
        stop = end.start() if end else len(text)
        group = [f for f in found[k:] if f[0].start() < stop]
        if {kind for _, kind in group} == {"now", "prior"}:
            out += [_ref(m, kind == "prior") for m, kind in group]
        k += len(group)
    return out


def _caption_after(text: str) -> bool:
    """Whether `re.search(r"[/:]\\s*[BbIi]", text)` finds one (the second half of `_CAPTION_GATE`), by `str.find` of
    each "/" and ":" (a regex scan led by a class steps through every character of every report)."""
    for sep in "/:":
        at = text.find(sep)
        while at >= 0:
            if _IMAGE_LETTER.match(text, at + 1) is not None:
                return True
            at = text.find(sep, at + 1)
    return False


def measured_pair_refs(text: str) -> list[RefSpan]:
    """The bare "s/i" pairs after a size under a timepoint label in `text`, and (round 21) the bare pairs a caption
    or an image column names (`prior` set for the earlier study)."""
    out: list[RefSpan] = []
    if "/" in text and _GATE.search(text) is not None:
        out = _table_pairs(text) + _running_pairs(text)
    lines: list[tuple[int, int]] | None = None
    scopes: list[tuple[int, int]] = []
    if _caption_after(text) and _CAPTION_GATE.search(text) is not None:
        lines = line_spans(text)
        scopes = _caption_scopes(text, lines)
    if "|" in text:
        lines = lines if lines is not None else line_spans(text)
        out += _cell_pairs(text, lines, scopes)
    if scopes and lines is not None:
        starts = [a for a, _ in lines]
        for a, b in scopes:
            out += _row_pairs(text, lines, bisect_right(starts, a) - 1, a, b)
    out.sort(key=lambda r: r.start)
    out = [r for k, r in enumerate(out) if not k or r.start >= out[k - 1].end]  # one reading per pair
    if out and IMAGE_FIRST.search(text) is not None:
        out = [_swapped(r) if len(r.images) == 1 and image_first_block(text, r.start) else r for r in out]
    return out


def _swapped(ref: RefSpan) -> RefSpan:
    """A bare pair read image/series (`pair_shapes.IMAGE_FIRST` above it): series and image exchanged."""
    return replace(ref, series=ref.images[0][0], images=((ref.series, ref.series),))


# Round 21: captions and image columns that name bare pairs.
_SERIES_WORD = r"(?:Serien?|Series|Ser\.?|Se|Sr\.?|(?-i:S))"
_IMAGE_WORD = r"(?:Bild(?:er)?|Images?|Img\.?|Ima|Im|Bi|(?-i:I|B))"
# Review: a caption is a heading or a label, not prose: after its pair words only a ")", a parenthesised note and a
# ":" or the line end may follow ("Zielläsionen (Serie/Bild):", "Messwerte als Serie/Bild (VU 02.02.2025):",
# "Verlauf (Se/Bi): Leber ...", "Nr<TAB>Befund<TAB>Serie/Bild"), or its line ends in ":" ("Angaben Serie/Bild, Vor-CT
# 9.1.2025:"); "All series/images were reviewed." and "Angaben in Se/Bi." are none.
_CAPTION = re.compile(r"(?im)(?<![\w/])" + _SERIES_WORD + r"\s*[/:]\s*" + _IMAGE_WORD + r"(?![\w/])"
                      r"(?![ \t]*:?[ \t]*\d)(?=\)?(?:[ \t]*\([^()\n]*\))?[ \t]*(?::|$)|[^\n]*:[ \t]*$)")
# Its cheap gate: the series word's last letter, "/" or ":", the image word's first letter.
_CAPTION_GATE = re.compile(r"[enrsENRS.]\s*[/:]\s*[BbIi]")
# ... asked only where its second half stands (`_caption_after`, mining speed 18)
_IMAGE_LETTER = re.compile(r"\s*[BbIi]")
_CAPTION_LEAD = 60  # the most characters before a caption since its line's or sentence's start (a heading)
_HEADING_END = re.compile(r":\s*$")
_BARE = r"([1-9]\d{0,3})\s?([/:])\s?([1-9]\d{0,3})"
_BARE_CELL = re.compile(r"\s*(?:\(\s*)?" + _BARE + r"(?:\s*\))?\s*")
_BARE_ROW = re.compile(r"(?<![\w/.,:#-])" + _BARE + r"(?![\w/]|[.,:]\d)")
# A row of a list or table in a caption's scope: it holds a bare pair, a tab or a list marker.
_LIST_ROW = re.compile(r"\s*(?:[-•*–]|[A-Za-z0-9]{1,2}[).:])\s|.*\t|.*(?<![\w/.,:#-])\d{1,4}\s?[/:]\s?\d")
# Review: what a pair in a scope's rows is not. A level, segment, grade, score, measure, window, phone or dose named
# right before it ("LWK 3/4", "LW 4/5", "ASPECTS 8/10", "EF 55/60", "RR 120/80", "W 400/40", "Call 555/1234"), ...
_NOT_PAIR_BEFORE = re.compile(
    r"(?i)(?:\b(?:[LHBS]WK?|Th|Segment|Segm?\.|level|Höhe|Etage|Grad|grade|score|Stadium|stage|RADS|Bosniak|Gleason|"
    r"ratio|Verhältnis|ASPECTS|Fazekas|L?V?EF|RR|BP|Blutdruck|CTDI\w*|DLP|Dosis|dose|W|WL|W/L|Fenster|window|"
    r"NYHA|NIHSS|GCS|mRS|Tanner|Kellgren|Call|Tel\.?|Telefon|phone|Fax|Pager|Durchwahl|ext\.?)|[x×*])\s*:?\s*$")
# ... a unit or a counted noun right after it ("120/80 mmHg", "5/10 ml", "2/3 Gy", "400/40 HE", "2/16 positive",
# "1/8 of circumference", "1/3 der Höhe"; "der VU" after a pair is a study label, no counted noun), ...
_NOT_PAIR_AFTER = re.compile(
    r"(?i)[ \t]*(?:(?:mm|cm|ml|l|mg|µg|g|kg|Gy|mGy|mSv|Sv|HE|HU|%|Uhr|h|min|s|bpm|mmol|Hz|kV|mAs|Grad\w*|degrees?|"
    r"Punkte?|points?|nodes?|Lymphknoten|LK|positiv\w*|negativ\w*|befallen\w*|involved|Segmente?|segments?)(?!\w)|"
    r"mmHg|(?:of|der|des|von)\b(?![ \t]+(?:the[ \t]+)?(?:VU|Vor\w*|prior|previous|comparison|baseline|outside)\b))")
# ... a month/year after a date word ("vom 12/24", "seit 3/25"; and the rows after one in the same line), ...
_DATE_WORD_BEFORE = re.compile(r"(?i)\b(?:vom|von|am|seit|bis|ab|Stand|Datum|date[d]?|on|from|since|until|as\s+of)"
                               r"\s*:?\s*$")
# ... and a comparison phrase makes a timepoint word after it the comparison's, not the pair's study (M5).
_COMPARED = re.compile(r"(?i)(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|versus|vs\.?|"
                       r"im\s+Vergleich\s+(?:zu[rm]?|mit)|verglichen\s+mit|gegenüber)\s+(?:(?:the|der|dem|den)\s+)?$")
_IMAGE_HEADER = re.compile(r"(?i)(?:" + _SERIES_WORD + r"\s*/\s*" + _IMAGE_WORD + r"(?![\w/])|Bild(?!er)|Image(?!s)|"
                           r"Img\.?|IMA|Ima|Schicht(?!en)|Slice(?!s)|key\s+image)")
_SERIES_IMAGE_HEADER = re.compile(r"(?i)" + _SERIES_WORD + r"\s*[/:]\s*" + _IMAGE_WORD + r"(?![\w/])|\bSerie|\bSeries")
_HEADER_FILLER = re.compile(r"(?i)(?:Nr|No|Nummer|number|size|Größe|Groesse|mm|cm|s:i|s/i)\.?")
_ROW_LABEL = re.compile(r"(?i)(?:" + _TIMEPOINT + r")(?!\w)")


def caption_scopes(text: str) -> list[tuple[int, int]]:
    """[start, end) after each caption naming bare series/image pairs: the rows of the list or table block after it
    (its lines holding a pair, a tab or a list marker), up to a blank line, a heading line or another line."""
    return _caption_scopes(text, line_spans(text))


def _caption_scopes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    scopes: list[tuple[int, int]] = []
    starts = [a for a, _ in lines]
    for m in _CAPTION.finditer(text):
        if scopes and m.start() < scopes[-1][1]:
            continue
        k = bisect_right(starts, m.start()) - 1
        lead = max([lines[k][0]] + [text.rfind(c, lines[k][0], m.start()) + 2 for c in (". ", "? ", "! ", "| ")])
        if m.start() - lead > _CAPTION_LEAD:
            continue  # the middle of a sentence, no heading
        end = lines[k][1]
        for a, b in itertools.islice(lines, k + 1, None):
            line = text[a:b]
            if not line.strip() or ("|" not in line and _HEADING_END.search(line)):
                break
            if "|" not in line and _LIST_ROW.match(line) is None:
                break
            end = b
        scopes.append((m.end(), end))
    return scopes


def _is_image_column(cell: str) -> bool:
    """A header cell that names the image (with timepoint or size words at most): "Image", "Bild aktuell"."""
    m = _IMAGE_HEADER.search(cell)
    if m is None:
        return False
    rest = cell[:m.start()] + " " + cell[m.end():]
    rest = _HEADER_FILLER.sub(" ", _PRIOR_HEADER.sub(" ", _NOW_HEADER.sub(" ", rest)))
    return not re.search(r"[^\W\d_]", rest)


def _column_roles(text: str, header: tuple[int, int]) -> tuple[list[str | None], list[bool]]:
    """Per header cell its timepoint ("now", "prior", None; an image column without one takes the column's before
    it) and whether it is an image column."""
    kinds = _header_kinds(text, header)
    cells = [text[a:b] for a, b in row_cells(text, *header)]
    images = [_is_image_column(c) for c in cells]
    # round 22a: only where image columns alternate with value columns ("| Current (mm) | Image | Baseline (mm) |
    # Image |"); one image column after both timepoints' sizes ("| aktuell (mm) | VU (mm) | Serie/Bild |") is today's
    alternating = sum(images) > 1
    for k in range(1, len(kinds)):
        if alternating and images[k] and kinds[k] is None and not images[k - 1]:
            kinds[k] = kinds[k - 1]
    return kinds, images


def _cell_pairs(text: str, lines: list[tuple[int, int]], scopes: list[tuple[int, int]]) -> list[RefSpan]:
    """Bare pair cells of pipe tables: under an image column of a table that also names a timepoint or a series
    (a header "Se/Bi", a series column) or has a caption, or under a timepoint column of a captioned table."""
    out: list[RefSpan] = []
    roles: tuple[list[str | None], list[bool]] | None = None
    for a, b in lines:
        if "|" not in text[a:b]:
            roles = None
            continue
        if roles is None:
            roles = _column_roles(text, (a, b))
            captioned = any(s <= a < e for s, e in scopes)
            has_prior = "prior" in roles[0]
            # review: an image column alone ("| Parameter | Wert | Ref. |", "| Sequence | Images |") names no pairs
            named = captioned or any(roles[0]) or _SERIES_IMAGE_HEADER.search(text, a, b) is not None
            continue
        for k, (c0, c1) in enumerate(row_cells(text, a, b)):
            if k >= len(roles[0]) or (m := _BARE_CELL.fullmatch(text, c0, c1)) is None:
                continue
            kind, image = roles[0][k], roles[1][k]
            if image and kind is None and (not has_prior or sum(roles[1]) == 1):
                kind = "now"  # one timepoint, or one image column after both timepoints' sizes: today's images
            if kind is not None and ((image and named) or captioned) and not _pair_rejected(text, m, cell=True):
                out.append(_bare_ref(m, kind == "prior"))
    return out


def row_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table line text[a:b] (a header's cells too)."""
    body = text[a:b]
    lead = len(body) - len(body.lstrip())
    if not body[lead:].startswith("|"):
        lead -= 1  # cells counted from a line without an outer pipe
    tail = len(body.rstrip())
    if tail > lead + 1 and body[tail - 1] == "|":
        tail -= 1  # the outer pipe closing the line
    cells, start = [], a + lead + 1
    for cell in text[a + lead + 1:a + tail].split("|"):
        cells.append((start, start + len(cell)))
        start += len(cell) + 1
    return cells


def _pair_rejected(text: str, m: re.Match[str], *, cell: bool, line_start: int = 0, dated: bool = False) -> bool:
    """The shared guard of a scoped bare pair (review of round 21): a month/year or leading zero, and outside a table
    cell a clock time ("um 14:32"), an image below 10, a level/score/measure/window/phone word before it, a
    unit or counted noun after it, a month/year after a date word (`dated`: one such date earlier in its row)."""
    s, sep, i = m.group(1), m.group(2), m.group(3)
    if month_year_like(s, i):
        return True
    if cell:
        return False  # a cell under a named image or timepoint column: "9:33" there is an image, no clock time
    if sep == ":" and clock_like(s, i):
        return True
    before = max(line_start, m.start() - 24)
    if int(i) < 10 or _NOT_PAIR_BEFORE.search(text, before, m.start()) or _NOT_PAIR_AFTER.match(text, m.end()):
        return True
    return month_year_like(s, i, short_year=True) and (dated or _DATE_WORD_BEFORE.search(text, before, m.start())
                                                       is not None)


def _bare_ref(m: re.Match[str], prior: bool) -> RefSpan:
    a = int(m.group(3))
    return RefSpan(start=m.start(1), end=m.end(3), form="mp", series=int(m.group(1)), images=((a, a),), prior=prior)


def _row_pairs(text: str, lines: list[tuple[int, int]], first: int, start: int, end: int) -> list[RefSpan]:
    """Bare pairs in the non-table lines of a caption's scope; the last timepoint word since the previous pair (or
    the line start) decides the study. A timepoint word inside a comparison phrase ("compared to prior 4/33",
    "im Vergleich zur VU 4/33") names what the row is compared with, not where its pair is: such a pair is the
    prior's only when its row holds a current pair too ("now 5/40 22 mm compared to prior 4/33 18 mm"); a row with
    that pair alone is ambiguous (the current lesion's image, or the prior's?) and gives no row. `first`: the index
    in `lines` of the line holding `start`."""
    out: list[RefSpan] = []
    for a, b in itertools.islice(lines, max(first, 0), None):
        if a >= end:
            break
        a = max(a, start)
        if b <= a or text[a:b].lstrip().startswith("|"):
            continue
        seg, dated = a, False
        row: list[tuple[RefSpan, bool]] = []
        for m in _BARE_ROW.finditer(text, a, b):
            tab_cell = text[m.start() - 1:m.start()] == "\t" and text[m.end():m.end() + 1] in ("\t", "\n", "")
            if _pair_rejected(text, m, cell=tab_cell, line_start=a, dated=dated):
                dated = dated or month_year_like(m.group(1), m.group(3), short_year=True)
                seg = m.end()
                continue
            labels = list(_ROW_LABEL.finditer(text, seg, m.start()))
            compared = bool(labels) and _COMPARED.search(text, seg, labels[-1].start()) is not None
            row.append((_bare_ref(m, bool(labels) and labels[-1].group("prior") is not None), compared))
            seg = m.end()
        has_now = any(not r.prior and not c for r, c in row)
        out += [r for r, c in row if not c or (r.prior and has_now)]
    return out
