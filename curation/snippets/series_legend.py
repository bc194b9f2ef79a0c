"""A legend line that names the series once, and the bare citations below it (issue 16, round 31a).

A structured report often opens with a key of its series, "Serien: 3 = axial Knochen, 4 = koronar, 5 = sagittal",
"Series key: 3 = axial T2, 5 = sagittal T1", "Legende: Se 2 = Lungenfenster, Se 3 = Weichteilfenster", and then cites
by number alone or by the series' name:

    (2/9, 6/22)   (4 / 12, 3 / 9)   (NASCET): 3:120      -> series 2 image 9, ... (the first number is a key's series)
    koronar Bild 44   sagittal T1 image 9   DWI Bild 14   -> the series the key names so

`legend_refs(text)` returns both kinds after the legend line:
- a bare pair "a/b", "a / b" or "a:b" whose a is a series of the key, in a bracket, after ":", a dash or "@", or
  right after a word of a key's name ("coronal MIP 601:44"); a month/year shape and a pair after a spine level or
  segment word ("LWK 4/5") are none; a prior word before it in its bracket part ("(2/10; VA 2/11)") makes it the
  earlier study's;
- an image word with its number ("Bild 44", "image 9") right after one or two words that name exactly one key's
  series ("koronar", "sagittal T1"): that series; the miner puts these in place of the grammar's reading (which
  takes the series named last).
A key needs two or more "n = name" items on one line after a series word or "Serien:"/"Series:"/"Legende:"; a line
naming one series ("Serie 5 = CT venös") is no key, and a key that nothing cites below gives nothing.
"""

from __future__ import annotations

import re

from curation.snippets.column_cells import IMAGE_WORDS
from curation.snippets.grammar import RefSpan, image_list_at
from curation.snippets.pair_shapes import month_year_like
from curation.snippets.timepoints import _column_label

__all__ = ["legend_refs"]

_SERIES_WORD = r"(?:Serien|Series|Serie|Se|Ser|Sér|Sequenzen)\.?"
_ITEM = re.compile(
    r"(?i)(?:" + _SERIES_WORD + r"\s*)?(?<!\d)([1-9]\d{0,3})\s*=\s*([^,;.\n=]{2,40}?)\s*(?=[,;.]|$|\n|"
    r"\s(?:und|and)\s)"
)
_KEY_LINE = re.compile(
    r"(?im)^[^\n]*?\b"
    + _SERIES_WORD
    + r"(?:\s*key|\s*legend)?\s*:?\s*(?:"
    + _SERIES_WORD
    + r"\s*)?[1-9]\d{0,3}\s*=[^\n]*$|^[^\n]*\bLegende?\s*:[^\n]*=[^\n]*$"
)
_GATE = re.compile(r"\d\s*=\s*\w")
_PAIR = re.compile(r"(?<![\w./:#-])([1-9]\d{0,3})(\s?/\s?|:)([1-9]\d{0,3})(?![\w/:]|[.,]\d)")
_LEAD = re.compile(r"(?:[(\[;,:@–—-]|\bund|\band)\s*$")
# ... or a lead and one timepoint word ("(2/14; VU 2/13)")
_LEAD_WORD = re.compile(r"(?:[(\[;,:@–—-]|\bund|\band)\s*(\w+\.?)\s+$")
_LEVEL = re.compile(r"(?i)\b(?:LWK|BWK|HWK|SWK|L|C|Th|T|S|Segment|Seg|HWS|BWS|LWS|Level)\s*$")
_IMAGE = re.compile(r"(?i)\b" + IMAGE_WORDS + r"\.?(?=\s?\d)")
_WORD = re.compile(r"[^\W\d_][\w-]*|[A-Z]+\d\w*", re.UNICODE)
_STOP = {"und", "and", "mit", "with", "der", "die", "das", "the", "in", "im", "of", "von"}


def _key(text: str) -> tuple[int, dict[int, set[str]]] | None:
    """The end of the first key line in `text` and its {series: name words}; None without one."""
    for line in _KEY_LINE.finditer(text):
        items = {int(m.group(1)): m.group(2) for m in _ITEM.finditer(line.group())}
        if len(items) >= 2:
            return line.end(), {s: {w.lower() for w in _WORD.findall(name)} - _STOP for s, name in items.items()}
    return None


def _named(words: list[str], key: dict[int, set[str]]) -> int | None:
    """The one series whose name holds the last word of `words` (then the one before it), else None."""
    for word in reversed(words[-2:]):
        hits = [s for s, names in key.items() if word.lower() in names]
        if len(hits) == 1:
            return hits[0]
        if hits:
            return None
    return None


def legend_refs(text: str) -> tuple[list[RefSpan], list[RefSpan]]:
    """(pairs, named images) after the text's series key (see the module); ([], []) without a key."""
    if "=" not in text or _GATE.search(text) is None or (found := _key(text)) is None:
        return [], []
    start, key = found
    pairs: list[RefSpan] = []
    for m in _PAIR.finditer(text, start):
        s, i = m.group(1), m.group(3)
        if int(s) not in key or (m.group(2) != ":" and month_year_like(s, i)):
            continue
        before = text[max(start, m.start() - 24) : m.start()]
        word = _LEAD_WORD.search(before)
        if _LEVEL.search(before) or not (
            _LEAD.search(before)
            or _named(_WORD.findall(before), key) == int(s)
            or (word is not None and _column_label(word.group(1)) is not None)
        ):
            continue
        part = re.split(r"[;,(\[]", before)[-1]
        label = _column_label(part)
        pairs.append(
            RefSpan(
                start=m.start(),
                end=m.end(),
                form="lg",
                series=int(s),
                images=((int(i),) * 2,),
                prior=label is not None and label[0] != "now",
            )
        )
    named: list[RefSpan] = []
    for m in _IMAGE.finditer(text, start):
        line = text.rfind("\n", 0, m.start()) + 1
        series = _named(_WORD.findall(text, max(line, m.start() - 30), m.start()), key)
        if series is None or (items := image_list_at(text, m.end())) is None:
            continue
        named.append(RefSpan(start=m.start(), end=items[0], form="lg", series=series, images=items[1]))
    return pairs, named
