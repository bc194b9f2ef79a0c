"""Bare citations in the image columns of plain-text tables, their series and study given once (issue 16, round 31a).

Lesion-tracking and measurement tables name the series, the notation and the timepoint once, and give bare numbers
in the rows:

    Verlauf Lymphknoten, Serie 2 in allen Spalten         Knötchenliste (Ser./Imm.):
    Station | jetzt Bild | SUVmax vorher/jetzt            #  Lokalisation   Ser./Imm. heute   Ser./Imm. Runde 1
    zervikal links IV | 46 | 12,4/3,1                     1  OL rechts      2/61              2/58

A table is a block of two or more lines split into cells the same way: by "|", by tabs, or by runs of two or more
spaces. Its first line is the header; the lines right above it (up to a blank line, at most `_CONTEXT_LINES`) are its
caption and legend. Only the cells of an *image column* are read, and the header decides which those are, never a
number's shape alone:
- an image word in the header cell ("Bild", "Bilder (1101 / 1801)", "Interim image", "Today (se 20)"): the cell's
  bare numbers, lists ("102, 104") and ranges ("22–26") are images; their series is the one the header cell names,
  else the one the caption names for the column's study (`_context_series`), else none when the caption names none;
- a pair notation ("Se/Im", "S:I", "Ser./Imm.", "Serie/Bild", "series/image") in the header cell, or in the caption
  over a header whose cell names a timepoint ("2024", "Today", "Nadir 11/2024"): each "n/m" / "n:m" pair of the
  cell is series n, image m (a month/year shape is none);
- a series named in the header cell over "Bild N" cells ("unser CT (Serie 3)"): the grammar reads the cell, this
  pass gives it the column's series and study.
The study of a cell: its column's timepoint (`timepoints._column_label`: now-words this study; prior, baseline,
nadir, dates, outside-study words an earlier one, where the header also has a now column or only one dated one),
else the row's first cell's timepoint ("2021 | 3/55", "today | Se 4 Im 151").
Size, HU, volume, SUV, score, segment, level, date and lesion-number columns have no image word and stay unread;
a header without an image column gives nothing (`column_cell_refs` returns [] for those tables).

Mend of round 31a: a header image word is a whole word ("Im"/"IM"/"Bi" as written, never before a hyphen or a
lower-case word: "BI-RADS", "Lage im Segment") with nothing but timepoint, series, number, modality and notation words
beside it (`_image_header`: not "Anzahl Bilder"); a protocol header ("Sequenz | Bilder | Schichtdicke", a dose, TR/TE)
has no image column. Header cells also take "Vor-Unt.", "akt.", "alt"/"neu" as timepoints (`_header_cell_label`); two
image columns without a timepoint give nothing. Date row labels beside no "heute" row: the latest is today's only
where the text outside the table names it as its exam's date (`_own_date`), else those rows give nothing. A bracketed
or footnote line right below a table is part of its caption ("(alle Bilder Serie 5)").

`mine._mine` puts these in place of any reference the grammar read at the same place (the header knows the cell's
series and study better than the sentence does). Cheap gate: a text without a line break, or without a table-like
line and an image or notation word, is not split at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from curation.snippets.grammar import SERIES_MENTION, RefSpan
from curation.snippets.pair_shapes import IMAGE_FIRST, month_year_like
from curation.snippets.timepoints import _ANY_DATE, _column_label, line_spans
from curation.snippets.timepoints import _header_label as _timepoint_of

__all__ = ["IMAGE_CITED", "column_cell_refs"]

_CONTEXT_LINES = 3
# a caption right below a table (mend of round 31a): a line wholly in brackets, or a footnote ("* alle Bilder Serie 5")
_CAPTION_BELOW = re.compile(
    r"(?i)\s*(?:\([^()\n]*\)[\s.]*|(?:\*+|†|Alle|All|Legende|Legend|Note|Hinweis|Anm\.)\s[^\n]*)"
)
_ROW_LABEL_CHARS = 16
_HEADER_CHARS = 30
# a cell's image word
IMAGE_WORDS = r"(?:Bild(?:er)?|Bi|images?|img|im|imm)"
# A header cell's image word (mend of round 31a): whole words only; the short viewer labels "Im"/"IM"/"Bi" as written
# (never "im", "BI"), and never before a hyphen or a lower-case word ("BI-RADS", "Lage im Segment", "Im Verlauf")
_IMAGE_WORD = re.compile(
    r"(?<![\w/-])(?:(?i:Bild(?:er)?|images?|img|imm|Schicht(?:en)?|slices?)\b\.?|"
    r"(?-i:Im|IM|Bi)\b\.?(?![ \t]*(?:-|[a-zäöüß])))(?![/:-])"
)
# the other words a header cell of an image column may hold beside its image word (mend of round 31a): series and
# number words, a modality, the column's timepoint (`_header_label`); "Anzahl Bilder", "Lage im Segment" are no such
_COLUMN_WORD = re.compile(
    r"(?i)(?:Se|Ser|Serien?|Series|Sér|Nr|No|CT|MRT?|MRI|PET(?:-CT)?|Sono|US|Runde|round|Unt|Untersuchung|exam|"
    r"study|scan|vom|von|from|of|the|der|am|on)\.?"
)
_COUNT = re.compile(r"(?i)\b(?:Anzahl|Zahl|number\s+of|No\.?\s+of|count|total|gesamt|Summe)\b|#|\bn\s*=")
# a protocol table's other columns ("Sequenz | Bilder | Schichtdicke"): its image column counts images, cites none
_PROTOCOL = re.compile(
    r"(?i)\b(?:Sequenz\w*|Sequen(?:ce|zen)s?|Protokoll\w*|Protocols?|Technik|Technique|Schichtdicke|slice\s+thickness|"
    r"Dosis|dose|Delay|(?-i:TR|TE|TI|FOV|DLP|CTDI\w*|kV|mAs|mGy))\b(?!-)"  # not "TI-RADS"
)
# column-header timepoint words the sentence readers do not take ("Vor-Unt. Bild | akt. Bild", "Bild alt | Bild neu")
_COLUMN_EARLIER = re.compile(r"(?i)(?<![\w-])(?:Vor-?U(?:nt)?\.|Vor-?Unt\w*|alt|früher\w*|previous)(?![\w-])")
_COLUMN_NOW = re.compile(r"(?i)(?<![\w-])(?:akt\.|aktuell|neu|jetzt|current)(?![\w-])")
_NOTATION = re.compile(r"(?i)(?<!\w)(?:S|Se|Ser|Serie|Series|Sér)\.?\s?[/:]\s?(?:I|Im|Img|Imm|Bi|Bild|image)\b")
# a table-like line: a bar between two cells, a tab, or a run of spaces between two words
_TABLE_LINE = re.compile(r"\S[ \t]*\|[ \t]*\S|\S\t|\S {2,}\S")
_GATE_WORD = re.compile(r"(?i)\b(?:Bild|Bilder|Bi|images?|img|im|imm|S:I|Se|Ser|Serien?|series)\b")
_NOW_EXTRA = re.compile(r"(?i)\b(?:unser\w*|hiesig\w*|our|this)\b")
# an outside study's column ("auswärtiges CT (Serie 2)"); not "extern" alone ("LK iliakal extern")
_OUTSIDE = re.compile(
    r"(?i)\b(?:auswärtig\w*|Fremd(?:aufnahme|bild|befund|untersuchung)\w*|outside|"
    r"externe[nrsm]?\s+(?:CT|MRT?|Untersuchung|Aufnahme)|external\s+(?:CT|MRI?|study|scan))\b"
)
_EMPTY = re.compile(r"[\s–—-]*|\(?[^\d]*\)?")
_NUMBERS = re.compile(
    r"(?i)^\s*(?:" + IMAGE_WORDS + r"\.?\s*)?"
    r"(?P<list>[1-9]\d{0,3}(?:\s*[-–]\s*[1-9]\d{0,3})?(?:\s*(?:,|/|und|and|&)\s*[1-9]\d{0,3}"
    r"(?:\s*[-–]\s*[1-9]\d{0,3})?)*)\s*$"
)
_ITEM = re.compile(r"([1-9]\d{0,3})(?:\s*[-–]\s*([1-9]\d{0,3}))?")
_PAIR = re.compile(
    r"(?<![\w./:])([1-9]\d{0,3})\s?([/:])\s?([1-9]\d{0,3})(?:\s*[-–]\s*([1-9]\d{0,3}))?"
    r"(?![\w/:]|[.,]\d)"
)
_POSITIONAL = re.compile(r"\((\d{2,4})\s*/\s*(\d{2,4})\)")  # "Bilder (1101 / 1801)": a series per position
_VALUE_HEADER = re.compile(r"(?i)\b(?:Größe|size|HU|SUV\w*|mm|ml|cm|Vol\w*|Durchmesser|diameter|Score)\b")
_DECLARED = re.compile(r"(?i)\bseries/image|\bSerien?/Bild")
_SERIES_ONLY = re.compile(r"(?i)\s*(?:Serien?|Series|Se|Ser)\.?(?:[\s-]*(?:Nr|No)\.?)?\s*")
# an image word before its number ("Bild 44", "image 9"): `series_legend` reads the same citations
IMAGE_CITED = re.compile(r"(?i)\b" + IMAGE_WORDS + r"\.?(?=\s?\d)")
_INTERIM = re.compile(r"(?i)\binterim")
# (compiled once here, not per call: rt7)
_TAB_CELL = re.compile(r"[^\t]+")
_SPACE_CELL = re.compile(r"\S+(?: \S+)*")
_SPACE_GAP = re.compile(r"\S {2,}\S")
_RULE_LINE = re.compile(r"[\s|:+-]*")
_TOKEN_SPLIT = re.compile(r"[\s()\[\],;:/]+")
_LETTER = re.compile(r"[^\W\d_]")
_PART_SPLIT = re.compile(r";|\.\s")
_NOW_IN_PART = re.compile(r"(?i)\baktuell|\bheute|today")
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:seit|since|bis|until)\s*$")
_WORD_SPAN = re.compile(r"\S+")
_CELL_IMAGE = re.compile(r"(?i)(?:Bild|Bi|images?|img|im)\.?\s*([1-9]\d{0,3})\b")


@dataclass(frozen=True)
class _Column:
    """One image column of a header: its kind ("image", "pair", "series"), its header series, its study."""

    index: int
    span: tuple[int, int, int]  # the header cell's start and end within its line, the next cell's start
    kind: str
    series: tuple[int, ...]  # "pair": the series its pairs may name (empty: any)
    prior: bool | None


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of a table line, offsets within the line."""
    if "|" in line:
        bounds = [-1, *(i for i, c in enumerate(line) if c == "|"), len(line)]
        raw = [(a + 1, b) for a, b in pairwise(bounds)]
    else:
        raw = [m.span() for m in (_TAB_CELL if "\t" in line else _SPACE_CELL).finditer(line)]
    out = []
    for a, b in raw:
        cell = line[a:b]
        if cell.strip():
            out.append((a + len(cell) - len(cell.lstrip()), b - len(cell) + len(cell.rstrip())))
    return out


