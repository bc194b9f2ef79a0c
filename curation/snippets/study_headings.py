"""Headings that name an outside or earlier examination with its series (issue 16, round 18).

Comparison sections list the earlier examination under a heading of its own, then today's under another:

    Externe CT vom 03.02.2025 (Serie 2):
    Rundherd rechts 8 mm (Bild 45).
    Aktuelle CT (Serie 4):
    Rundherd rechts 11 mm (Bild 52).

An image-only citation below the first heading takes its series (the miner's context series, from the "(Serie 2)"
mention) and also its study: it points into the outside examination. A citation that writes the heading's series is
the earlier study's too. The heading may carry its findings after the colon ("Outside CT, series 3: nodule (image
70)"). The block runs to a blank line, a line ending in ":" or the next heading with a series; a heading of today's
examination ("Aktuelle CT (Serie 4):", "This study (series 5):") ends it and flags nothing.

Round 20: the same label also opens a clause inside a line, after a sentence end or a ";" ("... image 52. Current CT
series 5: ...", "Previous CT series 3 (2023): nodule 7 mm image 48, satellite image 52. Current CT series 5: ..."):
one mechanism for the line heading and the clause opener. A clause opener's scope also ends at a now word ("...;
heute 9 mm (Se 5 Im 44)"), and its label must name the series before the colon (any word order: "Comparison CT 2022
series 2:", "Vor-MRT 2021, Serie 6:", "Prior MRI series 701 (2024):").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from curation.snippets.grammar import NOW_WORD, PRIOR_CUE, RefSpan

__all__ = ["prior_by_study_heading"]

# A heading: a line's start up to its first ":" that names one series and no image ("Externe CT (Serie 2):", "Outside
# MRI of 11/2024, series 6:", "Vorbefund Serie 3:"), its findings on the lines below or after the colon.
_HEADING = re.compile(r"(?m)^[ \t]*(?P<label>[^\n:]{2,100}?)[ \t]*:(?!\d)")
# Round 20: the same label opening a clause after a sentence end, ";" or a section label's ":" inside a line (no "."
# in the label).
_INLINE = re.compile(r"[.!?;:][ \t]+(?P<label>[^\n:.;!?]{2,80}?)[ \t]*:(?!\d)")
_OPENER = re.compile(r"[.!?;:]")
_SERIES = re.compile(r"(?i)(?<!\w)(?:Serien?|Series|Se|Ser|Sequenz|Sequence)\.?\s*(?:Nr\.?\s*|no\.?\s*|#\s*)?"
                     r"(?P<series>\d{1,4})(?!\d|\s*[,/;]?\s*(?:Bild|Bi|image|img|im|ima)\b)")
_IMAGE_WORD = re.compile(r"(?i)\b(?:Bild|Bilder|Bi|images?|img|im|ima|Schicht|slice)\.?\s*\d")
_LINE_HEADING = re.compile(r"(?m)^[^\n]*:[ \t]*$|\n[ \t]*\n")
_OTHER_EXAM = re.compile(r"(?i)\b(?:Fremd\w*|auswärtig\w*|extern\w*|outside|external|comparison|Vergleichs\w*)\b")
_THIS_EXAM = re.compile(r"(?i)\b(?:this|these|diese[rsmn]?|today'?s?|heutige[nrms]?)\s+(?:study|exam\w*|CT|MRT?|MRI|"
                        r"scan|Untersuchung)\b")


def _earlier(label: str) -> bool:
    """The heading's label names an earlier or outside examination and no now-word."""
    if NOW_WORD.search(label) or _THIS_EXAM.search(label):
        return False
    return PRIOR_CUE.search(label) is not None or _OTHER_EXAM.search(label) is not None


def _heading_series(label: str) -> int | None:
    """The one series a heading's label names (none when it names an image too, or no or several series; round 30a:
    none when its ":" stands inside a bracket the label opens, a label of the bracket's own citation, "Nodulus
    (Serie 3), stabil gegenüber dem Vorbefund (precedente: serie 2 immagine 49)", no heading)."""
    if label.count("(") > label.count(")"):
        return None
    found = _SERIES.findall(label)
    return int(found[0]) if len(found) == 1 and not _IMAGE_WORD.search(label) else None


def _inline(text: str) -> list[re.Match[str]]:
    """`list(_INLINE.finditer(text))`, skipped where it must be empty (mining speed 18): a match's ":" stands at least
    four characters after its opening stop (a blank and two label characters between), so none exists unless a stop
    stands before the text's last ":" less three (most reports: one section label's ":" and no stop before it)."""
    last = text.rfind(":")
    if last < 4 or _OPENER.search(text, 0, last - 3) is None:
        return []
    return list(_INLINE.finditer(text))


def prior_by_study_heading(text: str, spans: Sequence[RefSpan]) -> set[int]:
    """Indices of `spans` (the whole text's references, in text order) below a heading of an earlier or outside
    examination with its series: the image-only ones and those that write the heading's series. The block runs to a
    blank line, a line ending in ":" or the next heading with a series. Never clears a flag."""
    found = [(m, False) for m in _HEADING.finditer(text)] + [(m, True) for m in _inline(text)]
    heads = sorted(((m, series, inline) for m, inline in found
                    if (series := _heading_series(m.group("label"))) is not None), key=lambda h: h[0].start())
    out: set[int] = set()
    for k, (head, series, inline) in enumerate(heads):
        if not _earlier(_SERIES.sub(" ", head.group("label"))):
            continue
        stop = _LINE_HEADING.search(text, head.end())
        block_end = min(stop.start() if stop is not None else len(text),
                        heads[k + 1][0].start() if k + 1 < len(heads) else len(text))
        if inline or "\n" not in text[head.end():block_end]:  # a clause: a now word switches back to this study
            now = NOW_WORD.search(text, head.end(), block_end)
            block_end = now.start() if now is not None else block_end
        # a citation may start at the label's series word and run past the colon ("Serie 3: Herd Bild 20")
        out |= {i for i, r in enumerate(spans)
                if (head.end() <= r.start or head.start("label") <= r.start < head.end() < r.end)
                and r.start < block_end and not r.prior and r.series in (None, series)}
    return out
