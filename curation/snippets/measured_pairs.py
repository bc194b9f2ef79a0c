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
"""

from __future__ import annotations

import re

from curation.snippets.grammar import RefSpan
from curation.snippets.timepoints import line_spans

__all__ = ["measured_pair_refs"]

_PAIR = r"(?<![\d/.,])([1-9]\d{0,2})/([1-9]\d{0,3})(?![\d/.,]\d|/|\d)"
_SIZE_PAIR = re.compile(r"(?i)\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:mm|cm)\s+" + _PAIR)
_DATE = r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}/(?:19|20)\d\d)"
_PRIOR_WORDS = (r"(?:baseline|BL|nadir|prior|previous(?:ly)?|formerly|before|earlier|comparison|Ausgangs(?:befund|"
                r"untersuchung)|Voruntersuchung|Vorbefund|Voraufnahme|VU|vormals|zuvor|vorher|früher|damals|initial|"
                r"Vergleich(?:suntersuchung)?|"
                # round 21: "Vor-CT", "Vor-MRT", "VB", outside studies
                r"Vor-?(?:CT|MRT?|MRI|PET(?:-CT)?|Sono|US)|(?-i:VB|VA)|outside|extern\w*|auswärtig\w*)")
_NOW_WORDS = r"(?:heute|heutige[nrms]?|aktuell\w*|jetzt|nun|now|today|current(?:ly)?|follow-?up|FU|Kontrolle)"
_PRIOR_HEADER = re.compile(r"(?i)(?<![\w/])(?:" + _PRIOR_WORDS + r"\b|" + _DATE + r"(?![\d/]))")
_NOW_HEADER = re.compile(r"(?i)\b" + _NOW_WORDS + r"\b")
# The label right before the size: "today 31 mm", "Baseline: 21 mm", "vormals 8 mm", "on 12.03.2025 9 mm".
_LABEL_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?P<now>" + _NOW_WORDS + r")|(?<!\w)(?P<prior>" + _PRIOR_WORDS + r")|"
                           r"(?P<date>" + _DATE + r"))\s*:?\s*(?:(?:ca\.|approx\.|about|noch|still)\s*)?$")
# Its cheap gate: a unit's last letter, space, a pair (a literal first character, which the regex engine skips to in C).
_GATE = re.compile(r"m\s+[1-9]\d{0,2}/[1-9]")
_ROW_END = re.compile(r"\n|[.;!?](?=\s)")


def _header_kinds(text: str, header: tuple[int, int]) -> list[str | None]:
    """Per cell of a table header line: "prior", "now" or None."""
    kinds: list[str | None] = []
    for cell in text[header[0]:header[1]].strip().strip("|").split("|"):
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
        for k, (c0, c1) in enumerate(_row_cells(text, a, b)):
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


def measured_pair_refs(text: str) -> list[RefSpan]:
    """The bare "s/i" pairs after a size under a timepoint label in `text`, and (round 21) the bare pairs a caption
    or an image column names (`prior` set for the earlier study)."""
    out: list[RefSpan] = []
    if "/" in text and _GATE.search(text) is not None:
        out = _table_pairs(text) + _running_pairs(text)
    scopes = caption_scopes(text) if _CAPTION_GATE.search(text) is not None else []
    if "|" in text:
        out += _cell_pairs(text, scopes)
    for a, b in scopes:
        out += _row_pairs(text, a, b)
    out.sort(key=lambda r: r.start)
    return [r for k, r in enumerate(out) if not k or r.start >= out[k - 1].end]  # one reading per pair


# Round 21: captions and image columns that name bare pairs.
_CAPTION = re.compile(r"(?i)(?<![\w/])(?:Serien?|Series|Ser\.?|Se|Sr\.?|(?-i:S))\s*[/:]\s*"
                      r"(?:Bild(?:er)?|Images?|Img\.?|Ima|Im|Bi|(?-i:I|B))(?![\w/])(?![ \t]*:?[ \t]*\d)")
_CAPTION_GATE = re.compile(r"[/:]\s?[BbIi]")
_HEADING_END = re.compile(r":\s*$")
_BARE = r"([1-9]\d{0,3})\s?([/:])\s?([1-9]\d{0,3})"
_BARE_CELL = re.compile(r"\s*(?:\(\s*)?" + _BARE + r"(?:\s*\))?\s*")
_BARE_ROW = re.compile(r"(?<![\w/.,:#-])" + _BARE + r"(?![\w/]|[.,:]\d|\s*(?:mm|cm|%|Uhr|h)\b)")
# A level, segment or grade before a pair: "LWK 3/4", "Segment 4/8", "Bosniak 2/3" are no citation.
_NOT_PAIR_BEFORE = re.compile(r"(?i)(?:\b(?:LWK|HWK|BWK|SWK|Th|Segment|Segm?\.|level|Höhe|Etage|Grad|grade|score|"
                              r"Stadium|stage|RADS|Bosniak|Gleason|ratio|Verhältnis)|[x×*])\s*:?\s*$")
_IMAGE_HEADER = re.compile(r"(?i)(?:Serie\s*/\s*Bild|Series\s*/\s*Image|Se\s*/\s*Bi|Ser\s*/\s*Img|(?-i:S\s*/\s*I)|"
                           r"Bild(?:er)?|Images?|Img\.?|IMA|Ima|Schicht|Slice|key\s+image|Ref\.?)")
_HEADER_FILLER = re.compile(r"(?i)(?:Nr|No|Nummer|number|size|Größe|Groesse|mm|cm|s:i|s/i)\.?")
_ROW_LABEL = re.compile(r"(?i)(?:(?<!\w)(?P<now>" + _NOW_WORDS + r")|(?<!\w)(?P<prior>" + _PRIOR_WORDS + r"))(?!\w)")


def caption_scopes(text: str) -> list[tuple[int, int]]:
    """[start, end) after each caption naming bare series/image pairs, up to a blank line or a heading line."""
    scopes: list[tuple[int, int]] = []
    for m in _CAPTION.finditer(text):
        if scopes and m.start() < scopes[-1][1]:
            continue
        end, pos = len(text), text.find("\n", m.end())
        while pos >= 0:
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1:nxt if nxt >= 0 else len(text)]
            if not line.strip() or ("|" not in line and _HEADING_END.search(line)):
                end = pos
                break
            pos = nxt
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
    cells = text[header[0]:header[1]].strip().strip("|").split("|")
    images = [_is_image_column(c) for c in cells]
    # round 22a: only where image columns alternate with value columns ("| Current (mm) | Image | Baseline (mm) |
    # Image |"); one image column after both timepoints' sizes ("| aktuell (mm) | VU (mm) | Serie/Bild |") is today's
    alternating = sum(images) > 1
    for k in range(1, len(kinds)):
        if alternating and images[k] and kinds[k] is None and not images[k - 1]:
            kinds[k] = kinds[k - 1]
    return kinds, images


def _cell_pairs(text: str, scopes: list[tuple[int, int]]) -> list[RefSpan]:
    """Bare pair cells of pipe tables: under an image column, or under a timepoint column of a captioned table."""
    out: list[RefSpan] = []
    roles: tuple[list[str | None], list[bool]] | None = None
    for a, b in line_spans(text):
        if "|" not in text[a:b]:
            roles = None
            continue
        if roles is None:
            roles = _column_roles(text, (a, b))
            captioned = any(s <= a < e for s, e in scopes)
            has_prior = "prior" in roles[0]
            continue
        for k, (c0, c1) in enumerate(_row_cells(text, a, b)):
            if k >= len(roles[0]) or (m := _BARE_CELL.fullmatch(text, c0, c1)) is None:
                continue
            kind, image = roles[0][k], roles[1][k]
            if image and kind is None and (not has_prior or sum(roles[1]) == 1):
                kind = "now"  # one timepoint, or one image column after both timepoints' sizes: today's images
            if kind is not None and (image or captioned) and not _date_like(m):
                out.append(_bare_ref(m, kind == "prior"))
    return out


def _row_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table line text[a:b], counted as `_header_kinds` counts the header's."""
    body = text[a:b]
    lead = len(body) - len(body.lstrip())
    if not body[lead:].startswith("|"):
        lead -= 1  # cells counted from a line without an outer pipe
    cells, start = [], a + lead + 1
    for cell in text[a + lead + 1:b].split("|"):
        cells.append((start, start + len(cell)))
        start += len(cell) + 1
    return cells


