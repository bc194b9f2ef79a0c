"""The place of a mountain-sport accident (round 18c): ADDRESS.

A ski, snowboard, sledge, climbing or hiking accident is told with the run, the hut, the alp or the lift where it
happened ("Skiunfall <Run>-<Part>", "Rodelsturz an der <Name>alm", "Snowboardsturz auf der <Name>abfahrt",
"incidente di sci sulla pista <Name>", "accident de ski sur la piste <Name>", "skiing accident on the <Name> run").
After a sport-accident cue and within its clause (no ";", ":" or sentence end between, up to 48 characters), a
place is taken when its own shape says so:

- a capitalised word with the head of a mountain place ("-alm", "-alpe", "-hütte", "-abfahrt", "-piste", "-loipe",
  "-lift", "-bahn", "-joch", "-kogel"), alone or with a capitalised word before it;
- a capitalised name after a run / hut word ("pista", "piste", "Piste", "Abfahrt", "Loipe", "Hütte", "Alm", "run",
  "slope", "trail");
- two capitalised words joined by a hyphen right after the cue ("Skiunfall <Name>-<Name>"), or a listed town.

Anatomy and findings after the cue stay ("Skiunfall Knie rechts", "Snowboardsturz, Röntgen Handgelenk"): they have
none of these shapes; common nouns with such a head stay too ("am Sessellift", "auf der Skipiste").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, LOWER_GATES, UP, Hit, literal_starts
from curation.deid.text.facilities import is_de_name_word
from curation.deid.text.towns import CLINICAL_WORDS, towns
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["slope_place_hits"]

_SPORT = (r"(?:Ski|Snowboard|Rodel|Schlitten|Kletter|Berg|Lawinen|Langlauf|Skitouren|Gleitschirm|Paragleit|"
          r"Mountainbike|Bike|Wander|Tourenski)(?:unfall|sturz|unglück)|"
          r"(?:[Ss]ki(?:ing)?|[Ss]nowboard(?:ing)?|[Ss]ledg(?:e|ing)|[Tt]obogganing|[Cc]limbing|[Hh]iking)[ \t]"
          r"(?:accident|fall|injury|crash)|"
          r"(?:[Aa]ccident|[Cc]hute)[ \t]de[ \t](?:ski|snowboard|luge)|"
          r"(?:[Ii]ncidente|[Cc]aduta|[Ii]nfortunio)[ \t](?:di|da|con[ \t]gli|sugli)[ \t](?:sci|snowboard|slittino)")
_CAP = rf"[{UP}][{LO}]+"
_HEAD = r"(?:alm|alpe|hütte|huette|abfahrt|piste|loipe|lift|bahn|joch|kogel)"
_RUN_WORD = r"(?:pista|piste|Piste|Abfahrt|Loipe|Hütte|Alm|run|slope|trail)"
SPORT_CUE = literal_starts(re.compile(rf"(?<![\w]){_SPORT}"))
HEADED = re.compile(rf"(?<![\w-])(?P<v>(?:{_CAP}[ \t])?[{UP}][{LO}]+{_HEAD}|{_CAP}[ \t]{_HEAD.title()})(?![\w])")
AFTER_RUN = re.compile(rf"(?<![\w-]){_RUN_WORD}[ \t]+(?P<v>{_CAP}(?:[ \t-]{_CAP})?)(?![\w])")
JOINED = re.compile(rf"[ \t,]+(?P<v>{_CAP}-{_CAP})(?![\w-])")
# Common nouns with a mountain-place head: no one's place ("am Sessellift", "auf der Skipiste").
_COMMON = frozenset({"Sessellift", "Schlepplift", "Skilift", "Tellerlift", "Kinderlift", "Seilbahn", "Bergbahn",
                     "Gondelbahn", "Zahnradbahn", "Rodelbahn", "Sommerrodelbahn", "Eisbahn", "Bobbahn", "Skipiste",
                     "Buckelpiste", "Übungspiste", "Kinderpiste", "Talabfahrt", "Skiabfahrt", "Tiefschneeabfahrt",
                     "Skihütte", "Berghütte", "Almhütte", "Schutzhütte", "Langlaufloipe", "Skiloipe", "Skibahn",
                     "Bahn", "Sesselbahn", "Standseilbahn", "Luftseilbahn", "Halfpipe", "Slalompiste", "Rennpiste",
                     "Familienabfahrt", "Waldabfahrt", "Weltcupabfahrt", "Gletscherpiste", "Naturbahn", "Kunstbahn",
                     })
# Colours, states and common words after a run word (review 18): "piste Rouge", "Piste Nummer 5", "slope Icy".
_NOT_PLACE = frozenset({"Rouge", "Noire", "Bleue", "Verte", "Rossa", "Nera", "Blu", "Verde", "Rot", "Schwarz", "Blau",
                        "Grün", "Red", "Black", "Blue", "Green", "Richtung", "Nummer", "Nr", "Unknown", "Icy",
                        "Präpariert", "Abends", "Morgens", "Knie", "Fahren", "Steep", "Easy", "Difficult", "Closed"})
_CLAUSE_END = re.compile(r"[;:\n]|\.(?:[ \t]|$)")
_GATE = LOWER_GATES.register(("unfall", "sturz", "unglück", "accident", " fall", "injury", "crash", "chute",
                              "incidente", "caduta", "infortunio"))


# Injury, mechanism and anatomy parts of a hyphenated word after the cue ("Kreuzband-Ruptur", "Knee-Twist").
_INJURY = re.compile(r"ruptur|trauma|distors|luxation|erguss|gelenk|triad|twist|valg|varus|external|internal|kicker|"
                     r"ausstieg|einstieg|anprall|fraktur|prellung|kontusion|bruch|riss|knie|knee|genou|ginocchio|"
                     r"schulter|shoulder|daumen|thumb|kopf|head|band|ligament|rotation|sprain|tear")


def _proper(m: re.Match[str]) -> bool:
    """A place's name (review 18): no colour or state, no clinical or common word; a hyphenated pair needs a listed
    town or a mountain head in it ("Kreuzband-Ruptur", "Knee-Twist", "Genou-Valgus" stay)."""
    value = m.group("v")
    parts = re.split(r"[ \t-]+", value)
    if any(p in _NOT_PLACE or p in CLINICAL_WORDS or p.lower() in CLINICAL_WORDS for p in parts):
        return False
    if m.re is JOINED:
        return any(p in towns() for p in parts) or (all(is_de_name_word(p) for p in parts)
                                                    and not _INJURY.search(value.lower()))
    if m.re is AFTER_RUN:
        return all(is_de_name_word(p) for p in parts)
    return True


def slope_place_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of the place of a mountain-sport accident in `text` (`lowered`: its lower-cased copy)."""
    if _GATE not in LOWER_GATES.fired(lowered):
        return []
    hits: list[Hit] = []
    for cue in SPORT_CUE.finditer(text):
        start = cue.end()
        stop = min(len(text), start + 48)
        if (end := _CLAUSE_END.search(text, start, stop)) is not None:
            stop = end.start()
        found = [m for rule in (HEADED, AFTER_RUN) for m in rule.finditer(text, start, stop)]
        if (j := JOINED.match(text, start, stop)) is not None:
            found.append(j)
        hits.extend(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for m in found
                    if m.group("v").split()[-1] not in _COMMON and _proper(m))
        town = re.match(r"[ \t]+(?:(?:in|bei|am|at|near|à|a)[ \t]+)?", text[start:stop])
        if town is not None and (t_end := known_town_end(text, start + town.end())) is not None and t_end <= stop:
            hits.append(Hit(start + town.end(), t_end, "ADDRESS", "rule"))
    return hits
