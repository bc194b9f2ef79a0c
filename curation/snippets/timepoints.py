"""Prior-study evidence from the structure of a follow-up row (issue 16, round 13).

Follow-up reports list one finding at several timepoints: the earlier value and its citation first, today's after
it. The earlier timepoint is marked only by structure, not by a prior noun:
- an arrow between the two timepoints: "28 mm (Se 4 Bi 50) → 19 mm (Se 5 Bi 53)";
- a date or timepoint word (BL, Baseline, Nadir) before the earlier value, a now-word before today's:
  "| 03.11.25: 24 mm (Se 4/Bi 61) | heute: 19 mm (Se 5/Bi 64) |";
- (`prior_in_tables`, over a whole text) a pipe table whose column headers are timepoints ("| Läsion |
  17.10.2025 | 09.03.2026 |", "| Baseline | Current |"): every timepoint column but the last (or but the one labelled
  now) holds the prior study's citations; rows of one table labelled by a date cell against a row labelled "heute";
- a clause naming the earlier examination by modality and date or month after a citation of the same sentence
  ("..., im CT vom Februar 20 mm (Serie 3, Bild 58), im MRT 22 mm (...)"): that clause and the clauses of the same
  comparison list after it, up to a now-word.

`prior_by_timepoint` takes the references' spans and study flags and returns the indices to flag prior; it never
clears a flag. The grammar (`grammar.scan_ref_spans`) applies it after its own prior rules; the miner
(`mine._references`) applies `prior_in_tables` to the whole text's references.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from curation.snippets.gate import fold_lower
from curation.snippets.timepoint_words import MONTH as _MONTH  # the shared lists
from curation.snippets.timepoint_words import NOW, ROMANCE_NOW
from curation.snippets.timepoint_words import SEASON as _SEASON

__all__ = ["bar_cells", "ends_block", "header_cell", "header_sequence", "image_or_timepoint_column", "line_spans",
           "opens_subheading", "preposition_cell", "prior_by_compared_years", "prior_by_header", "prior_by_timepoint",
           "prior_in_tables"]

# A date as follow-up rows write it: "03.11.25", "14.02.", "2025-06-18", "11/04/2025", "01/2026", "Jan 2026"; round 23:
# a month and year with a dot, "MRT 02.2025" (a month 1-12, a four-digit year).
_DATE = (r"(?<![\d/.])(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|"
         r"\d{1,2}/(?:19|20)\d\d|(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d|" + _MONTH + r"\s+(?:19|20)\d\d)(?![\d/])")
_TIMEPOINT_WORD = r"\b(?:(?-i:BL)|Baseline|Nadir|Ausgangsbefund|Ausgangsuntersuchung)\b"
_PRIOR_MARK = re.compile(r"(?i)(?<!seit\s)(?<!since\s)(?<!from\s)(?:" + _DATE + r")|" + _TIMEPOINT_WORD)
# A value of the timepoint: "24 mm", "2,3 x 1,8 cm" (an arrow between two citations without one is a course, not a
# follow-up: "Katheter (Se 3 Bi 40) → V. cava (Se 3 Bi 38)").
_SIZE = re.compile(r"(?i)\d(?:[.,]\d+)?\s*(?:mm|cm)\b")
# A word naming this examination's time (`timepoint_words.NOW`, "nun", the French/Italian `ROMANCE_NOW`); `_NOW` reads
# the follow-up label "FU", "FU2" too.
_NOW_WORDS = NOW + r"|nun|" + ROMANCE_NOW
_NOW = re.compile(r"(?i)\b(?:" + _NOW_WORDS + r"|(?-i:FU)\d?)\b")
# A column header of the later timepoint: "Follow-up", "FU 2", "Kontrolle", "Verlauf".
_LATER_COLUMN = re.compile(r"(?i)\b(?:follow-?up|FU\s?\d?|Kontrolle|Verlauf(?:skontrolle)?)\b")
_ARROW = re.compile(r"→|⇒|⟶|->|=>")
# The earlier examination by modality and date or month: "im CT vom Februar", "in der MRT von Dezember", "on the CT of
# January", "on the PET-CT from November", "im MRCP vom Sommer 2025".
_MODALITY = (r"(?:[A-Za-zÄÖÜäöü]+-)?(?:CT|MRT?|MRI|MRCP|PET(?:[-/]CT)?|US|Sono(?:graphie)?|Ultraschall|ultrasound|"
             r"Röntgen|radiograph|X-ray|scan|study|exam|Untersuchung|Aufnahme)")
_PREP = r"(?:im|in\s+der|in\s+dem|auf\s+der|auf\s+dem|on(?:\s+the)?|in\s+the|at)"
_DATED_CLAUSE = re.compile(r"(?i)(?<!\w)" + _PREP + r"\s+" + _MODALITY
                           + r"\s+(?:vom|von|from|of|dated)\s+(?:\d{1,2}\.?\s+)?(?:" + _DATE + r"|" + _MONTH
                           + r"|" + _SEASON + r")")
# A further clause of the same comparison list naming another examination: ", im MRT 22 mm (...)".
_LIST_CLAUSE = re.compile(r"(?i)[\s)\]]*(?:,|;|und|and|sowie)\s*(?:and\s+|und\s+)?" + _PREP + r"\s+" + _MODALITY
                          + r"\b")
# A line, or a sentence: not after a day or list number ("vom 12. März") or a short abbreviation ("Seg. VI").
_ROW_END = re.compile(r"\n|(?<!\d)(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)[.!?](?=\s+[A-ZÄÖÜ])")
# A date right after a citation, naming its timepoint: "42 mm (Se 4 Im 30) on 2025-11-02, now 35 mm (...)".
_DATE_AFTER = re.compile(r"(?i)[\s)\]]*(?:on|am|vom|from|dated|in|at)\s+(" + _DATE + r")")
_CELL = re.compile(r"\|")
_IMAGE_COLUMN = re.compile(r"(?i)\s*(?:Bild|Bilder|Bi|images?|img|Serie\s*/\s*Bild|Se\s*/\s*Bi|series\s*/\s*image|"
                           r"Ref\w*|Beleg)\.?\s*")


def _rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line or sentence."""
    rows, start = [], 0
    for m in _ROW_END.finditer(text):
        rows.append((start, m.start()))
        start = m.end()
    rows.append((start, len(text)))
    return rows


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a pipe-table line, as (start, end) between its bars."""
    bars = [m.start() for m in _CELL.finditer(text, start, end)]
    return [(a + 1, b) for a, b in itertools.pairwise(bars)]


def _column_kinds(text: str, header: tuple[int, int]) -> list[str]:
    """Per header cell: "now", "prior" or "" (no timepoint). A cell with no timepoint of its own right after a
    timepoint cell ("| 12.08.25 | Bild |") takes that cell's kind. Without a column labelled now, the last dated
    column is today's and the dated ones before it are prior (follow-up tables run left to right in time)."""
    kinds: list[str] = []
    source: list[int] = []
    for c, (a, b) in enumerate(_cells(text, *header)):
        cell = text[a:b]
        if _NOW.search(cell) or _LATER_COLUMN.search(cell):
            kind = "now"
        elif _TIMEPOINT.search(cell):
            kind = "prior"
        elif _ANY_DATE.search(cell):
            kind = "date"
        elif kinds and kinds[-1] and _IMAGE_COLUMN.fullmatch(cell):
            kinds.append(kinds[-1])
            source.append(source[-1])
            continue
        else:
            kind = ""
        kinds.append(kind)
        source.append(c)
    if "now" not in kinds and "date" in kinds:
        last = max(source[c] for c, k in enumerate(kinds) if k == "date")
        kinds = ["now" if source[c] == last else k for c, k in enumerate(kinds)]
    return ["prior" if k == "date" else k for k in kinds]