def _unbalanced(cell: str) -> bool:
    return cell.count("(") != cell.count(")") or cell.count("[") != cell.count("]")


def _spans(cells: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Each cell's (start, end, the next cell's start)."""
    return [(a, b, cells[k + 1][0] if k + 1 < len(cells) else 1 << 20) for k, (a, b) in enumerate(cells)]


def _kind(line: str) -> str | None:
    if "|" in line:
        return "|"
    if "\t" in line:
        return "\t"
    return " " if _SPACE_GAP.search(line) else None


def _blocks(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(context lines, table lines) of each block of two or more table lines of one kind (pipe rule lines dropped)."""
    lines = line_spans(text)
    out = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        kind = _kind(text[a:b])
        if kind is None:
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and _kind(text[lines[j + 1][0] : lines[j + 1][1]]) == kind:
            j += 1
        table = [ln for ln in lines[k : j + 1] if not _RULE_LINE.fullmatch(text[ln[0] : ln[1]])]
        if len(table) >= 2:
            context = []
            for c in range(k - 1, max(-1, k - 1 - _CONTEXT_LINES), -1):
                if not text[lines[c][0] : lines[c][1]].strip():
                    break
                context.insert(0, lines[c])
            below = lines[j + 1] if j + 1 < len(lines) else None
            if below is not None and _caption_below(text[below[0] : below[1]]):
                context.append(below)
            out.append((context, table))
        k = j + 1
    return out


