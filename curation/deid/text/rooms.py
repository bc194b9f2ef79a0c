"""Rooms, floors and levels inside a hospital: designators, never an address (round 14b).

"Zi. 314", "Zimmer 12", "Raum U1.07", "Room 4.12", "Rm 118", "salle 3", "sala 2" and the floor or level words
with a number, signed or not ("Ebene -1", "Level -2", "Floor 1", "Stock 3", "2. OG", "étage -1", "piano -1",
"UG", "EG") say where in the building an examination is; under Safe Harbor they identify no one. They are keep
ranges, so that no rule or the tagger reads them as an address, a facility's name ("Radiologie Ebene 2") or a
name ("Wachter, Zi").

A designator stays PHI where it is part of a home: on a line with a street, a home unit or a residence before it
("Hauptstraße 5/Stiege 2/Stock 3", "Seniorenresidenz Parkblick, Zimmer 214", "Flat 3, Room 2"): the address rules
take it there, and no keep range is made. A room number with a hyphen is a phone extension ("reporting room
4-7712"), not a room.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit, literal_starts
from curation.deid.text.device_models import TITLE_BEFORE
from curation.deid.text.given_names import is_given_name
from curation.deid.text.places import STREET_WORDS_BEFORE

# (Round 14 review: no letter after the number, "2x"; a floor has at most two digits, never "Stock 2019".)
_NUMBER = r"-?[ \t]?(?:[A-Z]{1,2}\.?)?\d{1,4}(?:\.\d{1,3}){0,2}"
# (Round 19b) a room's wing letter after its number ("Rm 7C", "Zi. 12B"); rooms only, a floor takes none.
_ROOM_NUMBER = _NUMBER + r"(?:[A-Z](?![\w-]))?"
_FLOOR_NUMBER = r"-?[ \t]?\d{1,2}(?![\d.])"
# A room word, then its number ("Zi. 314", "Raum U1.07", "Room 4.12", "Rm 118", "salle 3", "stanza 12").
_ROOM = (r"(?:Zimmer|Zi\.|Zi|Raum|Rm\.?|Room|ROOM|Salle|salle|Sala|sala|[Ss]tanza|[Cc]hambre|Kabine)"
         r"(?:[ \t]?(?:Nr\.|No\.|no\.|n°|#))?[ \t]?:?[ \t]?" + _ROOM_NUMBER)
# A floor or level word with its number before or after it ("Ebene -1", "Level 3", "2. OG", "1st floor", "UG").
_FLOOR_WORD = (r"(?:Ebene|Etage|Stock|Stockwerk|Geschoss|Geschoß|Level|LEVEL|Floor|FLOOR|[ÉéEe]tage|[Nn]iveau|"
               r"[Pp]iano|OG|UG|EG|LG|Lower[ \t]Ground)")
# (Round 14 review: a bare "UG", "EG" or "LG" is a floor only after "im": alone it is a person's initials,
# "Dictated by: EG".)
_FLOOR = (rf"{_FLOOR_WORD}[ \t]?:?[ \t]?{_FLOOR_NUMBER}|(?:Erdgeschoss|Untergeschoss|Souterrain|Ground[ \t]floor|"
          r"Basement)|(?<=\bim[ \t])(?:UG|EG)")
_NOT_AFTER = r"(?![\w-]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%))"
DESIGNATOR = re.compile(rf"(?<![\w-])(?:{_ROOM}|{_FLOOR}){_NOT_AFTER}")
# (Run from their literal starts, rooms and floors apart: one pattern would have too many.)
_SCANNERS = (literal_starts(re.compile(rf"(?<![\w-])(?:{_ROOM}){_NOT_AFTER}")),
             literal_starts(re.compile(rf"(?<![\w-])(?:{_FLOOR}){_NOT_AFTER}")))
# A floor by its ordinal ("2. OG", "1st floor"), found from the floor word.
ORDINAL_FLOOR = re.compile(rf"(?<![\w.-])\d{{1,2}}(?:\.[ \t]?(?:OG|UG|Stock|Obergeschoss|Untergeschoss|Etage)|"
                           rf"(?:st|nd|rd|th)[ \t](?:floor|Floor)){_NOT_AFTER}")
_ORDINAL_RULE = Gated(ORDINAL_FLOOR, ("OG", "UG", "Stock", "geschoss", "Etage", "floor", "Floor"))
# A home before it on its line (or on the line before, when the designator opens its line): a street word (places.py's
# street words), a street's number, a home unit, a residence or its resident ("Bewohnerin Hedwig Stock, Zimmer 12").
_HOME_BEFORE = re.compile(
    STREET_WORDS_BEFORE + r"|(?i:\bvia\b|chemin|stiege|\bstg\.|wohnung|\bflat\b|\bapt\b|apartment|residenz|wohnstift|"
    r"care[ \t]home|nursing[ \t]home|residential|residence|résidence|bewohner(?:in)?\b|resident\b|heimbewohner)|"
    r"(?:\bTop|\bTür|\bWhg\.|\bSuite|\bUnit)[ \t]?\d|heim\b|\d{4,5}[ \t][A-ZÄÖÜ]")
# A person's title, and up to two name words, right before: the room or floor word is a surname ("Dr. Sala 12.3.",
# "Frau Stock", "Mrs Ruth Level").
_ABBREVIATED_ROOM_WORDS = ("Zi.", "Rm ", "Rm.")
_PERSON_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+){0,2}\Z")


def _home_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and line_start > 0:  # opening its line: the line before counts too
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return _HOME_BEFORE.search(text, line_start, start) is not None


def _person_before(text: str, start: int) -> bool:
    if text.startswith(_ABBREVIATED_ROOM_WORDS, start):
        return False  # "Patientin Zi. 212": an abbreviated room word is never a surname (round 19b)
    names = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    if names is None:
        return False
    heads = [start, *(m.start() for m in re.finditer(r"\S+", text[names.start():start]))]
    if any(TITLE_BEFORE.search(text, max(0, names.start() + h - 14 if h != start else start - 14),
                               names.start() + h if h != start else start) for h in heads):
        return True
    words = text[names.start():start].split()
    return bool(words) and is_given_name(words[-1])


def room_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of room, floor and level designators that no home stands before on their line."""
    out = []
    for m in (*_SCANNERS[0].finditer(text), *_SCANNERS[1].finditer(text), *_ORDINAL_RULE.finditer(text, text)):
        if not _home_before(text, m.start()) and not _person_before(text, m.start()):
            out.append((m.start(), m.end()))
    return out


_ROOM_WORD_END = re.compile(r",?[ \t]*(?:Zi|Zimmer|Rm|Room|Raum)\.?\Z")


def names_before_rooms(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits that ran into the room word after them ("Gerlinde Wachter, Zi" of "..., Zi. 12") end before
    it: the room stays a keep range, the name stays PHI."""
    out = []
    for h in hits:
        if h.label == "PERSON" and (m := _ROOM_WORD_END.search(text, h.start, h.end)) is not None and \
                DESIGNATOR.match(text, m.start() + len(m.group()) - len(m.group().lstrip(", \t"))) is not None:
            end = m.start()
            if end > h.start:
                out.append(Hit(h.start, end, h.label, h.source))
            continue
        out.append(h)
    return out
