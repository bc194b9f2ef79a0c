"""Whether an open name slot holds something that looks like a name (review of rounds 19a/20a).

A rule that reads "any capitalised word" in a slot as a name ("<date>, <Surname>, <role>", a name's variant in
brackets, two words before "born") needs positive evidence, not only a short veto list: the word is a listed
surname or given name, or it is unlisted and has none of the shapes of a common word of the report languages — an
adjective, participle or abstract-noun ending ("Urgent", "Preliminary", "Verified", "Elective", "Vorläufig",
"Validiert", "Stationär", "Korrektur", "Freigegeben", "Kontrastmittel", "Urgente") or two letters only ("On").
Unlisted surnames ("Ploderer", "Scarpellini", "Nwachukwu") keep their place.

A listed name is still no person where it names a disease, a classification, a therapy method or a statistical
method ("Kind Kawasaki Verdacht", "Physio Vojta", "Kaplan Meier analysis"): keep.py's eponyms, care_nouns' syndrome
parts, the therapy and method names here.

A few listed given names are also measurement or anatomy headings of a report ("Max", "Min", "Pia"): alone in a
cell or before a colon they are the heading, not a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from curation.deid.text.care_nouns import is_syndrome_name
from curation.deid.text.common import words
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.surnames import is_surname_or_word

__all__ = ["HEADING_GIVEN_NAMES", "is_eponym_pair", "is_eponym_word", "is_name_shaped", "is_word_shaped"]

# Endings of English, German, French and Italian adjectives, participles and abstract nouns (lower case).
_WORD_ENDINGS = (
    "ed",
    "al",
    "ary",
    "ory",
    "ive",
    "able",
    "ible",
    "ent",
    "ure",
    "ion",
    "ing",
    "ness",
    "ity",
    "ig",
    "lich",
    "isch",
    "iert",
    "ung",
    "heit",
    "keit",
    "tur",
    "är",
    "ant",
    "ente",
    "ism",
    "ismus",
    "é",
    "ée",
    "mittel",
)
# A German past participle, maybe after a separable prefix: "freigegeben", "abgeschlossen", "gesehen".
_PARTICIPLE = re.compile(r"(?:ab|an|auf|aus|bei|ein|frei|mit|nach|vor|zu|zurück|um|weiter)?ge[a-zäöüß]{3,}(?:en|t)")

HEADING_GIVEN_NAMES = words("max min pia mean")
# Physiotherapy and rehabilitation methods named after their authors ("Physio Vojta", "nach Bobath").
_THERAPY_METHODS = words("""vojta bobath mckenzie maitland brügger brugger schroth mulligan kabat feldenkrais cyriax
kaltenborn sohier perfetti affolter pnf""")
# Disease eponyms that keep.py holds in no list of its own (it keeps "Kawasaki" only before a disease word).
_DISEASE_EPONYMS = words("kawasaki")
# Statistical methods named after two authors, written with a space as often as with a hyphen.
_METHOD_PAIRS = words("kaplan-meier bland-altman mann-whitney kruskal-wallis")


def is_word_shaped(word: str) -> bool:
    """`word` has the shape of a common word: an adjective, participle or abstract-noun ending, or two letters."""
    low = word.lower()
    return len(low) < 3 or low.endswith(_WORD_ENDINGS) or _PARTICIPLE.fullmatch(low) is not None


def is_name_shaped(word: str) -> bool:
    """`word` may be a name: a listed surname or given name, or an unlisted word of no common word's shape."""
    if is_surname_or_word(word) or is_any_given_name(word):
        return True
    return not is_word_shaped(word)


@lru_cache(maxsize=1)
def _eponyms() -> frozenset[str]:
    """keep.py's eponyms, lower case (imported here: keep.py reads names.py, which reads ranks.py, which reads
    this module)."""
    from curation.deid.text.keep import CLASS_EPONYMS, EPONYMS

    return frozenset(e.lower() for e in (*EPONYMS, *CLASS_EPONYMS))


def is_eponym_word(word: str) -> bool:
    """`word` names a disease, classification or therapy method ("Kawasaki", "Bosniak", "Vojta", "Klippel"); an
    eponym that is also a listed surname ("Fisher", "Graf") is left to the name rules."""
    low = word.lower()
    if low in _THERAPY_METHODS or low in _DISEASE_EPONYMS or is_syndrome_name(word):
        return True
    return low in _eponyms() and not is_surname_or_word(word)


def is_eponym_pair(first: str, second: str) -> bool:
    """`first second` is a two-author method or syndrome ("Kaplan Meier", "Bland Altman", "Sturge Weber")."""
    pair = f"{first}-{second}"
    return pair.lower() in _METHOD_PAIRS or is_syndrome_name(pair)