def prior_in_tables(text: str, spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    """Indices of `spans` ((start, end, prior), the whole text's references) in pipe tables under a prior timepoint
    column, or in a dated row of a table with a row labelled now. The miner applies it over the whole text (its
    grammar sees one line of a table at a time)."""
    if "|" not in text:
        return set()
    out: set[int] = set()
    lines = line_spans(text)
    block: list[tuple[int, int]] = []
    for line in [*lines, (len(text), len(text))]:
        if text[line[0]:line[1]].lstrip().startswith("|"):
            block.append(line)
            continue
        if len(block) >= 2:
            out |= _block_priors(text, block, spans)
        block = []
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line of `text` (the newline excluded), in order."""
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _is_rule(text: str, line: tuple[int, int]) -> bool:
    return re.fullmatch(r"\s*\|[\s|:-]*", text[line[0]:line[1]]) is not None


def _block_priors(text: str, block: list[tuple[int, int]], spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    out: set[int] = set()
    header = block[0] if len(block) > 1 and _is_rule(text, block[1]) else None
    body = [line for line in block if line != header and not _is_rule(text, line)]
    kinds = _column_kinds(text, header) if header is not None else []
    if "now" in kinds and "prior" in kinds:
        for line in body:
            cells = _cells(text, *line)
            for i, (a, e, prior) in enumerate(spans):
                col = next((c for c, (x, y) in enumerate(cells) if x <= a and e <= y), None)
                if not prior and col is not None and col < len(kinds) and kinds[col] == "prior":
                    out.add(i)
    # rows labelled by a date cell against a row labelled now ("| 2025-06-18 | ... |" / "| heute | ... |")
    labels = {}
    for line in body:
        refs = [i for i, (a, e, _) in enumerate(spans) if line[0] <= a and e <= line[1]]
        if not refs:
            continue
        rest = _outside(text, line, [spans[i] for i in refs])
        labels[line] = ("now" if _NOW.search(rest) else "prior" if _PRIOR_MARK.search(rest) else "", refs)
    if any(k == "now" for k, _ in labels.values()):
        for kind, refs in labels.values():
            if kind == "prior":
                out |= {i for i in refs if not spans[i][2]}
    return out


def _outside(text: str, line: tuple[int, int], refs: Sequence[tuple[int, int, bool]]) -> str:
    """The line's text without its references' own text."""
    parts, pos = [], line[0]
    for a, e, _ in refs:
        parts.append(text[pos:a])
        pos = e
    parts.append(text[pos:line[1]])
    return " ".join(parts)


def _date_key(found: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a follow-up date, for ordering; None without a year. "a/b/yyyy" reads day first when a
    is over 12, else month first (both orders give the same year, which decides most rows)."""
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", found):
        return _year(m.group(3)), int(m.group(2)), int(m.group(1))
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", found):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", found):
        a, b = int(m.group(1)), int(m.group(2))
        return (_year(m.group(3)), b, a) if a > 12 else (_year(m.group(3)), a, b)
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", found):
        return int(m.group(2)), int(m.group(1)), 0
    if m := re.search(r"((?:19|20)\d\d)$", found):  # "Jan 2026"
        return int(m.group(1)), _MONTHS.get(fold_lower(found)[:3], 0), 0
    return None


