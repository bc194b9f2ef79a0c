"""A legend line that names the series once, and the bare citations below it (issue 16, round 31a; one reader since
refs-legend31, which merged round 31b's `declared_series` into it).

A structured report often opens with a key of its series, "Serien: 3 = axial Knochen, 4 = koronar, 5 = sagittal",
"Series key: 3 = axial T2, 5 = sagittal T1", "Serie 3 = PD fs kor, Serie 4 = PD fs sag", "Legende: Se 2 =
Lungenfenster, Se 3 = Weichteilfenster", and then cites by number alone or by the series' name:

    (2/9, 6/22)   (4 / 12, 3 / 9)   (4/6-8)   (NASCET): 3:120   -> series 2 image 9, ... (a key's series first)
    koronar Bild 44   sagittal T1 image 9   DWI Bild 14         -> the series the key names so

`legend_refs(text)` returns both kinds after the key line:
- a bracket of bare pairs only ("(2/9, 6/22)", "(3:8 und 6:20)", a range "(4/6-8)") whose every pair is of a key's
  series; outside such a bracket a bare pair "a/b", "a / b" or "a:b" whose a is a key's series after "(", ":", a dash,
  "@", a list comma or "und", right after a word of a key's name ("coronal MIP 601:44") or after one timepoint word
  ("(2/14; VU 2/13)"); a month/year shape, a year, and a pair after a spine level or segment word ("LWK 4/5") are
  none;
- an image word with its number ("Bild 44", "image 9") right after one or two words that name exactly one key's
  series ("koronar", "sagittal T1"): that series; the miner puts these in place of the grammar's reading (which
  takes the series named last).
A key needs two or more "n = name" items (a name starts with a letter) on one line after a series word or
"Serien:"/"Series:"/"Legende:"; a line naming one series ("Serie 5 = CT venös"), "Score 4 = hoch", "n = 12" and
"3 = 45 mm" are no key, and a key that nothing cites below gives nothing.

ONE set of refusals holds for every pair the key makes readable, in a bracket or after a lead (mend of round 31b,
extended by refs-legend31 to the lead pairs): a fraction, date, score or ratio word before it
(`grammar.FRACTION_CONTEXT`, "Signalverhältnis Läsion/Muskel: 3:1"), a measure, date or event word right before it
("um (2/3)", "von", "Dosis", "Unfall"), "der/des/of", a unit or a count right after it ("– 2/3 der Ausgangshöhe",
"- 3/4 of the previous size", "(2/6) Proben"); outside a bracket, after ":" or a dash, a fraction shape ("– 1/3
kleiner": a/b with a < b <= 10) or a ratio to one ("3:1"). A lone small pair (one pair, image below 10, no range) is
read only where the text backs the key's use: another group of several pairs or a range, or a pair with an image of
10 or more. Every pair gets the grammar's own study decision (`grammar.prior_decided`: "VU (2/7): ...; heute (2/9)"
cites the earlier exam first, "(2/14; VU 2/13)" the earlier exam second).
"""

from __future__ import annotations

import re

from curation.snippets.column_cells import IMAGE_CITED
from curation.snippets.grammar import BARE_PAIR, FRACTION_CONTEXT, RefSpan, image_list_at, prior_decided
from curation.snippets.pair_shapes import month_year_like
from curation.snippets.timepoints import _column_label

__all__ = ["declared_series", "legend_refs"]

