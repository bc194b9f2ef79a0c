"""Names in log, worklist and CSV lines (round 21a): system messages, schedules and exported rows write a person
in the inverted "Surname, Given" order or as "Surname Given" without any title or label.

- A quoted inverted name: "RIS 'Brandstätter-Yilmaz, Derya' -> PACS", "PAS 'Cairncross, Fiona Margaret' merged",
  "order placed for 'Whitlock, Harriet Anne'", a CSV cell '"Okafor, Chidi",MRI': a surname (hyphenated too), a
  comma and one to three given names, the first of them listed, inside one pair of quotes; "'Thorax, pa'" and
  '"CT, head"' stay (lower case, no listed given name).
- A patient word before an inverted name without a colon: "paziente Colombo, Matteo EOC-...", "patient Doyle,
  Siobhan MRN ...", "patient Dubois, Camille arrived": the first given name listed.
- A schedule row: a clock time opening the line, "Surname Given" (one of them a listed given name) and a comma
  before a number ("09:15 Wojcik Bartosz, 22.07.1984, amb."); "08:40 MRT Schädel, nativ" stays.
- A care role abbreviation in a row cell before a given name and a surname initial: "RN Tamsin K.,CT,completed",
  "MTRA Jana P.;".
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, StartsAfter, literal_starts
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NAME, is_plain_name_word

_SURNAME = rf"[{UP}][{LO}]+(?:['’][{UP}][{LO}]+)?(?:-[{UP}][{LO}]+)?"
_GIVENS = rf"(?P<g>[{UP}][{LO}]+)(?:-[{UP}][{LO}]+)?(?:[ \t]+[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?){{0,2}}"
_QUOTED = re.compile(rf"(?P<q>['‘\"“])(?P<v>{_SURNAME},[ \t]*{_GIVENS})(?:['’\"”])(?![\w])")
_PATIENT = re.compile(
    rf"(?<![\w])(?:paziente|[Pp]atient(?:in|e)?)[ \t]+(?P<v>{_SURNAME},[ \t]*{_GIVENS})"
    # (Mend of round 21a: or prose in lower case, "patient Dubois, Camille arrived", "paziente Esposito, Chiara
    # ricoverata"; the given name is listed and every name word plain in any case.)
    rf"(?=[ \t]*(?:[,;|(\n]|$|[ \t][A-Z0-9]{{2,}})|[ \t]+[{LO}]|\.(?:[ \t]|$))",
    re.M,
)
_SCHEDULE = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[:.]\d\d[ \t]+(?P<v>(?P<a>{NAME})[ \t]+(?P<b>{NAME}))[ \t]*,[ \t]*\d")
_ROLE_CELL = re.compile(
    rf"(?<![\w])(?:RN|LPN|RT|MTRA?|MTR|MFA|NP|CNA|HCA|HCP|RGN|RMN|DGKP|FaGe)[ \t]+"
    rf"(?P<v>(?P<g>[{UP}][{LO}]+)[ \t][{UP}]\.)(?=[ \t]*[,;|\t])"
)

# Run from their literal starts in the shared pass (the schedule rows from the line starts), not tried at every
# position (round 19 of speed).
_PATIENT, _ROLE_CELL, _SCHEDULE = literal_starts(_PATIENT), literal_starts(_ROLE_CELL), StartsAfter(_SCHEDULE)


def _plain(value: str) -> bool:
    return all(is_plain_name_word(w) for w in re.findall(r"[^\W\d_]+", value))


def log_name_hits(text: str) -> list[Hit]:
    """PERSON hits of names in log, schedule and CSV row shapes in `text` (see the module doc)."""
    hits: list[Hit] = []
    if "," in text:
        for pattern in (_QUOTED, _PATIENT):
            for m in pattern.finditer(text):
                if is_any_given_name(m.group("g")) and _plain(m.group("v")):
                    hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
        if ":" in text or "." in text:
            for m in _SCHEDULE.finditer(text):
                if (is_any_given_name(m.group("a")) or is_any_given_name(m.group("b"))) and _plain(m.group("v")):
                    hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    if "." in text:
        for m in _ROLE_CELL.finditer(text):
            if is_any_given_name(m.group("g")) and _plain(m.group("g")):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits
