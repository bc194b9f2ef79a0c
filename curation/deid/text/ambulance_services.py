"""UK ambulance services by their acronym (round 24b): INSTITUTION.

A care-home transfer form or a GP letter names the ambulance service that conveyed the patient by its acronym alone:
"Conveyed by YAS", "transport booked with WAST", "brought in by SECAmb crew". The acronyms are the closed set of the
UK's ambulance services (England's trusts, the Welsh, Scottish and Northern Irish services, the Isle of Wight's); an
acronym alone is no PHI ("SAS" is also a statistics package, "LAS" a scale), so one is taken only after a conveyance
cue ("conveyed / brought in / transported / arrived / booked by|with|via", "transferred / taken / collected /
attended by") with no lower-case noun after it, or before a crew word ("crew", "ambulance", "paramedics", "PTS",
"HART") or after an ambulance label ("Ambulance: YAS", "Ambulance crew (EEAST)"). "Conveyed by ambulance",
"transport booked with PTS", "SAS 9.4", "Collected by LAS scale", "Attended by SAS doctor", "SAS control group" stay
(mend of 24b).
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit

__all__ = ["ambulance_service_hits"]

_ACRONYMS = (
    "LAS", "SCAS", "SECAmb", "SWASFT", "EEAST", "EMAS", "WMAS", "NWAS", "YAS", "NEAS", "IWAS", "WAST", "SAS", "NIAS",
)  # fmt: skip
_ACRONYM = "|".join(sorted(_ACRONYMS, key=len, reverse=True))
# The cue is a conveyance verb and its preposition (mend of 24b): "conveyed / brought in / transported / arrived /
# (transport) booked" take "by", "per", "mit", "with" or "via"; "transferred / taken / collected / attended" (which
# data, samples and doctors also are) take "by" or "per" alone ("Data transferred via SAS", "Biopsy taken with YAS
# needle" stay).
_CUE = (
    r"(?:(?i:conveyed|brought(?:[ \t]in)?|transported|arrived|booked|transport(?:[ \t]booked)?)[ \t]+"
    r"(?i:by|per|mit|with|via)|(?i:transferred|taken|collected|attended)[ \t]+(?i:by|per))[ \t]+(?:the[ \t]+)?"
)
# ("control" is no crew word: "SAS control group", "SAS control scan".)
_CREW_AFTER = re.compile(r"[ \t]+(?:crew(?![ \t]resource)|ambulance|paramedics?|PTS|HART|vehicle)(?![\w-])")
# An ambulance label before the acronym is a cue as well: "Ambulance: YAS", "Ambulance crew (EEAST)", "by
# ambulance (YAS)" (mend of 24b).
_CUE_BEFORE = re.compile(rf"(?:{_CUE}|(?i:ambulance)(?:[ \t](?i:service|crew|trust))?[ \t]*[:(][ \t]*)\Z")
# What may follow an acronym after a cue: punctuation, the end, a capital, or a function word; any other lower-case
# word names what the acronym is ("Collected by LAS scale", "Attended by SAS doctor", "CSF collected via SAS
# puncture" stay); a capitalised grade word after the ambiguous SAS / LAS / YAS as well ("SAS Doctor").
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w-]*)")
_FUNCTION_AFTER = frozenset(
    (
        *("to", "from", "and", "at", "on", "for", "with", "who", "which", "in", "into", "following", "after"),
        *("via", "as", "was", "were", "but", "or", "then", "until", "within", "arrived", "attended", "handed"),
    )
)
_AMBIGUOUS = frozenset(("SAS", "LAS", "YAS"))
_GRADE_WORDS = frozenset(("doctor", "doctors", "grade", "surgeon", "registrar", "consultant", "physician"))


def _plain_after(text: str, end: int, acronym: str) -> bool:
    """Whether the word after an acronym a cue named leaves it a service: no lower-case noun, no grade word."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return True
    word = m.group("w")
    if acronym in _AMBIGUOUS and word.lower() in _GRADE_WORDS:
        return False
    return not word[0].islower() or word in _FUNCTION_AFTER


AMBULANCE_SERVICE = Gated(re.compile(rf"(?<![\w-])(?:{_ACRONYM})(?![\w-])"), _ACRONYMS)


def ambulance_service_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of UK ambulance services named by their acronym after a conveyance cue or before a crew
    word (`lowered`: the text lower-cased, the gates' convention)."""
    return [
        Hit(m.start(), m.end(), "INSTITUTION", "rule")
        for m in AMBULANCE_SERVICE.finditer(text, lowered)
        if _CREW_AFTER.match(text, m.end())
        or (
            _CUE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and _plain_after(text, m.end(), m.group().upper())
        )
    ]
