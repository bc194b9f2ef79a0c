"""Logins that open the entries of a system log or a chat export (round 24a): the user who acted, written as the
system prints it, after the entry's time stamp or before a chat line's colon.

- A log entry: a line opening with a time stamp (a date before it optional: "04.03.24 07:58", "03-Jun-2024
  14:22:07", "2024-03-04 07:58") and a login before the logged action ("rhuber Untersuchung storniert",
  "JSMITH14  Viewed event").
- A chat line: a login opening the line before a colon ("lmayr: CT ist fertig", "dr_kern: Danke").

A login is one token of lower-case letters or of capitals, with at most three digits at its end, optionally after
a short prefix and "_" / "." ("dr_kern", "j.smith"). It is taken by its form (digits at its end, "mkeller2",
"JSMITH14", or such a prefix) in a log or chat of two lines or more, or when its letters after one or two initials
are a listed surname ("lmayr"; after a time stamp also one that is a word too, "rhuber"; before a chat colon only a
token that opens two lines). A token known by its form only is no login when its letters name a system, room,
modality or product ("PACS2", "ANGIO1", "TRAUMA1", "ORTHANC1", "ultravist370": hl7's node codes, login_cues' account
words, keep's products, drug_shapes' drugs) or when its prefix is a side ("re.niere", "li_lunge", "bds.mamma");
mend of round 24a. A time stamp before a clinical or workflow word ("08:00 CT Thorax", "12:00 started",
"09:00 contrast given") or a line heading ("Befund:", "remarks:", "reason:") names no login.
"""

from __future__ import annotations

import re
from collections import Counter

from curation.deid.text.common import Hit, StartsAfter
from curation.deid.text.drug_shapes import is_drug_or_device
from curation.deid.text.hl7 import is_node_word
from curation.deid.text.keep import PRODUCTS
from curation.deid.text.login_cues import ACCOUNT_WORDS, SIDE_PREFIXES
from curation.deid.text.surnames import is_surname, is_surname_or_word

_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{4}-\d\d-\d\d)"
_LOGIN = r"(?:[a-z]{1,3}[._])?(?:[a-z]{4,16}|[A-Z]{4,16})\d{0,3}"
_ENTRY = StartsAfter(
    re.compile(rf"[ \t]*(?:{_DATE}[ \t]+)?\d{{1,2}}:\d\d(?::\d\d)?[ \t]+(?P<v>{_LOGIN})[ \t]+(?=\w)"), holding=":"
)
_CHAT = StartsAfter(re.compile(rf"[ \t]*(?P<v>{_LOGIN}):[ \t]"), holding=":")
_PREFIXED = re.compile(r"(?P<p>[a-z]{1,3})[._](?P<w>[a-z]{4,16})")
_PRODUCT_WORDS = frozenset(p.lower() for p in PRODUCTS)


def _thing(letters: str) -> bool:
    """`letters` name a system, room, modality or product ("PACS", "TRAUMA", "ORTHANC", "ultravist")."""
    low = letters.lower()
    return is_node_word(letters.upper()) or low in ACCOUNT_WORDS or low in _PRODUCT_WORDS or is_drug_or_device(low)


def _marked(token: str) -> bool:
    """A login by its form: digits at its end ("mkeller2", "JSMITH14") or a short prefix ("dr_kern"); never a
    system, room or product with its number ("PACS2", "ultravist370") nor a side before an organ ("re.niere")."""
    letters = token.rstrip("0123456789")
    if (prefixed := _PREFIXED.fullmatch(letters)) is not None:
        return prefixed.group("p") not in SIDE_PREFIXES and not _thing(prefixed.group("w"))
    return len(letters) < len(token) and not _thing(letters)


def _surname_login(token: str, loose: bool) -> bool:
    """The token's letters after one or two initials are a listed surname (`loose`: one that is also a word counts,
    "rhuber")."""
    listed = is_surname_or_word if loose else is_surname
    letters = token.rstrip("0123456789").lower()
    return any(len(letters) - k >= 4 and listed(letters[k:].capitalize()) for k in (1, 2))


def log_login_hits(text: str) -> list[Hit]:
    """PERSON hits of the logins opening log entries and chat lines of `text` (none without ":"). A login known by
    its form only counts in a log of two entries or more, or a chat of two lines or more; a chat login known by its
    surname only where it opens two lines ("remarks:", "reason:" open one)."""
    if ":" not in text:
        return []
    hits: list[Hit] = []
    for scanner, loose in ((_ENTRY, True), (_CHAT, False)):
        found = list(scanner.finditer(text))
        counts = Counter(m.group("v") for m in found)
        for m in found:
            token = m.group("v")
            if (len(found) > 1 and _marked(token)) or (_surname_login(token, loose) and (loose or counts[token] > 1)):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits
