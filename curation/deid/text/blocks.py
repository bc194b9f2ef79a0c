"""PHI found from the layout of letter heads, footers and address blocks, not from word lists.

- A street before a postcode: any capitalised street name with a house number right before a postcode and
  town ("Klagesmarkt 3\\n30159 Hannover", "Via alla Chiesa 8, 6648 Minusio"): the postcode makes it an
  address even when neither the street word nor the town is known.
- An address line: the capitalised parts of a line right before its postcode ("Treliske, Truro, TR1 3LJ",
  "12 Mill Road, Ely, CB7 4DF") are places.
- A letter head: the first line of a block whose next lines carry an address ("Kreiskliniken X\\n
  Institut für Radiologie\\nMemminger Str. 41 · 87439 Kempten") names the institution, unless it is a
  department line ("Institut für Diagnostische Radiologie", "Department of Radiology").
"""

from __future__ import annotations

import re

from curation.deid.text.common import CLAUSE_END, LO, UP, Hit, literal_starts, words
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.town_tails import with_town_tail
from curation.deid.text.towns import towns

# A postcode and town: German five digits, Austrian/Swiss four (not a year 1900-2099 without a prefix).
_POSTCODE = literal_starts(re.compile(
    rf"(?<![\w.,/:-])(?P<v>\d{{4,5}}[ \t][{UP}][\w{LO}'-]+(?:[ -](?:(?:im|am|an der|a\.\s?d\.)[ \t])?"
    rf"[{UP}][\w{LO}'-]+)?)"))
_CLAUSE_AFTER = re.compile(CLAUSE_END)
_NOUN_ENDS = ("ung", "heit", "keit", "schaft", "tion", "sion", "nis", "tät", "en", "er", "e")
_PREFIX = re.compile(r"(?<![\w-])(?:D|A|CH|FL|DE|AT)-\Z")
# A street and house number just before it, on the same line (after ",", "·", "|") or on the line above.
_STREET_BEFORE = re.compile(
    rf"(?<![\w{LO}.-])(?P<v>[{UP}][\w{LO}'.-]+(?:[ \t](?:[{LO}]{{1,4}}[ \t]){{0,2}}[{UP}][\w{LO}'.-]+){{0,3}}"
    rf"[ \t]?\d{{1,4}}[a-z]?(?:[-/]\d{{1,4}}[a-z]?){{0,3}})(?:[ \t]*[,·|][ \t]*|[ \t]*\n[ \t]*)\Z")
_NUMBER_BEFORE = re.compile(r"\d[a-z]?[ \t]*(?:[,·|][ \t]*|\n[ \t]*)\Z")
# Clinical words that stand before a number and a comma ("Serie 4, 2023 ...") are no street.
_NOT_STREETS = words("""
serie series se bild image im img segment seg level grad grade typ type stadium stage score dosis dose
schicht slice phase kontrolle control befund report tag day woche week jahr year monat month station zimmer
room bett bed ward fall case nr no
""")
_NOT_TOWNS = frozenset({"Einheiten", "IE", "Bilder", "Schichten", "Images", "Slices", "Units", "Patienten",
                        "Hounsfield", "Uhr", "Jahre", "Tage", "Fälle", "Kontrollen"})

_PART_SPLIT = re.compile(r"[ \t]*[,·|][ \t]*")
_PLACE_PART = re.compile(rf"[{UP}][\w{LO}'-]+(?:[ \t][{UP}][\w{LO}'-]+){{0,2}}")
_POSTCODE_SHAPE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]{2}[ \t]\d{5}(?:-\d{4})?|\d{4,5})\b")

_DEPARTMENT_LINE = re.compile(
    r"(?:[^\W\d_]+[ \t])?(?:Institut|Abteilung|Department|Dept\.?|Klinik|Zentrum|Service|Servizio|Division|"
    r"Sektion|Fachbereich|Praxis|Bereich|Unit|Section)[ \t](?:für|of|for|de|di|du|des|della|del)\b")
_BLANK_LINE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_HEAD_SEPARATOR = re.compile(r"[ \t]*[|·][ \t]*")
_HEAD_LINE = re.compile(rf"[{UP}][\w{LO}'.&-]*(?:[ \t]+(?:[{UP}][\w{LO}'.&-]*|[{LO}]{{1,4}}|&|-))*[ \t]*")
# Lines that open a letter's body or a report's sections, never a letter head.
_NOT_HEAD_WORDS = words("""
sehr liebe lieber dear befund beurteilung untersuchung indikation anamnese klinische fragestellung technik
findings impression history indication technique report comparison examination patient patientin name
re betreff betrifft to an von from cc kopie datum date ct mrt mr mri röntgen sonographie sonografie sono
us pet pet-ct spect xr x-ray thorax abdomen schädel nachtrag addendum herrn herr frau mr mrs ms miss dr prof
madame monsieur signora signor
""")


# Field labels before a street ("Wohnhaft Hauptstr. 5, ...") are not part of it.
_LABELS = words("""
wohnhaft anschrift adresse address wohnort wohnt domicile domicilio adr adr. postanschrift absender rechnung
zustellung home mailing residence indirizzo
""")