_MONTHS = {"jan": 1, "jän": 1, "feb": 2, "mär": 3, "mar": 3, "apr": 4, "mai": 5, "may": 5, "jun": 6, "jul": 7,
           "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12}


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


_NOW_WORD = re.compile(r"(?i)\b(?:" + _NOW_WORDS + r")\b")
_FU_NUMBER = re.compile(r"\bFU\s?(\d{1,2})\b")
_TIMEPOINT = re.compile(r"(?i)" + _TIMEPOINT_WORD)
_ANY_DATE = re.compile(r"(?i)" + _DATE)
_GUARDED_DATE = re.compile(r"(?i)(?<!seit\s)(?<!since\s)(?<!from\s)" + _DATE)


def _label(segment: str) -> tuple[str, object] | None:
    """The timepoint a row segment names before its citation: ("now", None), ("fu", n), ("bl", None), ("date", key)."""
    if _NOW_WORD.search(segment):
        return "now", None
    if fu := _FU_NUMBER.search(segment):
        return "fu", int(fu.group(1))
    if _TIMEPOINT.search(segment):
        return "bl", None
    if date := _GUARDED_DATE.search(segment):
        return "date", _date_key(date.group())
    return None


def _later(late: tuple[str, object] | None, early: tuple[str, object]) -> bool:
    """Whether the timepoint `late` comes after `early` (unknown orders are not later)."""
    if late is None or early[0] == "now":
        return False
    if late[0] == "now" or (early[0] == "bl" and late[0] in ("fu", "date")):
        return True
    if late[0] == early[0] and late[1] is not None and early[1] is not None:
        return late[1] > early[1]  # FU2 after FU1, a later date
    return late[0] == "fu" and early[0] == "date" and early[1] is not None  # "03.2025 ... FU 1 ...": FU is later


def _row_priors(text: str, spans: Sequence[tuple[int, int, bool]], rows: list[tuple[int, int]]) -> set[int]:
    """Indices of earlier-timepoint references inside one line or sentence (arrows, timepoint labels, dated
    clauses); `rows`: `_rows(text)`."""
    out: set[int] = set()
    for start, end in rows:
        idx = [i for i, (a, e, _) in enumerate(spans) if start <= a and e <= end]
        own = [text[spans[idx[n - 1]][1] if n else start:spans[i][0]] for n, i in enumerate(idx)]
        labels = [_label(seg) for seg in own]
        for n, i in enumerate(idx[:-1]):
            if spans[i][2] or (labels[n] is not None and labels[n][0] == "now"):
                continue
            if not (_SIZE.search(own[n]) or labels[n] is not None or _DATE_AFTER.match(text, spans[i][1])):
                continue
            between = own[n + 1]
            arrow = _ARROW.search(between) and (_SIZE.search(between) or _NOW.search(between))
            label = labels[n]
            if (dated := _DATE_AFTER.match(text, spans[i][1])) is not None and dated.end() <= spans[idx[n + 1]][0]:
                label = "date", _date_key(dated.group(1))  # its own date after it
            if arrow or (label is not None and any(_later(lab, label) for lab in labels[n + 1:])):
                out.add(i)
        flagged = False  # a dated clause after an earlier citation, and the list clauses after it
        for n, i in enumerate(idx):
            a, _, prior = spans[i]
            if n == 0:
                continue
            prev_end = spans[idx[n - 1]][1]
            seg = text[prev_end:a]
            dated = _DATED_CLAUSE.search(seg)
            if dated is not None and not _NOW.search(seg, dated.end()):
                flagged = True
            elif not (flagged and _LIST_CLAUSE.match(seg) and not _NOW.search(seg)):
                flagged = prior
                continue
            if not prior:
                out.add(i)
    return out


# Round 30a: a comparison that names the earlier exams by year or month and year ("Vergleich mit den
# Voruntersuchungen 2021, 2023 und Juni 2025", "compared with the scans of 2021, 2022 and March 2024", "Compared to
# studies from 2020 and June 2024", "Vergleich mit 2023 und Mai 2025"): up to the sentence's end.
_COMPARED_WITH = re.compile(r"(?i)\b(?:(?:im\s+)?Vergleich\s+(?:mit|zu[mr]?)|verglichen\s+mit|compared\s+(?:with|to)|"
                            r"comparison\s+(?:with|to))\b[^.!?\n]{0,120}")
_YEAR_NAMED = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d/-]|[.,]\d)")
# ... and a clause of a later sentence headed by one of those timepoints, the year (after its month) at the clause's
# opening, then its value and no now-word: ", 2021 0,33 (Se. 4, Bi. 21)", ", March 2024 13 x 11 mm (...)", ". Mai 2025
# intakt (...)", ", 2023 noch Grad 1 (...)".
# Mend of round 30a: the year heads an earlier exam's VALUE only, a measure or a state right after it ("2021 0,33",
# "March 2024 13 x 11 mm", "Mai 2025 intakt", "2023 noch Grad 1", "2022: 46 mm"), never an event's date ("2021 operierte
# Hernie", "2022 surgical clips", "1956 geborener Patient", "2021 port catheter", "2019 histologisch gesichert") nor a
# value of its own ("1950 HE", "2024 mm": no value follows).
_YEAR_VALUE = (r"\s*:?\s*(?:\d|(?:noch|still|unverändert|unchanged|stabil|stable|intakt|intact|Grad|grade|kein\w*|no|"
               r"ohne|without|normal|unauffällig|regelrecht)\b)")
