"""A given name alone as the subject of an appointment sentence (round 19a).

Letters to parents and patient leaflets name the child by its first name: "Liam has an MRI at <site> on Feb 3",
"Isla is booked for an ultrasound", "Jonas hat am 17.03. einen Termin zur MRT", "Léa a un rendez-vous pour une
IRM", "Giulia ha un appuntamento per l'ecografia". A listed given name opening a sentence or line, then a verb
of having, being or needing, is the person when the same sentence holds an appointment or examination word
("Patient has an MRI", "June has been quiet", "Grace period" stay: no listed name, no verb, or no such word).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, words
from curation.deid.text.dates import MONTHS_DE, MONTHS_EN
from curation.deid.text.given_names import is_given_name
from curation.deid.text.names import NOT_NAME_WORDS

__all__ = ["subject_name_hits"]

# Sentence starts are found by their own scans (each line start; a stop and blanks before a capital, a pattern
# opening with a character class `re` skips to), the subject is matched at each.
_LINE_START = re.compile(r"\n[ \t]*")
_SENTENCE_STOP = re.compile(rf"[.!?][ \t]{{1,2}}(?=[{UP}])")
_SUBJECT = re.compile(
    rf"(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t]+"
    r"(?:has|had|is|will|needs|was|hat|ist|wird|kommt|soll|braucht|a|est|doit|aura|ha|è|deve|avrà)[ \t]"
)
# The rest of the sentence (a date's dots inside it do not end it) must name an appointment or examination.
_SENTENCE_END = re.compile(r"[.!?;](?=[ \t]+[A-ZÄÖÜ]|[ \t]*$)|\n", re.M)
_APPOINTMENT = re.compile(
    r"(?<![\w])(?i:appointment|appt|mri|mrt|ct|scan|ultrasound|x-ray|xray|sedation|anaesthetic|anesthetic|"
    r"termin|untersuchung|sonographie|ultraschall|röntgen|narkose|sedierung|rendez-vous|irm|échographie|"
    r"radiographie|scanner|appuntamento|risonanza|ecografia|radiografia|tac|booked|scheduled|angemeldet|"
    r"eingeplant|convoqu[ée]e?|prenotat[oa])(?![\w])"
)
_MONTHS = frozenset(m.lower() for m in (*MONTHS_DE, *MONTHS_EN))
# Pronouns and sentence words that the given-name lists also hold ("She", "Will", "Art").
_SENTENCE_WORDS = words(
    "she he it they this that there here his her we you er sie es wir ihr il elle lui lei egli "
    "ella on will art bill mark son sunny"
)


def subject_name_hits(text: str) -> list[Hit]:
    """PERSON hits of listed given names opening an appointment sentence."""
    hits: list[Hit] = []
    starts = [0, *(m.end() for m in _LINE_START.finditer(text)), *(m.end() for m in _SENTENCE_STOP.finditer(text))]
    for start in starts:
        if (m := _SUBJECT.match(text, start)) is None:
            continue
        name = m.group("v")
        low = name.lower()
        if low in NOT_NAME_WORDS or low in _MONTHS or low in _SENTENCE_WORDS or not is_given_name(name):
            continue
        end = _SENTENCE_END.search(text, m.end())
        if _APPOINTMENT.search(text, m.end(), end.start() if end else len(text)):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
    return hits