def _caption_below(line: str) -> bool:
    """Whether a line right below a table is its caption ("(alle Bilder Serie 5)"): bracketed or a footnote, citing
    no image itself."""
    return _CAPTION_BELOW.fullmatch(line) is not None and IMAGE_CITED.search(line) is None


def _label(cell: str) -> str | None:
    """The timepoint a header or row cell names: "now", "prior", "date" or None."""
    if _NOW_EXTRA.search(cell):
        return "now"
    if _OUTSIDE.search(cell):
        return "prior"
    found = _column_label(cell)
    if found is None:
        return None
    return "now" if found[0] == "now" else "date" if found[0] == "date" else "prior"


def _only_column_words(rest: str) -> bool:
    """Whether a header cell's words beside its image word are only image, series, number, modality and timepoint
    words ("jetzt Bild", "Bild (Se 4)", "Bilder (1101 / 1801)", "Vor-Unt. Bild"; not "Anzahl", "Lage im Segment")."""
    rest = _IMAGE_WORD.sub(" ", _NOTATION.sub(" ", SERIES_MENTION.sub(" ", rest)))
    for token in _TOKEN_SPLIT.split(rest):
        if _LETTER.search(token) is None or _COLUMN_WORD.fullmatch(token) or _label(token) is not None:
            continue
        if _COLUMN_EARLIER.fullmatch(token) is None and _COLUMN_NOW.fullmatch(token) is None:
            return False
    return True


