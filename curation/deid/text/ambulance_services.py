"""UK ambulance services by their acronym (round 24b): INSTITUTION.

A care-home transfer form or a GP letter names the ambulance service that conveyed the patient by its acronym
alone: "Conveyed by YAS", "transport booked with WAST", "brought in by SECAmb crew". The acronyms are the closed
set of the UK's ambulance services (England's trusts, the Welsh, Scottish and Northern Irish services, the Isle of
Wight's); an acronym alone is no PHI ("SAS" is also a statistics package, "LAS" a scale), so one is taken only after
a conveyance cue ("conveyed / brought in / transported / transferred / taken / collected / booked by|with|via") or
before a crew word ("crew", "ambulance", "paramedics", "PTS", "HART", "control"). "Conveyed by ambulance",
"transport booked with PTS", "SAS 9.4" stay.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit

__all__ = ["ambulance_service_hits"]

_ACRONYMS = (
    "LAS", "SCAS", "SECAmb", "SWASFT", "EEAST", "EMAS", "WMAS", "NWAS", "YAS", "NEAS", "IWAS", "WAST", "SAS", "NIAS",
)  # fmt: skip
_ACRONYM = "|".join(sorted(_ACRONYMS, key=len, reverse=True))
_CUE = (
    r"(?i:conveyed|brought(?:[ \t]in)?|transported|transferred|taken|collected|attended|booked|transport"
    r"(?:[ \t]booked)?)[ \t]+(?i:by|with|via)[ \t]+(?:the[ \t]+)?"
)
_CREW_AFTER = re.compile(r"[ \t]+(?:crew|ambulance|paramedics?|PTS|HART|control|vehicle)(?![\w-])")
_CUE_BEFORE = re.compile(_CUE + r"\Z")
AMBULANCE_SERVICE = Gated(re.compile(rf"(?<![\w-])(?:{_ACRONYM})(?![\w-])"), _ACRONYMS)


def ambulance_service_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of UK ambulance services named by their acronym after a conveyance cue or before a crew
    word (`lowered`: the text lower-cased, the gates' convention)."""
    return [
        Hit(m.start(), m.end(), "INSTITUTION", "rule")
        for m in AMBULANCE_SERVICE.finditer(text, lowered)
        if _CREW_AFTER.match(text, m.end()) or _CUE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
