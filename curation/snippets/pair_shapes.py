"""Shapes of a bare "a/b" or "a:b" number pair that are no series/image citation (issue 16, round 21 review).

One place for the checks the grammar's bracket pairs and `measured_pairs`' scoped pairs share: a clock time
("14:32"), a month/year ("3/2025", "12/24" after a date word), a leading zero ("04/25").
"""

from __future__ import annotations

import re

__all__ = ["IMAGE_FIRST", "clock_like", "image_first_block", "month_year_like"]


def clock_like(series: str, image: str) -> bool:
    """"a:b" read as a clock time: hours 0-23 and two-digit minutes 00-59 ("14:32", "9:05")."""
    return int(series) <= 23 and len(image) == 2 and int(image) <= 59


def month_year_like(series: str, image: str, *, short_year: bool = False) -> bool:
    """"a/b" read as a month/year: "3/2025" (a four-digit year), a leading zero ("04/25"), and with `short_year`
    (after a date word: "vom 12/24") a two-digit year too."""
    s, i = int(series), int(image)
    if series.startswith("0") or (s <= 12 and 1900 <= i <= 2099):
        return True
    return short_year and 1 <= s <= 12 and len(image) == 2


# Round 23/24 review: a caption or column header that writes bare pairs image first ("Bild/Serie", "im/se",
# "Image/Series", "Bi/Se"): its block's pairs are image/series.
IMAGE_FIRST = re.compile(r"(?i)\b(?:Bild|Bi|im|img|image)\.?\s?/\s?(?:Serie|Se|series|ser)\b")


def image_first_block(text: str, pos: int) -> bool:
    """Whether a line above `pos` in its block (up to a blank line) declares image/series pairs (`IMAGE_FIRST`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    blank = text.rfind("\n\n", 0, line_start)
    return IMAGE_FIRST.search(text, blank + 1 if blank >= 0 else 0, line_start) is not None