_SERIES_WORD = r"(?:Serien|Series|Serie|Se|Ser|Sér|Sequenzen)\.?"
# "<n> = <name>": a name starts with a letter ("3 = 45 mm" names nothing)
_ITEM = re.compile(
    r"(?i)(?:" + _SERIES_WORD + r"\s*)?(?<![\d/.,])([1-9]\d{0,3})\s*=\s*([^\W\d_][^,;.\n=]{1,39}?)\s*(?=[,;.]|$|\n|"
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
# the colon or dash of a value ("Befall: 2/3 der ...", "– 1/3 kleiner"), where a fraction shape is no citation
_VALUE_LEAD = re.compile(r"[:–—-]\s*$")
_LEVEL = re.compile(r"(?i)\b(?:LWK|BWK|HWK|SWK|L|C|Th|T|S|Segment|Seg|HWS|BWS|LWS|Level)\s*$")
_WORD = re.compile(r"[^\W\d_][\w-]*|[A-Z]+\d\w*", re.UNICODE)
_STOP = {"und", "and", "mit", "with", "der", "die", "das", "the", "in", "im", "of", "von"}
# Mend of round 31b: a pair that measures, counts or dates is no citation: "um (2/3)", "von (3/4) der Zirkumferenz",
# "Kompression (3/4) des Spinalkanals", "in (2/6) Proben", "Dosis (2/5) mg", "Unfall (2/9)" (a date).
_BEFORE_REFUSED = re.compile(
    r"(?i)\b(?:um|von|vom|in|seit|am|bis|Dosis|dose|since|dated|Unfall|Sturz|Trauma|OP|"
    r"Operation|Geburt|accident|injury|fall|surgery)\s*$"
)
_AFTER_REFUSED = re.compile(
    r"(?i)\s*(?:der|des|den|dem|of|de|di|del|della|du)\b|\s*(?:mg|µg|mcg|g|ml|l|mm|cm|%|IE|IU|"
    r"mmHg)(?!\w)|\s*(?:Proben?|Kriterien|Fällen?|Punkte[n]?|Patienten|Quadranten|Segmente[n]?|"
    r"Etagen|samples?|criteria|cases|points|patients|quadrants?|segments|levels)\b"
)
# refs-legend31: a ratio word earlier in the pair's part ("Signalverhältnis Läsion/Muskel: 3:1", "ratio 2:1")
_RATIO = re.compile(r"(?i)(?:verhältnis|ratio|quotient)[^.;()\[\]\n]{0,30}$")
# a bracket of bare pairs only: "(2/9, 6/22)", "(4 / 12; 3 / 9)", "(3:8 und 6:20)"
_PAIRS = BARE_PAIR.pattern
_BRACKET = re.compile(r"\(\s*(" + _PAIRS + r"(?:\s*(?:[,;]|und|and)\s*" + _PAIRS + r")*)\s*\)")


def _key(text: str) -> tuple[int, dict[int, set[str]]] | None:
    """The end of the first key line in `text` and its {series: name words}; None without one."""
    if "=" not in text or _GATE.search(text) is None:
        return None
    for line in _KEY_LINE.finditer(text):
        items = {int(m.group(1)): m.group(2) for m in _ITEM.finditer(line.group())}
        if len(items) >= 2:
            return line.end(), {s: {w.lower() for w in _WORD.findall(name)} - _STOP for s, name in items.items()}
    return None


def declared_series(text: str) -> frozenset[int]:
    """The series numbers the text's key declares (empty without a key)."""
    found = _key(text)
    return frozenset(found[1]) if found is not None else frozenset()


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
    if (found := _key(text)) is None:
        return [], []
    start, key = found
    groups: list[list[RefSpan]] = []
    spans = []  # the brackets of bare pairs only: their pairs are read as one group or not at all
    for bracket in _BRACKET.finditer(text, start):
        spans.append((bracket.start(), bracket.end()))
        if not _refused(text, bracket.start(), bracket.end()) and (pairs := _bracket_pairs(text, bracket, key)):
            groups.append(pairs)
    for m in _PAIR.finditer(text, start):
        if not any(a <= m.start() < b for a, b in spans) and (pair := _lead_pair(text, start, m, key)) is not None:
            groups.append([pair])
    # mend of round 31b: a lone small pair ("(3/5)") is read only where the text backs the key's use: a group of
    # several pairs or a range, or a pair with an image of 10 or more
    backed = any(len(g) > 1 or g[0].images[0][1] >= 10 for g in groups)
    pairs = sorted((p for g in groups if backed or _supported(g) for p in g), key=lambda r: r.start)
    named: list[RefSpan] = []
    for m in IMAGE_CITED.finditer(text, start):
        line = text.rfind("\n", 0, m.start()) + 1
        series = _named(_WORD.findall(text, max(line, m.start() - 30), m.start()), key)
        if series is None or (items := image_list_at(text, m.end())) is None:
            continue
        named.append(RefSpan(start=m.start(), end=items[0], form="lg", series=series, images=items[1]))
    return prior_decided(text, pairs), named


def _supported(group: list[RefSpan]) -> bool:
    """A group that is no fraction by itself: several pairs or a range of images."""
    return len(group) > 1 or group[0].images[0][0] != group[0].images[0][1]


def _refused(text: str, start: int, end: int) -> bool:
    """Whether the pair or bracket at `start`..`end` measures, counts, dates or relates (the one set of refusals for
    every pair a key makes readable)."""
    # refs-legend31: a colon closes the context ("Voruntersuchung vom 3/24: unverändert (3/18)" cites today)
    lo = max(0, start - 40, text.rfind(":", max(0, start - 40), start) + 1)
    return bool(
        FRACTION_CONTEXT.search(text, lo, start)
        or _BEFORE_REFUSED.search(text, max(0, start - 30), start)
        or _AFTER_REFUSED.match(text, end)
        or _RATIO.search(text, max(0, start - 40), start)
    )


def _bracket_pairs(text: str, bracket: re.Match[str], key: dict[int, set[str]]) -> list[RefSpan]:
    """The pairs of one bracket of bare pairs when every one cites a key's series (else none)."""
    pairs = []
    for m in BARE_PAIR.finditer(text, bracket.start(1), bracket.end(1)):
        first, _, last = m.group(3).replace("–", "-").partition("-")
        images = ((int(first), int(last or first)),)
        if int(m.group(1)) not in key or images[0][0] > images[0][1] or 1900 <= images[0][1] <= 2099:
            return []
        pairs.append(RefSpan(start=m.start(), end=m.end(), form="lg", series=int(m.group(1)), images=images))
    return pairs


def _lead_pair(text: str, start: int, m: re.Match[str], key: dict[int, set[str]]) -> RefSpan | None:
    """The pair `m` outside a bracket of bare pairs, read where a lead, a key's name or a timepoint word precedes it and
    no refusal holds (see the module)."""
    s, sep, i = m.group(1), m.group(2), m.group(3)
    if int(s) not in key or (sep != ":" and month_year_like(s, i)):
        return None
    before = text[max(start, m.start() - 24) : m.start()]
    word = _LEAD_WORD.search(before)
    if _LEVEL.search(before) or not (
        _LEAD.search(before)
        or _named(_WORD.findall(before), key) == int(s)
        or (word is not None and _column_label(word.group(1)) is not None)
    ):
        return None
    # refs-legend31: after a value's colon or dash, a fraction shape ("– 1/3 kleiner") or a ratio to one ("3:1")
    if _VALUE_LEAD.search(before) and (int(i) == 1 or ("/" in sep and int(s) < int(i) <= 10)):
        return None
    if _refused(text, m.start(), m.end()):
        return None
    return RefSpan(start=m.start(), end=m.end(), form="lg", series=int(s), images=((int(i),) * 2,))
