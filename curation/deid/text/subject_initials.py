"""A trial subject's initials after an initials label (round 21a): in study and trial lines the initials are often
the person's only trace ("Initialen M.-K. B.", "initials RJT", "Initials: A-MS |", "initiales J.-F. L.", "iniziali
M.R.", "Pat.-Initialen: H. P. S.").

The label (DE / EN / FR / IT, an optional colon) is followed by two to four initials: capitals with dots, hyphens or
blanks between them, or two to four capitals run together; the value ends at a field end (a comma, semicolon,
pipe, bracket, line end, or a blank before a lower-case or capitalised word). "initial staging", "Initialbefund",
"initials of the reader pending" and "Initialen des Befunders" stay: no initials follow the label.

Mend of round 21a: the singular "Patient initial GCS 14" / "Subject initial ECOG 1" is a first value, no label;
"Pat.-Init." is; whose initials may stand between label and value ("Iniziali paziente:", "Initialen des
Patienten:", "Initials/DOB:") and a dash for the colon ("Patient initials - MT -"). A clinical abbreviation of the
shared vocabulary (`site_forms.CLINICAL_ACRONYMS`: sequences, exams, scores, findings, German region
abbreviations) is no initials ("Initials: DWI", "Iniziali: RMN", "Initialen: BWS").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, Hit
from curation.deid.text.site_forms import CLINICAL_ACRONYMS

_LETTER = r"[A-ZÄÖÜÉ]"
_ONE = rf"{_LETTER}\.?(?:-{_LETTER}\.?)?"
# The label is the plural or the trial form only: the singular "Patient initial GCS 14" / "Subject initial ECOG 1"
# is the first value of a measurement (mend of round 21a). Whose initials may stand between label and value
# ("Iniziali paziente:", "Initiales du patient :", "Initialen des Patienten:", "Initials/DOB:"), and a dash may
# stand for the colon ("Patient initials - MT -").
_LABEL = (
    r"(?:[Ii]nitial(?:en|s)|INITIAL(?:EN|S)|[Ii]nitiales|[Ii]niziali|(?:Pat(?:ienten)?\.?-?|[Ss]ubject[ \t]|"
    r"[Pp]atient[ \t])[Ii]nitial(?:en|s)|Pat\.?-?Init\.)"
)
_WHOSE = (
    r"(?:[ \t]+(?:(?:del(?:la)?[ \t])?paziente|du[ \t]patient|de[ \t]la[ \t]patiente|des[ \t]Patienten|"
    r"der[ \t]Patientin|of[ \t](?:the[ \t])?(?:patient|subject))|/(?:DOB|Geb\.?))?"
)
_INITIALS = re.compile(
    rf"(?<![\w-]){_LABEL}{_WHOSE}[ \t]*(?:[:=]|[-–](?=[ \t]))?[ \t]*"
    rf"(?P<v>{_LETTER}{{2,4}}|{_LETTER}-{_LETTER}{{1,3}}|{_ONE}(?:[ \t]?{_ONE}){{1,3}}(?<=[.A-ZÄÖÜÉ]))"
    r"(?=[ \t]*(?:[,;|)\]/\n]|$)|[ \t]+[\w(]|[ \t]+[-–][ \t])(?![ \t]*\.[A-Za-z])"
)
_GATE = LOWER_GATES.register(("initial", "iniziali", "init."))


def subject_initial_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the initials after an initials label in `text` (`lowered`: its lower case)."""
    if _GATE not in LOWER_GATES.fired(lowered):
        return []
    hits: list[Hit] = []
    for m in _INITIALS.finditer(text):
        value = m.group("v").rstrip()
        letters = sum(c.isupper() for c in value)
        if 2 <= letters <= 4 and value.rstrip(".") not in CLINICAL_ACRONYMS:  # "Initials: DWI", "Iniziali: RMN"
            hits.append(Hit(m.start("v"), m.start("v") + len(value), "PERSON", "rule"))
    return hits