# ... and no event word in the clause ("2020 2 Zyklen Chemotherapie (...)", "2021 12 mm Stent (...)").
_EVENT = re.compile(r"(?i)\b(?:operier\w*|OP\b|Operation|resezier\w*|Resektion|implantier\w*|Implantation|bestrahl\w*|"
                    r"Bestrahlung|Radiatio|Radio(?:chemo)?therapie|radiotherapy|irradiat\w*|Chemo\w*|Biops\w*|biopsy|"
                    r"punktier\w*|gebor\w*|Jahrgang|born|surg\w*|resect\w*|implant\w*|Port(?:katheter|system|s)?\b|Stent\w*|Clips?\b|"
                    r"placement|diagnos\w*|histolog\w*|gesichert)")
# (a sentence that opens with the year too: `_rows` splits no sentence before a digit, ". 2024 48 mm (...)")
_YEAR_HEAD = re.compile(r"(?i)[\s,;:.)\]]*(?:" + _MONTH + r"\s+)?((?:19|20)\d\d)(?![\d/-]|[.,]\d)(?=" + _YEAR_VALUE
                        + r")")
_HEAD_TEXT = 60  # the clause's words before its citation (a value and a short finding), at most


def _named_years(text: str) -> set[str]:
    """The years a comparison sentence of `text` names as its earlier exams (`_COMPARED_WITH`)."""
    low = text.lower()
    if not ("vergl" in low or "compar" in low) or not _YEAR_NAMED.search(text):
        return set()
    return {y.group() for m in _COMPARED_WITH.finditer(text) for y in _YEAR_NAMED.finditer(m.group())}


