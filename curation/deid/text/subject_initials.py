"""A trial subject's initials after an initials label (round 21a): in study and trial lines the initials are often
the person's only trace ("Initialen M.-K. B.", "initials RJT", "Initials: A-MS |", "initiales J.-F. L.", "iniziali
M.R.", "Pat.-Initialen: H. P. S.").

The label (DE / EN / FR / IT, an optional colon) is followed by two to four initials: capitals with dots, hyphens or
blanks between them, or two to four capitals run together; the value ends at a field end (a comma, semicolon,
pipe, bracket, line end, or a blank before a lower-case or capitalised word). "initial staging", "Initialbefund",
"initials of the reader pending" and "Initialen des Befunders" stay: no initials follow the label.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, Hit

_LETTER = r"[A-ZÄÖÜÉ]"
_ONE = rf"{_LETTER}\.?(?:-{_LETTER}\.?)?"
_INITIALS = re.compile(
    r"(?<![\w-])(?:[Ii]nitial(?:en|s)|INITIAL(?:EN|S)|[Ii]nitiales|[Ii]niziali|(?:Pat(?:ienten)?\.?-?|[Ss]ubject[ \t]|"
    r"[Pp]atient[ \t])[Ii]nitial(?:en|s)?)[ \t]*[:=]?[ \t]*"
    rf"(?P<v>{_LETTER}{{2,4}}|{_LETTER}-{_LETTER}{{1,3}}|{_ONE}(?:[ \t]?{_ONE}){{1,3}}(?<=[.A-ZÄÖÜÉ]))"
    r"(?=[ \t]*(?:[,;|)\]/\n]|$)|[ \t]+[\w(])(?![ \t]*\.[A-Za-z])"
)
_GATE = LOWER_GATES.register(("initial", "iniziali"))
# Capitals after the label that are an exam, not initials ("Initials CT pending").
_NOT_INITIALS = frozenset(
    {
        "CT",
        "MR",
        "MRI",
        "US",
        "PET",
        "CR",
        "DX",
        "NM",
        "XR",
        "RX",
        "TC",
        "RM",
        "IRM",
        "CXR",
        "TDM",
        "KM",
        "OK",
        "NA",
        "ND",
        "UNK",
        "TBD",
    }
)


def subject_initial_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the initials after an initials label in `text` (`lowered`: its lower case)."""
    if _GATE not in LOWER_GATES.fired(lowered):
        return []
    hits: list[Hit] = []
    for m in _INITIALS.finditer(text):
        value = m.group("v").rstrip()
        letters = sum(c.isupper() for c in value)
        if 2 <= letters <= 4 and value not in _NOT_INITIALS:
            hits.append(Hit(m.start("v"), m.start("v") + len(value), "PERSON", "rule"))
    return hits
