"""Facilities known by their name alone: the hospital gazetteer (hospitals.txt, field data with its source in
its header; the short and house names of known_sites.py are not repeated there), a house name before a facility
head ("Bethesda Spital", "Lindenhof Klinik") and foundation houses named after a saint or patron
("Elisabethenstift", "Friederikenstift", "Josephinum"; "im Marienhaus" after an article or preposition).

A gazetteer name is taken as a whole word in its own case; a hospital group's name takes the capitalised place
words after it ("Helios Berlin-Buch", "Vivantes Neukölln", "Kaiser Fontana"), and the names that alone are a
surname or a word ("Kaiser", "Banner") are taken only so.
"""

from __future__ import annotations

import re
from pathlib import Path

from curation.deid.text.common import LO, UP, Hit, SharedWords, literal_starts
from curation.deid.text.given_names import is_given_name
from curation.deid.text.names import NAME, NOT_NAME_WORDS, is_role_word

_LIST = Path(__file__).with_name("hospitals.txt")
# (a dash between spaces joins a site to its group: "Intermountain Primary Care - Cottonwood")
_PLACE_WORDS = re.compile(rf"(?:[ \t]+(?:[-–][ \t]+)?(?!(?:und|and|in|im|am|an|der|die|das|the|of)\b)"
                          rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)"
                          r"{1,2}")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "ment", "nis")
# A house name before a facility head after an article or preposition: "vom Bethesda Spital", "in der Lindenhof
# Klinik" (not "Vorbefund Klinik X": a German noun before the head has no article).
_HEADS = (" Spital", " Klinik", " Hospital", " Krankenhaus", " Clinic")
HOUSE_BEFORE_HEAD = re.compile(rf"(?<![\w'’-])(?:dem|der|das|den|vom|im|am|zum|zur|ins|beim|aus|von|at|from|the|to)"
                               rf"[ \t]+(?P<v>{NAME})\Z")
_HEAD_END = re.compile(r"(?:Spital|Klinik|Hospital|Krankenhaus|Klinikum|Clinic)(?![\w-])")
# A foundation house named after a patron: a given name in the genitive before "stift".
PATRON_HOUSE = re.compile(rf"(?<![\w'’-])(?P<v>(?P<n>[{UP}][{LO}]{{2,}}?)(?:(?:en|n|s|e)?-?[sS]tift|inum))(?![\w-])")
# "Marienhaus", "Elisabethenheim" name a house only after an article or preposition ("im Marienhaus").
PATRON_HOME = re.compile(rf"(?<![\w'’-])(?:dem|im|vom|ins|zum|aus|das)[ \t]+"
                         rf"(?P<v>(?P<n>[{UP}][{LO}]{{2,}}?)(?:en|n|s|e)?-?(?:[hH]aus|[hH]eim))(?![\w-])")

# A word ending in -haus / -heim at a word end, and PATRON_HOME anchored at such an end (the look-ahead is
# checked on the whole text by _HOME_END; the article, its blanks and the name lie within _HOME_REACH).
_HOME_END = re.compile(r"(?<=[^\W\d_-])-?[hH](?:aus|eim)(?![\w-])")
# The same word ends found without the look-behind (a pattern that opens with one lets `re` skip to no
# candidate first character, ~27 µs a report): the -haus / -heim, then the letter (or letter and hyphen) before.
_HOME_WORD = literal_starts(re.compile(r"[hH](?:aus|eim)(?![\w-])"))  # from the shared pass (round 18 of speed)
_LETTER = re.compile(r"[^\W\d_-]")
_PATRON_HOME_AT = re.compile(PATRON_HOME.pattern + r"\Z")
_HOME_REACH = 80


def _gazetteer() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for line in _LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, kind = line.partition("\t")
            kinds[name] = kind
    return kinds


# The names are found in the rules' shared literal-starts pass (common.SharedWords), not a pass of their own.
_KINDS = _gazetteer()
_NAMES = SharedWords(_KINDS)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (not start or not (text[start - 1].isalnum() or text[start - 1] in "-'’")) and (
        end == len(text) or not (text[end].isalnum() or text[end] == "-"))


def _place_after(text: str, end: int) -> int:
    m = _PLACE_WORDS.match(text, end)
    if m is None:
        return end
    stop = end
    for word in re.finditer(r"\S+", text[end:m.end()]):
        low = word.group().lower()
        if low in NOT_NAME_WORDS or is_role_word(low) or low.endswith(_NOUN_ENDINGS):
            break
        stop = end + word.end()
    return stop


def gazetteer_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of the listed hospital names."""
    hits: list[Hit] = []
    for start, end in _NAMES.occurrences(text):
        if not _whole_word(text, start, end):
            continue
        kind = _KINDS[text[start:end]]
        if kind:
            place_end = _place_after(text, end)
            if kind == "site" and place_end == end:
                continue
            end = place_end
        hits.append(Hit(start, end, "INSTITUTION", "rule"))
    return hits


def _patron(stem: str) -> bool:
    variants = (stem, stem + "a", stem + "e", stem[:-1] + "a" if stem.endswith("i") else stem)
    return any(is_given_name(v) for v in variants)


def _house_word(word: str) -> bool:
    low = word.lower()
    return not (low in NOT_NAME_WORDS or is_role_word(low) or low.endswith(_NOUN_ENDINGS)
                or low.endswith(("isch", "ische", "ischen", "iches", "liche", "lichen", "er", "es")))


def home_word_ends(text: str) -> list[int]:
    """The ends of _HOME_END's matches: each -haus / -heim with the letter (or letter and hyphen) before it
    that _HOME_END's look-behind asks for."""
    ends = []
    for word in _HOME_WORD.finditer(text):
        at = word.start()
        if at and (_LETTER.match(text, at - 1) or (text[at - 1] == "-" and at > 1 and _LETTER.match(text, at - 2))):
            ends.append(word.end())
    return ends


def _patron_homes(text: str) -> list[re.Match[str]]:
    """PATRON_HOME's matches, found from the words that end in -haus / -heim (a scan from every article cost
    ~20 µs a report): each such word end is tried with the pattern anchored there."""
    out = []
    for end in home_word_ends(text):
        m = _PATRON_HOME_AT.search(text, max(0, end - _HOME_REACH), end)
        if m is not None:
            out.append(m)
    return out


def outside_site_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of the gazetteer, house names before a facility head and patron foundation houses."""
    hits = gazetteer_hits(text)
    for head in _HEADS:
        pos = text.find(head)
        while pos >= 0:
            m = HOUSE_BEFORE_HEAD.search(text, max(0, pos - 40), pos)
            end = _HEAD_END.match(text, pos + 1)
            if m is not None and end is not None and _house_word(m.group("v")):
                hits.append(Hit(m.start("v"), end.end(), "INSTITUTION", "rule"))
            pos = text.find(head, pos + 1)
    if "stift" in text or "Stift" in text or "inum" in text:
        for m in PATRON_HOUSE.finditer(text):
            if _patron(m.group("n")):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    if "haus" in text or "heim" in text or "Haus" in text or "Heim" in text:
        for m in _patron_homes(text):
            if _patron(m.group("n")):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return hits