def _year_headed(text: str, spans: Sequence[tuple[int, int, bool]], named: set[str] | None = None,
                 rows: list[tuple[int, int]] | None = None) -> set[int]:
    """Round 30a: indices of references whose clause opens with a year the text compares against (`_named_years`, read
    only where such a clause stands), or with any year where a reference of the same sentence is labelled now ("heute
    0,34 (...), 2025 0,33 (...)"), with no now-word in the clause: several earlier timepoints told in prose after
    today's value. The citations of a plain list after such a reference share it. `named`: the compared years where
    the caller has them; `rows`: `_rows(text)`, where the caller has them."""
    out: set[int] = set()
    for start, end in rows if rows is not None else _rows(text):
        idx = [i for i, (a, e, _) in enumerate(spans) if start <= a and e <= end]
        heads: list[str | None] = []
        for n, i in enumerate(idx):
            lo = spans[idx[n - 1]][1] if n else start
            seg = text[lo:spans[i][0]]
            head = _YEAR_HEAD.match(seg)
            now = _NOW.search(seg) is not None  # (read once: both branches below ask)
            if n and not seg.strip(" ,;") and heads[-1] is not None:
                heads.append(heads[-1])  # a plain list of the same citation ("Bi 22, 27")
            elif head is not None and len(seg) <= _HEAD_TEXT and not now and not _EVENT.search(seg):
                heads.append(head.group(1))
            else:
                heads.append("now" if now else None)
        if not any(h is not None and h != "now" for h in heads):
            continue
        now_row = "now" in heads
        if not now_row and named is None:
            named = _named_years(text)
        for i, head in zip(idx, heads, strict=True):
            if head is not None and head != "now" and not spans[i][2] and (now_row or head in (named or ())):
                out.add(i)
    return out


def prior_by_timepoint(text: str, spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    """Indices of `spans` ((start, end, prior) of each reference, in text order) that the structure of a follow-up
    row places in an earlier timepoint (tables: `prior_in_tables`)."""
    if len(spans) < 2:
        return set()
    rows = _rows(text)  # (split once for both passes: mining speed 20)
    return _row_priors(text, spans, rows) | _year_headed(text, spans, rows=rows)


def prior_by_compared_years(text: str, spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    """Round 30a, over a whole text (the miner's grammar reads one sentence at a time, and the comparison sentence
    that names the years is another one: "Vergleich mit 2023 und Mai 2025. ... 14 mm (...), Mai 2025 intakt (...)"):
    indices of `spans` ((start, end, prior), the whole text's references) headed by a compared year
    (`_year_headed`)."""
    named = _named_years(text)
    return _year_headed(text, spans, named) if named else set()


# Round 15: a header line orders the timepoints of the rows below it ("Messungen 14.05.2025 / aktuell:", "Target
# lesions (current vs prior 2025-09-30):", "Verlauf (Vorbefund 02/2026 -> heute):", "(prior | current)"); the rows
# give two values with their citations, separated the same way, and no labels of their own.
_SIDE_SEP = r"(?:(?<=\s)/|/(?=\s)|\bvs\.?(?=\s)|\bversus\b|->|→|=>|⇒|⟶|\|)"
_HEADER_SEP = re.compile(_SIDE_SEP)
_ROW_SEP = re.compile(r"(?i)[\s)\]]" + _SIDE_SEP)
_PRIOR_LABEL = re.compile(r"(?i)\b(?:prior|previous|prev\.?|old|Vorbefund\w*|Vorbef\.?|Voruntersuchung\w*|Vorunters\.?|"
                          r"Voraufnahme\w*|Vergleich\w*|comparison|(?-i:VU|VB|VA)\d?|"
                          r"Vorrunde\w*|interim\w*|präop\w*|pre-?op\w*)(?!\w)")  # round 22a: earlier-round words
_MONTH_YEAR = re.compile(r"(?<![\d.])\d{1,2}\.(?:19|20)\d\d(?!\d)")  # "03.2026"
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-])")
_CHUNK_END = re.compile(r"[():]")
# Round 22a: a pipe-table header with image columns ("| 05/2025 mm | heute (Serie/Bild) | 12/2024 mm | VU
# (Serie/Bild) |") is `measured_pairs`' column table: its "|" separate columns, not two sides.
def bar_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the "|" line text[start:end], outer pipes dropped."""
    bounds = [start - 1] + [i for i in range(start, end) if text[i] == "|"] + [end]
    cells = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    if cells and not text[cells[0][0]:cells[0][1]].strip():
        cells = cells[1:]
    if cells and not text[cells[-1][0]:cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def header_cell(text: str, pos: int) -> tuple[int, int] | None:
    """Round 28a (`table.column_series`, moved here by its mend): the (start, end) of the header cell over the
    pipe-table cell at `pos`: the header is the first line of the block of "|" lines holding `pos` (a "|---|" rule
    is no header), with as many cells as the row. None where there is none."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if "|" not in text[start:end]:
        return None
    row = bar_cells(text, start, end)
    col = next((k for k, (a, b) in enumerate(row) if a <= pos < b), None)
    header = (start, end)
    while header[0] > 0:
        above = text.rfind("\n", 0, header[0] - 1) + 1
        if "|" not in text[above:header[0] - 1]:
            break
        header = (above, header[0] - 1)
    if col is None or header[0] == start:
        return None
    cells = [c for c in bar_cells(text, *header) if text[c[0]:c[1]].strip(" -:")]
    if len(cells) != len(row) or col >= len(cells):
        return None
    return cells[col]


