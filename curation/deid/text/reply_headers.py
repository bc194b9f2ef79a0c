"""Quoted reply headers of e-mails pasted into reports (round 15a): the sender and the date.

Mail clients write one line above a quoted message: "On <date>, <sender> <address> wrote:", "Am <date> schrieb
<sender> <address>:", "Le <date>, <sender> a écrit :", "Il giorno <date> <sender> ha scritto:", quoted again with
"> " in a longer thread. The sender is a person whatever its shape ("Surname, Given", "Given Surname", initials);
the date part is a DATE (the date rules do not read a weekday and a clock time in one stretch). The line's words
are the cue: nothing is asked of a name list.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit

_NAME = rf"[{UP}][{LO}{UP}’.-]*"
_REPLY = Gated(re.compile(
    rf"(?m)^[ \t>]*(?:On|Am|Le|Il[ \t]giorno|Il)[ \t]+"
    rf"(?P<d>[^\n]{{3,60}}?(?:\d{{4}}|\d{{1,2}}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?))"
    rf"(?:,?[ \t]+(?:um|at|à|alle)[ \t]+\d{{1,2}}[:.]\d\d(?:[ \t]?(?:Uhr|h|[AaPp]\.?[Mm]\.?))?)?"
    rf",?[ \t]+(?:schrieb[ \t]+)?"
    rf"(?P<v>{_NAME}(?:,?[ \t]+{_NAME}){{0,3}})"
    rf"[ \t]*(?:<[^>\n]*>|\([^)\n]*\)|\[[^\]\n]*\])?[ \t]*"
    rf"(?:wrote|schrieb|a[ \t]écrit|ha[ \t]scritto)?[ \t]*:"),
    ("wrote", "schrieb", "a écrit", "ha scritto"), lower=True)


_TITLES = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|Mme|M|Dott|Dr\.ssa)\.?[ \t]+)*")


def reply_header_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON and DATE hits of quoted reply header lines."""
    hits: list[Hit] = []
    for m in _REPLY.finditer(text, lowered):
        line = m.group()
        if not any(w in line for w in ("wrote", "schrieb", "a écrit", "ha scritto")):
            continue
        title = _TITLES.match(text, m.start("v"))  # a title stays outside the name
        if title.end() < m.end("v"):
            hits.append(Hit(title.end(), m.end("v"), "PERSON", "cue"))
        hits.append(Hit(m.start("d"), m.end("d"), "DATE", "rule"))
    return hits
