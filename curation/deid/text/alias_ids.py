"""Aliases of unidentified patients (round 23b): ID.

An emergency department registers a patient it cannot identify under an alias: a placeholder word and a running
number ("Unbekannt 4471", "Notfall 25/0312", "Inconnu 2025-114", "Sconosciuto 17", "Unknown Male Zulu 14"), or
words of the phonetic alphabet ("Trauma Delta 7", "Zebra Quebec"). The alias is the key of the record until the
patient is named, so it is an identifier of its own (the held-out sets mark it ID):

- **after an alias cue** ("Alias", "Aliasname", "Schockraum-Alias", "alias", "trauma alias", "registered under"):
  an optional placeholder word, up to three capitalised words and a number, or words ending in a word of the
  phonetic alphabet (two words at least when there is neither placeholder nor number: "alias Mike" alone stays);
- **a placeholder name with a running number anywhere** ("John Doe 23", "Doe, Jane 41"): a number after the
  placeholder name makes it an alias (the bare placeholder is left to the person rules).

Look-alikes stay: "Aliasing-Artefakte", "aliasing at a Nyquist limit", "Alias nicht vergeben", "Trauma Level 1",
"Schockraum 1", "Echo 9 days ago", "Delta sign".
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, Hit, literal_starts
from curation.deid.text.permit_ids import gated_id_hits

__all__ = ["alias_id_hits"]

# The words of the phonetic alphabet (ICAO / NATO), the way registration systems name aliases.
_PHONETIC = (
    r"(?:Alpha|Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|"
    r"Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?[Rr]ay|Yankee|Zulu)"
)
# Placeholder words of an unidentified patient (DE, EN, FR, IT) and the registration words before an alias number.
_PLACEHOLDER = (
    r"(?:Unbekannt(?:er|e)?|Unknown(?:[ \t]+(?:Male|Female|Patient))?|Inconnue?|Sconosciut[oa]|"
    r"Ignot[oa]|Notfall|Trauma|Patient(?:in)?|Pat\.)"
)
_NUMBER = r"\d{1,4}(?:[/-]\d{1,6})?"
_WORD = r"[A-Z][a-z]{1,12}"
_CUE = (
    r"(?<![\w-])(?:(?:[A-ZÄÖÜ][\wäöü]{2,20}-)?Alias(?:name)?|alias(?:name)?|registered[ \t]+under"
    r"(?:[ \t]+(?:trauma|ED|temporary)[ \t]+alias)?)[ \t]*:?[ \t]*"
)
# After a bare cue a number follows a placeholder ("Alias Unbekannt 4471") or a code ending in a phonetic word
# ("alias Walnut Oscar 3"); one ordinary word and a number is a grade, step or measure of Doppler aliasing ("Alias
# Grad 2", "Alias Stufe 3", "T2 alias Echo 12"; mend 23b). Any words and a number only after a named cue: a colon,
# "Aliasname", "registered under" ("Aliasname: Koala Blau 12").
_NAMED_CUE = (
    r"(?<![\w-])(?:(?:(?:[A-ZÄÖÜ][\wäöü]{2,20}-)?(?:Alias|alias)(?:name)?[ \t]*:|(?:[A-ZÄÖÜ][\wäöü]{2,20}-)?"
    r"[Aa]liasname|registered[ \t]+under(?:[ \t]+(?:trauma|ED|temporary)[ \t]+alias)?)[ \t]*:?)[ \t]*"
)
ALIAS_NAMED = literal_starts(re.compile(_NAMED_CUE + rf"(?P<v>(?:{_WORD}[ \t]+){{1,3}}{_NUMBER})(?![\w/-])"))
ALIAS = literal_starts(
    re.compile(
        _CUE + r"(?P<v>"
        rf"(?:{_PLACEHOLDER}[ \t]+(?:{_WORD}[ \t]+){{0,3}})?{_NUMBER}"  # ... and a number
        rf"|{_WORD}(?:[ \t]+{_WORD}){{0,1}}[ \t]+{_PHONETIC}[ \t]+{_NUMBER}"  # a code ending phonetic, a number
        rf"|{_PLACEHOLDER}(?:[ \t]+{_WORD}){{0,2}}[ \t]+{_PHONETIC}"  # a placeholder ... and a phonetic word
        rf"|{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+{_PHONETIC}"  # two words or more, the last phonetic
        r")(?![\w/-])"
    )
)
PLACEHOLDER_NUMBERED = literal_starts(
    re.compile(
        rf"(?<![\w-])(?P<v>(?:John|Jane)[ \t]+Doe[ \t]+{_NUMBER}|Doe,[ \t]*(?:John|Jane)[ \t]+{_NUMBER})(?![\w/-])"
    )
)
_ALIAS_GATE = LOWER_GATES.register(("alias", "registered under"))  # one gate for both cue rules
_GATES = (
    (ALIAS, _ALIAS_GATE),
    (ALIAS_NAMED, _ALIAS_GATE),
    (PLACEHOLDER_NUMBERED, LOWER_GATES.register(("doe",))),
)


def alias_id_hits(text: str, lowered: str) -> list[Hit]:
    """ID hits of the aliases of unidentified patients in `text` (`lowered`: its lower-cased copy)."""
    return list(dict.fromkeys(gated_id_hits(_GATES, text, lowered)))  # a named cue's alias matches both rules