def image_or_timepoint_column(text: str, pos: int) -> bool:
    """Mend of round 28a: whether the pipe-table cell at `pos` stands under a header cell that names an image column
    ("Bild", "Image") or a timepoint ("heute", "VU1", "baseline", a date): a lower-case "im" alone in such a cell is an
    image word; under "Segment", "Lokalisation", "ICR", "Lage" it is the preposition ("| im 7 |": in segment 7)."""
    cell = header_cell(text, pos)
    if cell is None:
        return False
    name = text[cell[0]:cell[1]]
    return _IMAGE_COLUMN.fullmatch(name) is not None or _column_label(name) is not None


def preposition_cell(text: str, start: int) -> bool:
    """Mend of round 28a: whether the citation at `start` is the grammar's lower-case "im" alone in a pipe cell ("| im
    7 |") that no image or timepoint column header stands over (`image_or_timepoint_column`): the preposition."""
    return (text.startswith("im", start) and "|" in text[max(0, start - 2):start]
            and not image_or_timepoint_column(text, start))


_IMAGE_COLUMNS = re.compile(r"(?i)^\s*\|.*\b(?:Serie|Series|Bild|Image|Se/Bi|Img)\b")


def _header_label(chunk: str) -> tuple[str, object] | None:
    """The timepoint one side of a header names: now, prior (a prior noun, dated or not), baseline, or a date."""
    if _NOW_WORD.search(chunk):
        return "now", None
    if _PRIOR_LABEL.search(chunk):
        return "prior", None
    if _TIMEPOINT.search(chunk):
        return "bl", None
    if date := _GUARDED_DATE.search(chunk):
        return "date", _date_key(date.group())
    if my := _MONTH_YEAR.search(chunk):
        month, year = my.group().split(".")
        return "date", (int(year), int(month), 0)
    if year := _YEAR.search(chunk):  # "CT 2024 vs today"
        return "date", (int(year.group()), 0, 0)
    return None


def _header_order(line: str) -> int | None:
    """Which side (0: before the separator, 1: after) of a header line's "A <sep> B" is the earlier timepoint."""
    for m in _HEADER_SEP.finditer(line):
        left = line[:m.start()]
        left = left[max((k.end() for k in _CHUNK_END.finditer(left)), default=0):]
        right = line[m.end():]
        right = right[:(k.start() if (k := _CHUNK_END.search(right)) else len(right))]
        a, b = _header_label(left), _header_label(right)
        if a is None or b is None or a[0] == b[0] == "now":
            continue
        if b[0] == "now" or (a[0] in ("prior", "bl") and b[0] == "date"):
            return 0
        if a[0] == "now" or (b[0] in ("prior", "bl") and a[0] == "date"):
            return 1
        if a[0] == b[0] == "date" and a[1] is not None and b[1] is not None and a[1] != b[1]:
            return 0 if a[1] < b[1] else 1
    return None


# Round 24: a caption or header line that names three or more timepoints in order, or two with one of them now
# ("(Baseline 14.02.2026 / Nadir 02.05.2026 / aktuell):", "Baseline (<date>) | Nadir (<date>) | Current",
# "Lesion<TAB>Baseline <date><TAB>Today", "(Baseline <date>; Interim <date>; aktuell)", "(baseline <date>, nadir
# <date>, today)"); each row below gives one
# value and citation per timepoint, separated the same way: the k-th group of citations is the k-th timepoint's.
_MULTI_SEP = _SIDE_SEP + r"|;|\t|,(?=\s)"
_MULTI_HEADER_SEP = re.compile(_MULTI_SEP)
_MULTI_ROW_SEP = re.compile(r"(?i)(?:[\s)\]]|(?<=\d))(?:" + _MULTI_SEP + r")|\t")


# ... its column words beyond `_header_label`'s: earlier rounds and response labels ("Staging", "Restaging", "iUPD"),
# and the now-words of AT/CH/IT/UK forms ("aktuelle", "attuale", "actual").
_SEQ_EARLIER = re.compile(r"(?i)\b(?:staging|restaging|re-staging|Ausgangs\w*|initial|screening|(?-i:i?(?:CR|PR|SD|"
                          r"PD|UPD|CPD)))\b")
# A caption ends in ":" or with its bracket ("Target lesions (baseline / today)"); a table header has tabs or bars.
_CAPTION_END = re.compile(r"(?:\)\s*:?|:)\s*$")
_SEQ_NOW = re.compile(r"(?i)\b(?:attuale|actual|aktuelle[nrms]?)\b")


def _column_label(part: str) -> tuple[str, object] | None:
    if _SEQ_NOW.search(part):
        return "now", None
    return _header_label(part) or (("prior", None) if _SEQ_EARLIER.search(part) else None)


