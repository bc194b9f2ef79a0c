"""References in a pipe table whose header names a series column and an image column.

    | Serie | Bild | Befund |            Series | Image | Finding
    | 4     | 38   | Rundherd |          5      | 44    | Left adrenal nodule

Each row under such a header is one reference: the series cell's number, the image cell's number or range
("20-24"). The grammar runs per sentence and a row holds bare numbers only, so rows are read here, with the
header that names their columns. A table ends at the first line without a "|".
"""

from __future__ import annotations

import re

from curation.snippets.grammar import SERIES_MENTION, RefSpan
from curation.snippets.timepoints import bar_cells as _cells
from curation.snippets.timepoints import header_cell

__all__ = ["column_series", "table_refs"]

_SERIES_CELL = re.compile(r"(?i)(?:Serien?|Series|Se|Ser|Sequenz|Sequence)\.?(?:[\s-]*(?:Nr|No|Nummer|Number)\.?)?")
_IMAGE_CELL = re.compile(r"(?i)(?:Bild(?:er)?|Images?|Img|Im|IMA|Schicht(?:en)?|Slices?)\.?"
                         r"(?:[\s-]*(?:Nr|No|Nummer|Number)\.?)?")
# Cheap check before splitting lines: a series cell next to an image cell in either order.
_HEADER_HINT = re.compile(r"(?i)\b(?:Serien?|Series|Se|Ser|Sequenz|Sequence)\b[^\n|]*\|[^\n|]*\b(?:Bild|Bilder|Images?|"
                          r"Img|Im|IMA|Schicht|Schichten|Slices?)\b|\b(?:Bild|Bilder|Images?|Img|Im|IMA|Schicht|Schichten|"
                          r"Slices?)\b[^\n|]*\|[^\n|]*\b(?:Serien?|Series|Se|Ser)\b")
_NUMBER = re.compile(r"\s*([1-9]\d{0,3})\s*")
_RANGE = re.compile(r"\s*([1-9]\d{0,3})\s*[-–]\s*(\d{1,4})\s*")


def _columns(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(series column, image column) of a header line, else None."""
    cells = [text[a:b].strip() for a, b in _cells(text, start, end)]
    series = [k for k, c in enumerate(cells) if _SERIES_CELL.fullmatch(c)]
    images = [k for k, c in enumerate(cells) if _IMAGE_CELL.fullmatch(c)]
    return (series[0], images[0]) if len(series) == 1 and len(images) == 1 else None


def table_refs(text: str) -> list[tuple[tuple[int, int], list[RefSpan]]]:
    """((row start, row end), [reference]) for each row of a series/image pipe table in `text`."""
    if "|" not in text or _HEADER_HINT.search(text) is None:
        return []
    out: list[tuple[tuple[int, int], list[RefSpan]]] = []
    columns: tuple[int, int] | None = None
    end = -1
    for line in text.split("\n"):
        start, end = end + 1, end + 1 + len(line)
        if "|" not in line:
            columns = None
        elif columns is None:
            columns = _columns(text, start, end)
        elif (ref := _row_ref(text, start, end, columns)) is not None:
            out.append(((start, end), [ref]))
    return out


def _row_ref(text: str, start: int, end: int, columns: tuple[int, int]) -> RefSpan | None:
    """The reference of one table row; None for a rule line ("|---|---|") or a row without numbers."""
    cells = _cells(text, start, end)
    if max(columns) >= len(cells):
        return None
    series = _NUMBER.fullmatch(text, *cells[columns[0]])
    image = _NUMBER.fullmatch(text, *cells[columns[1]]) or _RANGE.fullmatch(text, *cells[columns[1]])
    if series is None or image is None:
        return None
    a = int(image.group(1))
    b = int(image.group(2)) if image.lastindex == 2 else a
    if b < a:
        return None
    return RefSpan(start=image.start(1), end=image.end(image.lastindex), form="tb", series=int(series.group(1)),
                   images=((a, b),))


def column_series(text: str, pos: int) -> int | None:
    """Round 28a: the series the column header names for a pipe-table cell at `pos` ("Läsion | axial (Se 3) | koronar
    (Se 6)" over "Herd | Bi 40 | Bi 22": Bi 40 is series 3's image). The header is the first line of the block of
    "|" lines holding `pos`; its cell in the same position must name exactly one series (`grammar.SERIES_MENTION`).
    None elsewhere: the caller's context series decides."""
    cell = header_cell(text, pos)
    if cell is None:
        return None
    found = {int(m.group(1)) for m in SERIES_MENTION.finditer(text, *cell)}
    return found.pop() if len(found) == 1 else None