def _header_cell_label(cell: str) -> str | None:
    """The timepoint a header cell names: `_label`'s, else a column word ("Vor-Unt.", "akt.", "alt", "neu", "previous")
    in a cell that holds nothing else but image, series and notation words."""
    if (found := _label(cell)) is not None:
        return found
    earlier, now = _COLUMN_EARLIER.search(cell), _COLUMN_NOW.search(cell)
    if (earlier is None) == (now is None):
        return None
    word = earlier or now
    assert word is not None
    alone = _only_column_words(cell[: word.start()] + " " + cell[word.end() :])
    return None if not alone else "prior" if earlier else "now"


def _image_header(cell: str) -> bool:
    """Whether a header cell heads image numbers: an image word and nothing but column words beside it, no count."""
    word = _IMAGE_WORD.search(cell)
    return (
        word is not None
        and _COUNT.search(cell) is None
        and _only_column_words(cell[: word.start()] + " " + cell[word.end() :])
    )


def _columns(header: str, context: str) -> list[_Column]:
    """The image columns of a header line under its caption/legend text `context`."""
    if IMAGE_CITED.search(header):
        return []  # a first line that cites an image is a row, no header ("Serie 4 | Adenom | Bild 40")
    cells = _cells(header)
    if any(_unbalanced(header[a:b]) for a, b in cells):
        return []  # a caption or prose split inside a bracket ("Messläsionen (aktuell Se/Bi | VU Se/Bi):")
    labels = [_header_cell_label(header[a:b]) for a, b in cells]
    protocol = [_PROTOCOL.search(header[a:b]) is not None for a, b in cells]
    has_now = "now" in labels
    dated = labels.count("date")
    declared = _NOTATION.search(context) is not None or _DECLARED.search(context) is not None
    named = tuple(sorted(_named(context)))
    if any(_SERIES_ONLY.fullmatch(header[a:b]) for a, b in cells):
        return []  # a "Serie | Bild" table: `table.table_refs` reads its rows
    out = []
    for k, (a, b, nxt) in enumerate(_spans(cells)):
        cell = header[a:b]
        label = labels[k]
        prior = None if label is None else label == "prior" or (label == "date" and (has_now or dated == 1))
        series = tuple(int(m.group(1)) for m in SERIES_MENTION.finditer(cell))
        series += tuple(int(n) for pair in _POSITIONAL.findall(cell) for n in pair)
        if _VALUE_HEADER.search(cell) or len(cell) > _HEADER_CHARS:
            continue  # a value column, or a caption run into the header ("Zielläsionen (Serie 4), Spalten heute")
        if _NOTATION.search(cell):
            out.append(_Column(k, (a, b, nxt), "pair", (), prior))
        elif _image_header(cell) and not any(protocol[:k] + protocol[k + 1 :]):
            out.append(_Column(k, (a, b, nxt), "image", series, prior))
        elif series and label is not None and k:
            out.append(_Column(k, (a, b, nxt), "series", series, prior))
        elif label is not None and k and (declared or named):
            out.append(_Column(k, (a, b, nxt), "pair", () if declared else named, prior))
    if len(out) == 1 and out[0].prior and _INTERIM.search(header[out[0].span[0] : out[0].span[1]]):
        out = [replace(out[0], prior=None)]  # an interim report's one image column is its own
    if [c.prior for c in out].count(False) == 1 and len(out) > 1:
        out = [replace(c, prior=True) if c.prior is None else c for c in out]  # "heute" beside "Runde 1"
    if [c.prior for c in out].count(None) > 1:
        return []  # two image columns without a timepoint cannot both be today's (mend of round 31a)
    return out


