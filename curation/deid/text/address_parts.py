"""The parts of a one-line address before its postcode, and a town with its partial postcode (round 25).

Writers of many retired held-outs (13, 20, 27, 28, 29, 31, 32, 34, 36) put a whole address on one line, its parts
joined by commas, and the rules found the postcode with its town but not every part before it:

- **The parts before a postcode**: "Ms <Name>, Trewartha, Fore Street, St Ives TR26 1HE", "22 Mill Brow, Kendal LA9
  4PQ", "Croft 4, Achfary, Lairg IV27 4BQ", "Lange Reihe 19, 20099 Hamburg". From an ADDRESS hit that holds a UK
  postcode or opens with a German, Austrian or Swiss postcode, the comma-joined parts before it on its line are
  taken back to the farthest part that shows it belongs to the address: a part with its house number ("22 Mill
  Brow", "Croft 4"), or one that opens the address after a line start, a label's colon, a bracket, "of" / "at",
  another PHI hit and its comma, or a titled name or a birth date and its comma ("Mrs <Name>, DOB <date>, Ty Gwyn,
  ..."). A part no rule found must be town-shaped
  (residence_towns.town_like) or carry a number: "CT Head, Chest, London ..." names no address parts. A number after
  a part's words is a house number only after a street or dwelling word ("Croft 4"; "Grade 3", "Phase 2" are
  scores and end the walk), and before a German, Austrian or Swiss postcode only a numbered or found street counts
  ("Leber, Segment 8000 Bern" has none; mend of round 25).
- **A listed town with its partial postcode** (the outward code only, "Bedford MK41", "Birmingham B17"), after a
  comma and closing its clause: a single-letter code only of the letters that name no vertebra or sequence ("Sale T2",
  "Hyde C5" stay) and only with its own city (B Birmingham, E/N/W London, G Glasgow, M Manchester): "Derby M1",
  "York G2" stay (mend of round 25).
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit
from curation.deid.text.home_addresses import HOUSE_WORDS
from curation.deid.text.places import EN_STREET_WORDS, STREET_SUFFIX, STREET_WORD
from curation.deid.text.residence_towns import town_like
from curation.deid.text.towns import towns

__all__ = ["address_part_hits"]

_UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w])")
_LEADING_POSTCODE = re.compile(r"(?:(?:D|A|CH)-)?\d{4,5}[ \t][A-ZÄÖÜ][a-zäöüß]")
# One part of an address: words (capitalised, a house number, Welsh and English joining words), the last no joiner.
_WORD = r"(?:[A-ZÄÖÜ][\wäöüß'’-]*|\d{1,4}[A-Za-z]?)"
_PART = re.compile(rf"(?<![\w'’:.-]){_WORD}(?:[ \t](?:(?:y|yr|of|upon|on|the)[ \t])?{_WORD}){{0,4}}\Z")
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?[ \t]|[ \t]\d{1,4}[A-Za-z]?$")
# A number after the part's words is a house number only after a street or dwelling word ("Lange Reihe 19", "Croft
# 4", "Flat 2"); after any other word it is a score ("Grade 3", "Phase 2", "Type 2", "Segment 8").
_TRAILING_NUMBER = re.compile(r"[ \t]\d{1,4}[A-Za-z]?\Z")
_DWELLING_BEFORE_NUMBER = re.compile(
    rf"(?:(?<=[a-zäöüß]){STREET_SUFFIX}|(?<![\w-])(?:{STREET_WORD}|{EN_STREET_WORDS}|{HOUSE_WORDS}|Reihe|Zeile|"
    r"Flat|Apartment|Apt|Unit|Suite|Plot|Block|House|Haus|Hof|Stiege))[ \t]\d{1,4}[A-Za-z]?\Z"
)
_ANCHOR_BEFORE = re.compile(r"(?:^|\n|:|\(|(?<![\w])(?:of|at|cc|to|Re))[ \t]*\Z")
# A name with its title, or a birth date with its cue, then a comma: "Ms <Name>, <house>", "DOB <date>, <house>"
# (the name and date rules run after the address rules).
_PERSON_CHUNK_BEFORE = re.compile(
    r"(?:^|\n|[:;(,])[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|M)\.?[ \t][^\n,;:()]{2,40}|"
    r"(?:DOB|D\.O\.B\.|geb\.|born|née?[ \t]le)[ \t:]*[^\n,;()]{4,20}),[ \t]*\Z"
)
_PARTIAL_POSTCODE = re.compile(
    r",[ \t](?P<v>(?P<t>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t](?:[A-Z]{2}|(?P<a>[BEGMNW]))\d{1,2}[A-Z]?)"
    r"(?=[ \t]*(?:[,;.)\]\n]|$))"
)
# A one-letter postcode area belongs to one city: "Birmingham B17", "London N1"; "Derby M1" is a stage, "Bedford
# B2" a category.
# (L and S, Liverpool and Sheffield, name vertebrae: "L4", "S1" are kept later whatever town is before them.)
_ONE_LETTER_AREA_TOWN = {
    "B": "Birmingham",
    "E": "London",
    "N": "London",
    "W": "London",
    "G": "Glasgow",
    "M": "Manchester",
}
_TOWN_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w.'’-]*[ \t]){1,2}\Z")
_UNIT = re.compile(r"(?:Flat|Apartment|Apt|Unit|Suite)[ \t]\d")
_MAX_PARTS = 4


def _covered(spans: list[Hit], start: int, end: int, labels: tuple[str, ...]) -> bool:
    return any(s.start <= start and end <= s.end and s.label in labels for s in spans)


def _dwelling_number(part: str) -> bool:
    """Whether the number closing `part` follows a street or dwelling word, in capitals too ("FLAT 4")."""
    return _DWELLING_BEFORE_NUMBER.search(part.title() if part.isupper() else part) is not None


def _anchored(text: str, start: int, spans: list[Hit]) -> bool:
    """Whether the address may open at `start`: after a line start, a label, a bracket, "of" / "at", or a PHI hit
    and its comma."""
    if _ANCHOR_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    if _PERSON_CHUNK_BEFORE.search(text, max(0, start - 70), start):
        return True
    head = text[:start].rstrip(" \t")
    return head.endswith(",") and any(s.end == len(head) - 1 for s in spans if s.label != "INSTITUTION")


def _parts_before(text: str, start: int, spans: list[Hit], street_only: bool) -> list[tuple[int, int]]:
    """The comma-joined parts before `start` that belong to the address, each (start, end), up to the farthest that
    shows it belongs; after a part with its house number, only one more part that opens the address (a flat, a
    house name). `street_only`: one part, a street with its house number or one a rule found (before a German,
    Austrian or Swiss postcode)."""
    most = 1 if street_only else _MAX_PARTS
    parts: list[tuple[int, int]] = []
    taken = 0
    numbered_seen = False
    for _ in range(most):
        if text[max(0, start - 2) : start] != ", ":
            break
        m = _PART.search(text, max(0, start - 60), start - 2)
        if m is None or _covered(spans, m.start(), m.end(), ("PERSON", "INSTITUTION", "DATE", "ID", "PHONE")):
            break
        # A found street or house inside the part: the rule knew where it starts ("Wohnhaft <Street> 140").
        inner = [sp.start for sp in spans if sp.label == "ADDRESS" and sp.end == m.end() and m.start() < sp.start]
        part_start = min(inner) if inner else m.start()
        part = text[part_start : m.end()]
        found = _covered(spans, part_start, m.end(), ("ADDRESS",))
        score = _TRAILING_NUMBER.search(part) and not part[0].isdigit() and not _dwelling_number(part)
        if score and not found:
            break  # a score, no house number: "Procedure, Grade 3, Leeds LS1 3EX" names no address parts
        numbered = _HOUSE_NUMBER.search(part) is not None
        if street_only and not (found or numbered):
            break  # before a German, Austrian or Swiss postcode only a numbered street: "Leber, Segment 8000 Bern"
        name = " ".join(w for w in part.split() if w[0].isupper())
        if not name:
            break  # a number alone ("<Name>, 81, ..."): an age or a count, no part of an address
        named = town_like(name)
        if not (found or (numbered and named) or (not part[0].isdigit() and named)):
            break
        anchored = _anchored(text, part_start, spans)
        if numbered_seen and not anchored and not _UNIT.match(part):
            break
        parts.append((part_start, m.end()))
        start = part_start
        if numbered or anchored:
            taken = len(parts)
        numbered_seen = numbered_seen or numbered
    return parts[:taken]


def address_part_hits(text: str, spans: list[Hit]) -> list[Hit]:
    """ADDRESS hits of the parts before a postcode and of towns with a partial postcode (`spans`: the hits so
    far)."""
    hits: list[Hit] = []
    if ", " not in text:
        return hits  # (a cheap gate: every part and every partial postcode comes after ", ")
    for m in _PARTIAL_POSTCODE.finditer(text):
        area = m.group("a")
        if (m.group("t") == _ONE_LETTER_AREA_TOWN[area]) if area else (m.group("t") in towns()):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for span in (*spans, *hits):
        if span.label != "ADDRESS":
            continue
        value = text[span.start : span.end]
        if not (_UK_POSTCODE.search(value) or _LEADING_POSTCODE.match(value)):
            continue
        # A German, Austrian or Swiss address has its street only before the postcode, and one no rule found.
        street_only = _LEADING_POSTCODE.match(value) is not None
        # The town's first words when a rule took only its last one ("St Ives TR26 1HE" as "Ives TR26 1HE"): a UK
        # town comes before its postcode, a German one after it ("Leber, Segment 8000 Bern").
        head = span.start
        if not street_only and (m := _TOWN_WORDS_BEFORE.search(text, max(0, head - 30), head)) is not None:
            head = m.start()
        if street_only and any(s.label == "ADDRESS" and s.end == head - 2 for s in spans):
            continue
        parts = _parts_before(text, head, spans, street_only) if text[max(0, head - 2) : head] == ", " else []
        # One hit per part: each part is replaced on its own, its comma stays ("[ADDRESS], [ADDRESS], ...").
        hits.extend(Hit(a, b, "ADDRESS", "rule") for a, b in parts)
        if parts and head < span.start:
            hits.append(Hit(head, head + len(text[head : span.start].rstrip()), "ADDRESS", "rule"))
    return hits