def _street_hits(text: str, hits: list[Hit]) -> list[Hit]:
    found: list[Hit] = []
    for m in _POSTCODE.finditer(text):
        start = m.start("v")
        town = m.group("v").split()[1]
        prefixed = _PREFIX.search(text, max(0, start - 3), start)
        number = int(m.group("v").split()[0])
        if town in _NOT_TOWNS:
            continue
        # A year-like number (1900-2099) before a town with a street before it is a postcode of western Switzerland
        # or Neuchâtel ("Les Granges 12, 1922 Salvan"; round 14c) when the town is listed or closes its clause.
        year_like = not prefixed and len(str(number)) == 4 and 1900 <= number <= 2099
        if year_like and not (town in towns() or (_CLAUSE_AFTER.match(text, m.end("v"))
                                                  and not town.endswith(_NOUN_ENDS))):
            continue
        at = prefixed.start() if prefixed else start
        if not _NUMBER_BEFORE.search(text, max(0, at - 10), at):
            continue  # a cheap look at the house number first: the street search below tries every position
        street = _STREET_BEFORE.search(text, max(0, at - 64), at)
        if street is None or street.group("v").split()[0].lower().rstrip(".") in _NOT_STREETS:
            continue
        end = m.end("v")
        if (parts := m.group("v").split())[-1].isupper() and len(parts) == 3 and len(parts[-1]) <= 3:
            end = m.start("v") + len(" ".join(parts[:2]))  # "83352 Altenmarkt OT ...", "6460 Altdorf UR" (round 14c)
        found.append(Hit(prefixed.start() if prefixed else start, with_town_tail(text, start, end), "ADDRESS", "rule"))
        if _covered(hits, street.start("v"), street.end("v")):
            continue  # a street rule found it (and its label was left out there)
        first = street.start("v")
        for word in re.finditer(r"\S+", street.group("v")):
            if word.group().lower().rstrip(":") not in _LABELS:
                break
            first = street.start("v") + word.end() + 1
        found.append(Hit(first, street.end("v"), "ADDRESS", "rule"))
    return found


def _covered(hits: list[Hit], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)


def _line_parts_before(text: str, hits: list[Hit], postcode: Hit) -> list[Hit]:
    """The one or two capitalised parts of the line right before a postcode ("Treliske, Truro, TR1 3LJ")."""
    line_start = text.rfind("\n", 0, postcode.start) + 1
    out: list[Hit] = []
    end = postcode.start
    for _ in range(2):
        seps = list(_PART_SPLIT.finditer(text, line_start, end))
        sep = seps[-1] if seps else None
        if sep is None or sep.end() != end:
            break
        previous = max((s.end() for s in _PART_SPLIT.finditer(text, line_start, sep.start())), default=line_start)
        part = _PLACE_PART.fullmatch(text, previous, sep.start())
        if part is None or _covered(hits, previous, sep.start()) or any(
                w.lower() in NOT_NAME_WORDS for w in part.group().split()):
            break
        out.append(Hit(previous, sep.start(), "ADDRESS", "rule"))
        end = previous
    return out


def _letter_head(text: str, hits: list[Hit]) -> list[Hit]:
    """The first line of a block (text start or after a blank line) when one of the next three lines carries
    an address hit and the line itself is a capitalised phrase that no hit covers."""
    out: list[Hit] = []
    addresses = [h for h in hits if h.label == "ADDRESS"]
    if not addresses:
        return out
    # The first line of each block: the text's start and every line after a blank one.
    starts = [0, *(m.end() for m in _BLANK_LINE.finditer(text))]
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # A one-line head: "Praxis X | Hauptstr. 5 | 69117 Heidelberg" (the rest of the line is the address).
        sep = _HEAD_SEPARATOR.search(text, start, end)
        head_end = sep.start() if sep else end
        head = _HEAD_LINE.fullmatch(text, start, head_end)
        if head is None or not 1 <= len(head.group().split()) <= 9:
            continue
        first = head.group().split()[0].lower().rstrip(":,.")
        if first in _NOT_HEAD_WORDS or (_DEPARTMENT_LINE.match(text, start, head_end)
                                        and "Dr." not in head.group()):
            continue
        below = [(sep.end(), end)] if sep else []
        s = end + 1
        while s < len(text) and len(below) < 4:
            e = text.find("\n", s)
            e = len(text) if e < 0 else e
            if not text[s:e].strip():
                break
            below.append((s, e))
            s = e + 1
        if not any(h.start <= s + len(text[s:e]) - len(text[s:e].lstrip()) < h.end for s, e in below
                   for h in addresses):
            continue  # a line alone, or no line of its block opens with an address ("Anschrift: ..." does not)
        stop = start + len(head.group().rstrip())
        if any(h.start <= start and h.end >= stop for h in hits if h.label in ("INSTITUTION", "ADDRESS")):
            continue
        out.append(Hit(start, stop, "INSTITUTION", "rule"))
    return out


# (Round 14c) A house number and a street name of any word on the line right above a postcode line of a
# line-broken block: "Flat 12, Marlowe House\n5 Quayside\nBristol BS1 4QA".
_NUMBER_STREET_LINE = re.compile(
    r"[ \t]*(?P<v>\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?,?[ \t][A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})[ \t]*")


def _street_line_above(text: str, hits: list[Hit], line_start: int) -> list[Hit]:
    if line_start < 2 or text[line_start - 1] != "\n":
        return []
    m = _NUMBER_STREET_LINE.fullmatch(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
    if m is None or _covered(hits, m.start("v"), m.end("v")) or m.group("v").split()[1].lower() in _NOT_STREETS:
        return []
    return [Hit(m.start("v"), m.end("v"), "ADDRESS", "rule")]


def block_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """ADDRESS and INSTITUTION hits from the layout; `hits` are the other rules' hits so far."""
    found = _street_hits(text, hits)
    every = [*hits, *found]
    for start, end in {(h.start, h.end) for h in every if h.label == "ADDRESS"}:
        if _POSTCODE_SHAPE.search(text, start, end):
            found.extend(_line_parts_before(text, every, Hit(start, end, "ADDRESS", "rule")))
            if "\n" in text and (start == 0 or text[start - 1] == "\n"):
                found.extend(_street_line_above(text, every, start))
    if "\n" in text or "|" in text or "·" in text:
        found.extend(_letter_head(text, [*hits, *found]))
    return found