def _context_series(context: str, prior: bool | None, own: tuple[int, int, int] | None = None) -> int | None:
    """The one series the caption/legend names for a column of study `prior` (a line with a prior word names the
    earlier study's series; a date names it too, unless it is the report's own date `own`: "CT 05/2025, Nebenniere
    li (Serie 5):" over rows "11/2024" and "05/2025"); None when it names none or several."""
    now: set[int] = set()
    earlier: set[int] = set()
    for line in context.split("\n"):
        for part in _PART_SPLIT.split(line):
            found = {int(m.group(1)) for m in SERIES_MENTION.finditer(part)}
            if not found:
                continue
            label = _label(part)
            if (
                label == "date"
                and own is not None
                and any(
                    (key := _date_of(m.group())) is not None and _same_day(key, own) for m in _ANY_DATE.finditer(part)
                )
            ):
                label = "now"
            (earlier if label in ("prior", "date") and not _NOW_IN_PART.search(part) else now).update(found)
    pool = earlier if prior and earlier else now - earlier if now - earlier else now
    return next(iter(pool)) if len(pool) == 1 else None


def _named(context: str) -> set[int]:
    return {int(m.group(1)) for m in SERIES_MENTION.finditer(context)}


def _row_label(row: str, cells: list[tuple[int, int]]) -> str | None:
    """A row's first cell when it is a short label, else None."""
    if not cells or cells[0][1] - cells[0][0] > _ROW_LABEL_CHARS:
        return None
    return row[cells[0][0] : cells[0][1]]


def _row_study(label: str | None, has_now_row: bool, own: tuple[int, int, int] | None) -> str | None:
    """The study a row's label names ("2021", "03/2024", "heute"): "now", "prior", None (no timepoint), or "open": a
    date beside no "heute" row that is not the report's own date `own` while the report names none (mend of round
    31a: the latest date is today's only where the report says so)."""
    kind = None if label is None else _label(label)
    if kind == "now":
        return "now"
    if kind == "prior" or (kind == "date" and has_now_row):
        return "prior"
    if kind == "date":
        return "open" if own is None else "now" if _date_of(label) == own else "prior"
    return None


def _date_of(label: str | None) -> tuple[int, int, int] | None:
    found = None if label is None else _timepoint_of(label)
    return found[1] if found is not None and found[0] == "date" else None  # type: ignore[return-value]


def _same_day(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether two (year, month, day) keys can be the same day (a 0 is unknown)."""
    return all(x == y or 0 in (x, y) for x, y in zip(a, b, strict=True))


def _own_date(text: str, span: tuple[int, int], labels: list[str | None]) -> tuple[int, int, int] | None:
    """The latest date among a table's row labels where the text outside the table (`span`) names it as its own
    exam's date ("CT Thorax vom 14.05.2025", "CT 05/2025, Nebenniere li"; not "Vergleich mit dem CT vom ...")."""
    keys = [k for k in map(_date_of, labels) if k is not None]
    if not keys or keys.count(latest := max(keys)) > 1:
        return None
    for m in _ANY_DATE.finditer(text):
        if span[0] <= m.start() < span[1]:
            continue
        before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40) : m.start()]
        if _label(before) == "prior" or _UNTIL_BEFORE.search(before):
            continue
        if (key := _date_of(m.group())) is not None and _same_day(key, latest):
            return latest
    return None


def _cell_at(row: str, cells: list[tuple[int, int]], column: _Column, n_header: int) -> tuple[int, int] | None:
    """The row cell under `column`: by index when the row has as many cells as the header, else (a space-aligned
    row with a single space somewhere) the words that start under the header cell, up to the next one's start."""
    if len(cells) == n_header:
        return cells[column.index]
    if "|" in row or "\t" in row:
        return None
    words = [m.span() for m in _WORD_SPAN.finditer(row) if column.span[0] - 1 <= m.start() < column.span[2]]
    return (words[0][0], words[-1][1]) if words else None