# A dates-only caption whose words call every column earlier: "Comparison studies", "Earlier scans", "Prior MRIs",
# "Datum der VU", "Voruntersuchungen".
_EARLIER_CAPTION = re.compile(r"(?i)\b(?:comparison\s+(?:studies|scans|exams?|examinations|imaging)|earlier|prior|"
                              r"previous|old(?:er)?|Vergleichs\w+|Vorunters\w*|Voraufnahme\w*|Vorbefund\w*|"
                              r"frühere\w*|(?-i:VU|VB))\b")
_LEAD_END = re.compile(r"[(:—–]")
_SUBHEADING = re.compile(r"(?i)\s*(?:\d+[.)]\s*)?(?:new|neue?[rsnm]?|non-?\s?target\w*|nicht-?\s?ziel\w*|"
                         r"Nicht-?Target\w*)\b")


def header_sequence(line: str) -> list[str] | None:
    """The timepoint kinds a caption or table header line names in order ("now", "prior", "bl", "date"), its leading
    unlabelled column (a lesion column) dropped; None unless every further part names a timepoint and exactly one is
    now. A
    header of dates only, increasing ("(12.01.2026 / 30.03.2026 / 04.06.2026)"), has its last (the report's own
    date) as now."""
    if not (_CAPTION_END.search(line) or "\t" in line or "|" in line):
        return None  # prose ("Vergleich mit der VU, heute Progress.") is no caption
    parts = _MULTI_HEADER_SEP.split(line)
    if len(parts) < 2:
        return None
    # "Zielläsionen (Baseline 14.02.2026": the caption's opening words, up to its last "(", ":" or dash
    cut = max((k.end() for k in _LEAD_END.finditer(parts[0])), default=0)
    labels: list[tuple[str, object] | None] = []
    for n, part in enumerate(parts):
        if n == 0 and cut:
            labels.append(_column_label(part[cut:]) or _column_label(part))
            continue
        part = part.split(")", 1)[0] if n == len(parts) - 1 and "(" not in part else part
        labels.append(_column_label(part))
    while labels and labels[0] is None:
        labels.pop(0)
    if len(labels) < 2 or None in labels:
        return None
    kinds = [lab[0] for lab in labels if lab is not None]
    if "now" not in kinds and set(kinds) == {"date"}:
        if _EARLIER_CAPTION.search(parts[0], 0, cut):
            return ["prior"] * len(kinds)  # round 23/24 review: "Comparison studies: 2023 / 2024 / 2025:"
        keys = [lab[1] for lab in labels if lab is not None]
        if all(k is not None for k in keys) and all(
                a < b for a, b in itertools.pairwise(keys)):  # type: ignore[operator]
            kinds[-1] = "now"
    return kinds if kinds.count("now") == 1 else None


def ends_block(line: str) -> bool:
    """Whether a line without citations ends a caption's rows (round 23/24 review): a sub-heading, a line ending in
    ":" ("Neue Läsionen seit 03/2025:") or one opening with a new/non-target heading ("New lesions: 2", "Nicht-
    Zielläsionen 2 (heute):"), digits or not."""
    return line.rstrip().endswith(":") or _SUBHEADING.match(line) is not None


def opens_subheading(line: str) -> bool:
    """Whether a row opens with a new/non-target heading of its own ("Non-target: 2 nodes (...) / (...)")."""
    return _SUBHEADING.match(line) is not None


# Round 26: a caption and its numbered rows in one paragraph ("Messläsionen (aktuell Se/Bi | VU 02/2025 Se/Bi): 1)
# Leber, 14 mm Se 4/Bi 31 | Se 4/Bi 29. 2) ..."): a row number after ".", ";" or ":" opens a row of its own.
_INLINE_ROW = re.compile(r"(?<=[.;:])\s+(?=\d{1,2}\)\s)")


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """`line_spans(text)`, a line that opens with a caption (`header_sequence`) and goes on with numbered rows split
    into the caption and one span per row."""
    out: list[tuple[int, int]] = []
    for a, b in line_spans(text):
        cuts = [m.end() for m in _INLINE_ROW.finditer(text, a, b)]
        if not cuts or header_sequence(text[a:cuts[0]]) is None:
            out.append((a, b))
            continue
        bounds = [a, *cuts, b]
        out += list(itertools.pairwise(bounds))
    return out


def _bar_kinds(line: str) -> list[str | None] | None:
    """Round 28a: the timepoint kind of each "|" cell of a header line ("Läsion | heute | VU1 | VU2" -> [None, "now",
    "prior", "prior"]), for rows whose cells line up with it; None unless exactly one cell is now and another names an
    earlier timepoint."""
    if "|" not in line:
        return None
    labels = [_column_label(part) for part in line.split("|")]
    kinds = [lab[0] if lab is not None else None for lab in labels]
    if kinds.count("now") != 1 or all(k in (None, "now") for k in kinds):
        return None
    return kinds