def _date_like(m: re.Match[str]) -> bool:
    """A month/year ("3/2025") or a number with a leading zero ("04/25") is no pair."""
    s, i = int(m.group(1)), int(m.group(3))
    return (s <= 12 and 1900 <= i <= 2099) or m.group(1).startswith("0")


def _bare_ref(m: re.Match[str], prior: bool) -> RefSpan:
    a = int(m.group(3))
    return RefSpan(start=m.start(1), end=m.end(3), form="mp", series=int(m.group(1)), images=((a, a),), prior=prior)


def _row_pairs(text: str, start: int, end: int) -> list[RefSpan]:
    """Bare pairs in the non-table lines of a caption's scope; the last timepoint word since the previous pair (or
    the line start) decides the study."""
    out: list[RefSpan] = []
    for a, b in line_spans(text[:end]):
        a, b = max(a, start), b
        if b <= a or text[a:b].lstrip().startswith("|"):
            continue
        seg = a
        for m in _BARE_ROW.finditer(text, a, b):
            if _NOT_PAIR_BEFORE.search(text, max(a, m.start() - 12), m.start()) or _date_like(m):
                continue
            labels = list(_ROW_LABEL.finditer(text, seg, m.start()))
            out.append(_bare_ref(m, bool(labels) and labels[-1].group("prior") is not None))
            seg = m.end()
    return out
