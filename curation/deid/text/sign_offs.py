"""A first name alone signing off a short message in a report: "Danke, LG Sabrina, Anmeldung MRT",
"Thanks, Gemma", "Bleep me on 4408. Nikhil".

Booking notes, scheduling messages and pager requests pasted into a report end with the writer's first name
and nothing else: no title, no surname, no signature label. Two shapes:

- after a closing word (German "LG", "VG", "Gruss", "Grüße", "Danke", English "Thanks", "Cheers", "Best",
  "Regards", French / Italian "Merci", "Saluti"): the capitalised word right after it, where a listed given name
  (gender-guesser, names-dataset) ends the line, the text, or is followed by a comma and a role
  ("..., Anmeldung Radiologie");
- alone after a message: a listed given name (the first, stricter list) that is the last word of the text or a
  line of its own, after a full sentence on the line before or a full stop on the same line.

The keep-list vetoes clinical words that are also given names ("Mai", "Paget"); NOT_NAME_WORDS are never names.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import NOT_NAME_WORDS

_GIVEN = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
# What may follow the name: the end of the line or text, a full stop or "!" and then the end, or a comma and a
# short role / department on the same line.
_AFTER = r"[ \t]*[.!]?[ \t]*(?:,[ \t]*[^\n.,;:]{1,40}[.!]?[ \t]*)?(?=\n|\Z)"
CLOSING_NAME = re.compile(
    r"(?<![\w])(?i:(?:(?:liebe|viele|beste|herzliche|freundliche|many|kind|best)[ \t]+)?"
    r"(?:grüße|grüsse|gruß|gruss|lg|vg|danke(?:schön)?|vielen[ \t]+dank|merci|thanks|thank[ \t]+you|cheers|"
    r"regards|wishes|best|saluti|grazie|ciao))"
    rf"[ \t]*[,!.]?[ \t]*\n?[ \t]*(?P<v>{_GIVEN}){_AFTER}")
LONE_NAME = re.compile(rf"(?:(?<=[.!?])[ \t]+|(?<=[.!?:])[ \t]*\n[ \t]*)(?P<v>{_GIVEN})[ \t]*[.!]?[ \t]*\Z")
_NEEDLES = ("grü", "gru", "lg", "vg", "dank", "merci", "thank", "cheers", "regards", "wishes", "best", "saluti",
            "grazie", "ciao")


def _name(word: str, strict: bool) -> bool:
    if any(p.lower() in NOT_NAME_WORDS for p in word.split("-")):
        return False
    return is_given_name(word) if strict else is_any_given_name(word)


def sign_off_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the first names that sign off a message (see the module docstring)."""
    hits: list[Hit] = []
    if any(n in lowered for n in _NEEDLES):
        hits.extend(Hit(m.start("v"), m.end("v"), "PERSON", "rule") for m in CLOSING_NAME.finditer(text)
                    if _name(m.group("v"), strict=False))
    if (m := LONE_NAME.search(text, max(0, len(text) - 40))) and _name(m.group("v"), strict=True):
        hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits
