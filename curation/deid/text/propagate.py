"""Document-level propagation: what the rules found once with a cue is PHI at its other occurrences too.

A report names a person with a cue once ("Herr Gottfried Barnickel", "Patient: Okafor, Chidinma") and then
bare ("Barnickel klagt", "OKAFOR to be reviewed", "Hargreaves' previous CT", "Barnickels Vorbefunde"); a
facility once in a letter head or a slot and then again ("the Bayside Advanced Imaging study"); a town once
after its postcode and then alone. Each found name word (three letters or more, no common or role word),
each found facility phrase (less a legal-form suffix) and each found street or town is looked up again in
the same text: whole words, in any case (Title, ALL CAPS), with a possessive or genitive ending ('s, ', s).
Initials of a found person ("SP" of "Sanja Petrović") count where they stand as dictation marks beside a
slash ("SP/TR", "NK/jw").

A propagated hit is a weak one (source "rule"): every keep range vetoes it, so "Dr. Whipple" does not take
"Whipple procedure", nor "Mr Brodie" the "Brodie abscess" (keep.py).
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit, words
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.towns import towns

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Endings that still name the same person or place: possessive and German genitive.
_ENDINGS = ("'s", "’s", "'", "’", "s")
# Name particles and connectors: no name word of their own.
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "ter", "di", "da", "das", "dos", "do", "le", "la",
                        "el", "al", "mac", "am", "im", "an", "the", "of", "and", "und", "et", "du", "des", "del",
                        "della", "st"})
# Legal-form and generic tails of a facility phrase: the phrase is also found without them.
_LEGAL_TAIL = re.compile(r",?[ \t]+(?:GmbH|gGmbH|AG|GbR|KG|SE|e\.[ \t]?V\.|LLC|L\.L\.C\.|PLLC|LLP|P\.C\.|PC|Inc\.?|"
                         r"Ltd\.?|plc|Co\.)\Z")
# German noun endings: a word found inside a name hit that ends so is a noun the hit swallowed, not a name.
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "ment", "nis", "ogie", "logy")
# Surnames that are also everyday words a sentence may open with ("Mrs White ... White matter lesions", "Frau
# Klein ... Klein- und großvolumig"): the cued occurrence is PHI, the others are not propagated.
_EVERYDAY_SURNAMES = words("""
white black brown green grey gray young long short little small large rose may bell hall wall field rich bright
strong hard sharp cross head foot hand king page price fair best good new old golden hill wood mills street lane
klein groß gross lang kurz weiß weiss schwarz braun roth fuchs wolf vogel hahn bauer koch kaiser könig neu alt
jung frank frei fröhlich lustig sommer winter herbst morgen abend berg busch stein
""")
# Street compounds ("Hofgartenweg", "Schöngrünstrasse") name one street wherever they stand.
_STREET_COMPOUNDS = ("straße", "strasse", "gasse", "weg", "allee", "platz", "ring", "damm", "ufer", "steig")
# Facility words that alone name nothing: a phrase left with only these is not propagated.
_GENERIC = words("""
klinik klinikum krankenhaus spital hospital hospitals praxis radiologie institut zentrum center centre imaging
medical health healthcare clinic group partners associates surgery trust foundation nhs mvz diagnostic diagnostics
care home university universität
""")


def _name_words(value: str) -> set[str]:
    out = set()
    for word in _WORD.findall(value):
        low = word.lower()
        if (len(word) >= 3 and word[0].isupper() and low not in NOT_NAME_WORDS and low not in _PARTICLES
                and not low.endswith(_NOUN_ENDINGS) and low not in _EVERYDAY_SURNAMES):
            out.add(low)
    return out


def _initials(value: str) -> set[str]:
    parts = [w for w in _WORD.findall(value) if w[0].isupper() and w.lower() not in _PARTICLES]
    if len(parts) < 2:
        return set()
    return {(parts[0][0] + parts[-1][0]).lower(), "".join(p[0] for p in parts).lower()}


def _occurrences(text: str, lowered: str, needle: str) -> list[tuple[int, int]]:
    """Capitalised whole-word occurrences of `needle` (lower case) in `lowered`; a possessive or genitive
    ending may follow (it stays outside the span: "[PERSON]'s")."""
    out = []
    n = len(needle)
    pos = lowered.find(needle)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'’")) and text[pos].isupper():
            if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
                out.append((pos, end))
            else:
                for ending in _ENDINGS:
                    tail = end + len(ending)
                    if lowered.startswith(ending, end) and (tail == len(text) or not (
                            text[tail].isalnum() or text[tail] == "-")):
                        out.append((pos, end))
                        break
        pos = lowered.find(needle, pos + 1)
    return out


def _stands_lower(text: str, word: str) -> bool:
    """Whether `word` (lower case) occurs in `text` as a whole lower-case word."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            return True
        pos = text.find(word, end)
    return False


def propagated_hits(text: str, lowered: str, hits: list[Hit]) -> list[Hit]:
    """Hits at the other occurrences of the names, facilities and places already in `hits`."""
    values: dict[str, set[str]] = {"PERSON": set(), "INSTITUTION": set(), "ADDRESS": set()}
    for h in hits:
        if h.label in values:
            values[h.label].add(text[h.start:h.end])
    names: set[str] = set()
    initials: set[str] = set()
    phrases_of_places: set[str] = set()
    for value in values["PERSON"]:
        names |= _name_words(value)
        initials |= _initials(value)
    phrases: set[str] = set()
    for value in values["INSTITUTION"]:
        phrase = " ".join(value.split())
        for variant in (phrase, _LEGAL_TAIL.sub("", phrase)):
            words = [w.lower() for w in _WORD.findall(variant)]
            if len(variant) >= 5 and any(w not in _GENERIC and w not in _PARTICLES for w in words):
                phrases.add(variant.lower())
    # Places: a listed town or a street compound ("Hofgartenweg") alone, other capitalised runs without digits
    # as phrases ("Church Lane", "Little Wenham"); never a generic word alone ("Station 4B", "Suite 200").
    places: set[str] = set()
    town_list = towns()
    for value in values["ADDRESS"]:
        for word in _WORD.findall(value):
            low = word.lower()
            if len(word) >= 4 and word[0].isupper() and (word in town_list or (
                    low.endswith(_STREET_COMPOUNDS) and len(low) >= 9)):
                places.add(low)
        if not any(c.isdigit() for c in value) and " " in value.strip() and value[:1].isupper():
            phrases_of_places.add(" ".join(value.split()).lower())
    out: list[Hit] = []
    found = {(h.start, h.end) for h in hits}  # occurrences a rule found already need no second hit
    # A word that also stands in lower case in this text is an ordinary word here, not only a name.
    # Most names stand once: a C count skips them before any Python-level scan.
    for word, label in [*((w, "PERSON") for w in names), *((w, "ADDRESS") for w in places)]:
        if lowered.count(word) < 2 or _stands_lower(text, word):
            continue
        out.extend(Hit(s, e, label, "rule") for s, e in _occurrences(text, lowered, word) if (s, e) not in found)
    for phrase, label in [*((p, "INSTITUTION") for p in phrases if " " in p),
                          *((p, "ADDRESS") for p in phrases_of_places)]:
        if lowered.count(phrase) < 2:
            continue
        out.extend(Hit(s, e, label, "rule") for s, e in _occurrences(text, lowered, phrase) if (s, e) not in found)
    if initials and "/" in text:
        out.extend(_initial_hits(text, initials))
    return out


# Units beside a slash are no dictation initials ("1,1 mg/dl", "ml/min", "mg/kg").
_UNITS = frozenset({"mg", "ml", "mm", "cm", "kg", "dl", "ng", "ug", "µg", "min", "mol", "mmol", "mas", "kv", "mgy"})
_INITIALS_BEFORE = re.compile(r"(?<![\w.])[A-Za-zÄÖÜäöü]{2,3}\Z")
_INITIALS_AFTER = re.compile(r"[A-Za-zÄÖÜäöü]{2,3}(?![\w])")


def _initial_hits(text: str, initials: set[str]) -> list[Hit]:
    """Dictation initials of found persons beside a slash: "SP/TR", "NK/jw" (found from each slash)."""
    out = []
    pos = text.find("/")
    while pos >= 0:
        for m in (_INITIALS_BEFORE.search(text, max(0, pos - 4), pos), _INITIALS_AFTER.match(text, pos + 1)):
            if (m is not None and m.group().lower() in initials and (m.group().isupper() or m.group().islower())
                    and m.group() not in _UNITS):
                out.append(Hit(m.start(), m.end(), "PERSON", "rule"))
        pos = text.find("/", pos + 1)
    return out