def column_cell_refs(text: str) -> tuple[list[RefSpan], list[tuple[int, int]]]:
    """The references of the image-column cells of every table in `text` (see the module), and the spans of the
    cells under a value column (size, HU, SUV, volume) of those tables: no citation stands there ("8 / 10" under
    "Size (mm)")."""
    if "\n" not in text or _TABLE_LINE.search(text) is None or _GATE_WORD.search(text) is None:
        return [], []
    out: list[RefSpan] = []
    vetoed: list[tuple[int, int]] = []
    for context_lines, table in _blocks(text):
        context = "\n".join(text[a:b] for a, b in context_lines)
        h0, h1 = table[0]
        header = text[h0:h1]
        columns = _columns(header, context)
        if not columns:
            continue
        header_cells = _cells(header)
        values = [
            _Column(k, c, "value", (), None)
            for k, c in enumerate(_spans(header_cells))
            if _VALUE_HEADER.search(header[c[0] : c[1]]) and c[1] - c[0] <= _HEADER_CHARS
        ]
        swap = IMAGE_FIRST.search(context + "\n" + header) is not None
        n_header = len(header_cells)
        rows = [(a, b, _cells(text[a:b])) for a, b in table[1:]]
        labels = [_row_label(text[a:b], cells) for a, b, cells in rows]
        has_now_row = any(cells and _label(text[a:b][cells[0][0] : cells[0][1]]) == "now" for a, b, cells in rows)
        own = None if has_now_row else _own_date(text, (table[0][0], table[-1][1]), labels)
        for (a, b, cells), label in zip(rows, labels, strict=True):
            row = text[a:b]
            row_study = _row_study(label, has_now_row, own)
            for column in values:
                if (cell := _cell_at(row, cells, column, n_header)) is not None:
                    vetoed.append((a + cell[0], a + cell[1]))
            for column in columns:
                cell = _cell_at(row, cells, column, n_header)
                if cell is None:
                    continue
                if column.prior is None and row_study == "open":
                    continue
                prior = column.prior if column.prior is not None else row_study == "prior"
                out += _cell_refs(text, a + cell[0], a + cell[1], column, prior, context, swap, own)
    return out, vetoed


def _cell_refs(
    text: str,
    start: int,
    end: int,
    column: _Column,
    prior: bool,
    context: str,
    swap: bool,
    own_date: tuple[int, int, int] | None = None,
) -> list[RefSpan]:
    cell = text[start:end]
    if _EMPTY.fullmatch(cell):
        return []
    if (own := _label(cell)) is not None:
        prior = own != "now"  # the cell's own timepoint word ("VU Se 3 Bi 40")
    if column.kind == "pair":
        return [r for r in _pairs(text, start, end, prior, swap) if not column.series or r.series in column.series]
    grammar = SERIES_MENTION.search(cell)
    if column.kind == "series" or grammar:
        found = [int(m.group(1)) for m in SERIES_MENTION.finditer(cell)]
        series = found[0] if len(found) == 1 else column.series[0] if len(column.series) == 1 else None
        m = _CELL_IMAGE.search(cell)
        if series is None or m is None or len(found) > 1:
            return []
        return [RefSpan(start=start, end=end, form="tc", series=series, images=((int(m.group(1)),) * 2,), prior=prior)]
    numbers = _NUMBERS.match(cell)
    pair = _PAIR.fullmatch(cell.strip())
    if pair is not None and not len(column.series) > 1 and int(pair.group(1)) in _named(context):
        return _pairs(text, start, end, prior, swap)  # "3/55" under "Bild" where the caption names series 3
    if numbers is None:
        return []
    items = list(_ITEM.finditer(cell, numbers.start("list"), numbers.end("list")))
    positional = len(column.series) > 1
    if positional and len(items) != len(column.series):
        return []
    if not positional and "/" in numbers.group("list"):
        return []  # "12/3" under an image word: a fraction or a pair the header does not explain
    series = (
        column.series[0]
        if len(column.series) == 1
        else (None if positional else _context_series(context, prior, own_date))
    )
    if not positional and series is None and SERIES_MENTION.search(context):
        return []  # the caption names series, but not which one this column's is
    out = []
    for k, m in enumerate(items):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if last < first:
            return []
        out.append(
            RefSpan(
                start=start + m.start(),
                end=start + m.end(),
                form="tc",
                series=column.series[k] if positional else series,
                images=((first, last),),
                prior=prior,
            )
        )
    return out


def _pairs(text: str, start: int, end: int, prior: bool, swap: bool) -> list[RefSpan]:
    out = []
    for m in _PAIR.finditer(text, start, end):
        s, i = m.group(1), m.group(3)
        if m.group(2) == "/" and month_year_like(s, i):
            continue
        if swap:
            s, i = i, s
        first = int(i)
        last = int(m.group(4)) if m.group(4) else first
        if last < first:
            continue
        out.append(
            RefSpan(start=m.start(), end=m.end(), form="tc", series=int(s), images=((first, last),), prior=prior)
        )
    return out
