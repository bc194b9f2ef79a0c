"""Image-only bullets under a heading line that declares their series (issue 16, round 28b).

A structured report lists findings as bullets under a heading that names the series once: "New lesions (axial FLAIR,
Se 501):\\n• right frontal – Im 120\\n• left parietal – Im 140 and Im 152". The short viewer label "Im" is no image word
of the grammar on its own (a capitalised "Im" is the German "in the"), so those bullets gave no row. This whole-text
pass reads them: under a line that ends with ":" (right before its line break) and names a series ("Se 501", "Series
1101", "Serie 6"), each
following bullet line ("•", "-", "–", "*", "·" at its start; the block ends at the first line without one) gives one
reference per "Im"/"IM" image list (the grammar's list, range and unit guards: `grammar.image_list_at`), of form "io"
without a series; the image inherits the heading's series (`mine._context_mention`). `mine._mine` adds those the
grammar did not find; a bullet's own full citation ("(prior Se 501 Im 55)") is the grammar's (and its study decision).
Look-alikes: a heading without a series ("Befund:"), German prose "Im 3. Segment" / "Im 5 mm Abstand" (the guards),
an "Im" outside a bullet line.
Mend of round 28b: a heading that names two series ("MRT Leber (Serie 7, Serie 9):", "Findings (Se 3 and Se 8):")
leaves its bullets' images without a series: no row (which series is unknown). "Im" before an ordinal ("Im 3. Segment",
"Läsion Im 5. Segment": a number up to 12, a full stop and a word on the same line; a segment, an intercostal space,
a month, a quarter) is the German "in the", no image ("Im 30. Stabil" stays an image). The
learned decision's own reading of a bullet's bare "Im N" (`refscore.candidates`' "xim") is dropped where the bullet
stands under a heading that names no series or several (`unseriesed_bullet_image`): "Lesions (Se 4):\n- hepatic Im
30\n\nImpression:\n- stable Im 50" gives (4, 30) only.
Mend of round 31a: no image before a month/year ("Kontrolle: im 06/2026"), none after a lower-case "im" that a word
follows ("Gallstones – im 3 of them"), and no "#a/s" on a rib or fracture item ("Healing #3/4 left ribs": the UK "#").
"""

from __future__ import annotations

import re

from curation.snippets.grammar import SERIES_MENTION, RefSpan, image_list_at
from curation.snippets.pair_shapes import month_year_like
from curation.snippets.timepoint_words import MARKDOWN, SECTION, SECTION_ALONE

__all__ = ["bullet_image_refs", "unseriesed_bullet_image"]

# (refs-fix29: a report-section heading on a line of its own without a colon too, "**Impression**", "## Findings":
# it names no series, so its bullets' bare "Im N" gets no row under either decision)
_HEADING = re.compile(r"(?im)^(?:[^\n]{0,120}:$|[ \t]*" + MARKDOWN + SECTION + SECTION_ALONE + ")")
# (round 31a: numbered items "1)", "2." too)
_BULLET = re.compile(r"[ \t]*(?:[•·*–-]|\d{1,2}[.)])[ \t]")
_IM = r"(?<![\w#])(?-i:Im|IM)"  # the viewer's image label, as a word
# not before an ordinal: "Im 3. Segment" (mend of round 28b)
# round 31a: a lower-case "im" too where a dash or a colon sets it off at an item's end ("calculus, 6 mm – im 54")
_IMAGE = re.compile(r"(?:" + _IM + r"|(?<=[–—:-] )im)\.?(?=[ \t]?\d)(?![ \t]?(?:1[0-2]|[1-9])\.[ \t]*[^\W\d_])")
# round 31a: "#45/4", "#112/4": image 45 of series 4 where 4 is the heading's series
_HASH_PAIR = re.compile(r"(?<!\w)#([1-9]\d{0,3})/([1-9]\d{0,3})(?![\d/])")
_LABEL = re.compile(_IM + r"\b")
# mend of round 31a: no image after "im"/"Im" before a month/year ("Kontrolle: im 06/2026"), none after a lower-case
# "im" that a word follows ("Gallstones – im 3 of them"), no "#a/s" on a rib or fracture item (the UK "#" for a
# fracture: "Healing #3/4 left ribs")
_MONTH_YEAR_AFTER = re.compile(r"[ \t]?(\d{1,2})/(\d{2,4})\b")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_FRACTURE = re.compile(r"(?i)\b(?:ribs?|Rippe\w*|\w*costal\w*|fractur\w*|Fraktur\w*|callus|Kallus|heal\w*)\b")


def _heading_series(text: str, heading: re.Match[str]) -> set[int]:
    """The series numbers a heading line names."""
    return {int(m.group(1)) for m in SERIES_MENTION.finditer(text, heading.start(), heading.end())}


def unseriesed_bullet_image(text: str, start: int) -> bool:
    """Whether `start` is a bare "Im"/"IM" label on a bullet line under a heading line (ending with ":", only bullet
    lines between) that names no series or more than one: an image whose series the report does not say."""
    if _LABEL.match(text, start) is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    while _BULLET.match(text, line):
        if line == 0:
            return False  # bullets from the text's start: no heading
        line = text.rfind("\n", 0, line - 1) + 1
    heading = _HEADING.match(text, line)
    return heading is not None and line < start and len(_heading_series(text, heading)) != 1


def _images_after(text: str, a: int, b: int, upto: int) -> tuple[int, tuple[tuple[int, int], ...]] | None:
    """The image list after the label at `a`..`b` (`grammar.image_list_at`), None before a month/year, and after a
    lower-case "im" that a word follows (mend of round 31a)."""
    if (my := _MONTH_YEAR_AFTER.match(text, b)) is not None and month_year_like(my.group(1), my.group(2)):
        return None
    found = image_list_at(text, b, upto)
    if found is None or (text[a] == "i" and _WORD_AFTER.match(text, found[0])):
        return None
    return found


def bullet_image_refs(text: str) -> list[RefSpan]:
    """The "Im N" citations of bullet lines under a heading that names a series (see the module), in text order."""
    if ":\n" not in text or ("Im" not in text and "IM" not in text and "im" not in text and "#" not in text):
        return []
    out: list[RefSpan] = []
    for heading in _HEADING.finditer(text):
        if len(named := _heading_series(text, heading)) != 1:
            continue  # no series, or two: which one the bullets' images belong to is unknown
        pos = heading.end() + 1
        while pos < len(text) and _BULLET.match(text, pos):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            # one reference per "Im": "Im 140 and Im 152" gives two (the learned decision may keep either alone)
            marks = [m.span() for m in _IMAGE.finditer(text, pos, end)]
            for k, (a, b) in enumerate(marks):
                upto = marks[k + 1][0] if k + 1 < len(marks) else end
                if (found := _images_after(text, a, b, upto)) is not None:
                    out.append(RefSpan(start=a, end=found[0], form="io", series=None, images=found[1]))
            out += [
                RefSpan(start=m.start(), end=m.end(), form="io", series=None, images=((int(m.group(1)),) * 2,))
                for m in _HASH_PAIR.finditer(text, pos, end)
                if int(m.group(2)) in named
                and _FRACTURE.search(text[pos : m.start()] + " " + text[m.end() : end]) is None
            ]
            pos = end + 1
    return out