def _bar_priors(text: str, line: tuple[int, int], idx: list[int], spans: Sequence[tuple[int, int, bool]],
                kinds: list[str | None]) -> set[int]:
    """Round 28a: the citations of a "|" row under `kinds` (its header's cells) in an earlier timepoint's cell, where
    the row has as many cells as the header: an "n.m." / "nicht messbar" cell keeps the columns in place."""
    bars = [line[0] - 1, *(k for k in range(*line) if text[k] == "|"), line[1]]
    if len(bars) - 1 != len(kinds):
        return set()
    out = set()
    for i in idx:
        col = next((c for c in range(len(kinds)) if bars[c] < spans[i][0] and spans[i][1] <= bars[c + 1]), None)
        if (col is not None and kinds[col] not in (None, "now") and not spans[i][2]
                and not _NOW.search(text, bars[col] + 1, spans[i][0])):  # a cell's own now-word ("| aktuell ...")
            out.add(i)
    return out


def _multi_priors(text: str, spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    """Round 24: rows below a header line naming the timepoints in order (`header_sequence`): a row whose citations
    fall into exactly one group per timepoint (split by the header's separators outside the citations) flags the
    groups of every timepoint but the now one. The block runs to a blank line or a line without citations that
    names no timepoint order (a "Summe"/SPD row of sizes keeps it)."""
    out: set[int] = set()
    seq: list[str] | None = None
    bar: list[str | None] | None = None
    for start, end in _caption_lines(text):
        idx = [i for i, (a, e, _) in enumerate(spans) if start <= a and e <= end]
        line = text[start:end]
        if not idx:
            if not line.strip():
                seq = bar = None
            elif (found := header_sequence(line)) is not None:
                seq, bar = found, _bar_kinds(line)
            elif not re.search(r"\d", line) or ends_block(line):
                seq = bar = None  # prose or a heading ends the block
            continue
        if opens_subheading(line):
            seq = bar = None
        if bar is not None and "|" in line:
            out |= _bar_priors(text, (start, end), idx, spans, bar)
        if seq is None or len(seq) < 2:
            continue
        cuts = [n for n in range(1, len(idx))
                if _MULTI_ROW_SEP.search(text, spans[idx[n - 1]][1] - 1, spans[idx[n]][0])]
        own = _outside(text, (start, spans[idx[-1]][1]), [spans[i] for i in idx])
        if len(cuts) != len(seq) - 1 or _header_label(own) is not None:
            continue  # not one group per timepoint, or the row labels its own timepoints
        bounds = [0, *cuts, len(idx)]
        for k, kind in enumerate(seq):
            if kind != "now":
                out |= {i for i in idx[bounds[k]:bounds[k + 1]] if not spans[i][2]}
    return out


def prior_by_header(text: str, spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    """Indices of `spans` ((start, end, prior), the whole text's references, in text order) on the earlier side of
    rows below a header line that orders two timepoints. A row is a line with citations on both sides of one
    separator (slash, vs, arrow, bar) outside the citations and no timepoint label of its own; the list runs to a
    blank line or a new heading (a line without citations ending in ":"). Never clears a flag."""
    if len(spans) < 2:
        return set()
    if "\n" not in text:  # round 26: a caption and its numbered rows in one paragraph
        return _multi_priors(text, spans) if _INLINE_ROW.search(text) else set()
    out: set[int] = set()
    order: int | None = None
    for start, end in line_spans(text):
        idx = [i for i, (a, e, _) in enumerate(spans) if start <= a and e <= end]
        line = text[start:end]
        if not idx:
            order = None if (not line.strip() or ends_block(line)) else order
            if line.strip() and not _IMAGE_COLUMNS.search(line):
                order = _header_order(line) if order is None else order
            continue
        if opens_subheading(line):
            order = None
        if order is None:
            continue
        cuts = [n for n in range(1, len(idx)) if _ROW_SEP.search(text, spans[idx[n - 1]][1] - 1, spans[idx[n]][0])]
        own = _outside(text, (start, spans[idx[-1]][1]), [spans[i] for i in idx])  # up to its last citation
        if len(cuts) != 1 or _header_label(own) is not None:
            continue  # not two sides, or the row labels its own timepoints ("heute 3 mm (...) / VU 4 mm (...)")
        side = idx[:cuts[0]] if order == 0 else idx[cuts[0]:]
        out |= {i for i in side if not spans[i][2]}
    return out | _multi_priors(text, spans)
