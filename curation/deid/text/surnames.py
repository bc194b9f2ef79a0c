"""Surnames as field data: the ranked list shipped in surnames.txt (from names-dataset 3.3.1, built by
scripts/generate_surnames.py; ~50,000 surnames of the report countries DE/AT/CH/UK/US/IE and of the countries
their patients and staff commonly come from, most frequent first; one name a line, "#" lines are comments; a
name that is also a common noun or word, "Bauer", "Nagel", "Baker", carries a second field "word").

A hit in this list is never PHI on its own: the rules of unannounced.py ask it only where the shape of the text
already suggests a person (a listed given name beside it, a list of people, a verb of contact, an initial).
Clinical and everyday words (anatomy, eponyms, drugs, frequent German, English and French words) were left out
when the list was built, so that a capitalised German noun is never a surname by the list alone. The file is
plain text so that other components (the learned tagger) can use it as a feature too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_LIST = Path(__file__).with_name("surnames.txt")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(surnames that are no common word, all surnames)."""
    names, every = set(), set()
    for line in _LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, flag = line.partition("\t")
            every.add(name)
            if flag != "word":
                names.add(name)
    return frozenset(names), frozenset(every)


def surnames() -> frozenset[str]:
    """The surnames that are no common word, as spelled in the list (loaded once, ~30 ms)."""
    return _lists()[0]


def surnames_and_words() -> frozenset[str]:
    """Every listed surname, those that are also common words included."""
    return _lists()[1]


def _listed(word: str, names: frozenset[str]) -> bool:
    if word in names:
        return True
    if word.isupper() and word.capitalize() in names:
        return True
    if "-" not in word:
        return False
    parts = word.split("-")
    return all(p in names or p.capitalize() in names for p in parts if p)


def is_surname(word: str) -> bool:
    """True when `word` is a listed surname that is no common word: as written, in capitals ("NOWAK"), or with
    each part of a double-barrelled name listed ("Nowak-Demir")."""
    return _listed(word, _lists()[0])


def is_surname_or_word(word: str) -> bool:
    """is_surname, or a listed surname that is also a common noun or word ("Bauer", "Baker"): evidence only
    beside a given name."""
    return _listed(word, _lists()[1])
