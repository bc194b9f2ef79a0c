"""The linked patient's own header values as a dictionary, matched fuzzily in the report text.

Reports spell names the way people type them: "Mueller" for Müller, "MÜLLER", "Muller", "Schaefer",
one letter wrong. Tokens are compared after case folding and umlaut transliteration (ä->ae, ö->oe,
ü->ue, ß->ss, plus the bare-vowel form u/o/a), and a capitalized token of five letters or more may
differ by one edit (rapidfuzz Levenshtein). IDs and accessions are matched exactly (case-insensitive);
institution and address strings also as whole phrases (rapidfuzz ratio over token windows).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from curation.deid.text.common import Hit
from curation.vault import PatientPhi

_TRANSLITERATIONS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "à": "a"}
_BARE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Name parts that are titles or too generic to mark on their own.
_SKIP_PARTS = frozenset({"dr", "med", "prof", "herr", "frau", "mr", "mrs", "ms", "von", "van", "de", "der", "zu",
                         "den", "phd", "md", "dipl", "dent", "univ", "habil"})
_GENERIC_PLACE_WORDS = frozenset({"klinikum", "universitaetsklinikum", "krankenhaus", "klinik", "kliniken",
                                  "hospital", "university", "universitaet", "praxis", "radiologie",
                                  "radiology", "medical", "center", "centre", "strasse", "str", "weg", "platz",
                                  "allee", "und", "fuer", "the", "of", "st", "sankt", "mvz", "institut",
                                  "gemeinschaftspraxis", "general", "department", "abteilung"})
# Surnames that are also everyday words: matched only when capitalized in the text.
_LOWER_SKIP = frozenset({"lange", "klein", "gross", "weiss", "schwarz", "braun", "long", "white", "brown",
                         "young", "green", "rich", "frank", "will", "may", "mai", "winter", "sommer", "fuchs",
                         "link", "kurz", "alt", "neu", "roth", "wolf", "berg", "hahn", "vogel", "bach"})
MIN_FUZZY_LEN = 5


def normalize(word: str) -> str:
    """Case-folded, umlauts transliterated: 'Müller' and 'MUELLER' both give 'mueller'. (Every transliterated
    letter is outside ASCII, so an ASCII word is only case-folded; str.translate with a table of strings took ~3 us
    a word, ~100 distinct words per report: round 19 of speed.)"""
    folded = word.casefold()
    if folded.isascii():
        return folded
    for letter, spelled in _TRANSLITERATIONS.items():
        if letter in folded:
            folded = folded.replace(letter, spelled)  # (spelled in ASCII: no later letter is replaced in it)
    return folded


def _bare(word: str) -> str:
    return word.casefold().translate(_BARE)


def _birth_date_strings(raw: str) -> list[str]:
    digits = re.sub(r"\D", "", raw)
    try:
        d = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return [raw] if raw else []
    return [d.strftime("%d.%m.%Y"), f"{d.day}.{d.month}.{d.year}", d.strftime("%d.%m.%y"), d.isoformat(),
            d.strftime("%Y%m%d"), d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y")]


@dataclass(frozen=True)
class PhiDictionary:
    """Normalized lookup material built once per patient."""

    name_tokens: frozenset[str]
    exact_strings: tuple[tuple[str, str], ...]  # (raw string, label), matched case-insensitively
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (normalized tokens, label)
    place_tokens: frozenset[tuple[str, str]]  # (normalized token, label)

    @classmethod
    def from_phi(cls, phi: PatientPhi) -> PhiDictionary:
        names: set[str] = set()
        for value in (*phi.names, *phi.physicians):
            for part in re.split(r"[\^,\s.\-]+", value):
                norm = normalize(part)
                if len(norm) >= 3 and norm not in _SKIP_PARTS and not norm.isdigit():
                    names.update({norm, _bare(part)})
        exact: list[tuple[str, str]] = []
        for value in (*phi.patient_ids, *phi.accessions, *phi.other):
            if len(value.strip()) >= 4:
                exact.append((value.strip(), "ID"))
        for value in phi.birth_dates:
            exact.extend((s, "DATE") for s in _birth_date_strings(value))
        phrases: list[tuple[tuple[str, ...], str]] = []
        places: set[tuple[str, str]] = set()
        for label, values in (("INSTITUTION", phi.institutions), ("ADDRESS", phi.addresses)):
            for value in values:
                tokens = tuple(normalize(t) for t in _WORD.findall(value))
                if tokens:
                    phrases.append((tokens, label))
                places.update((t, label) for t in tokens
                              if len(t) >= 4 and t not in _GENERIC_PLACE_WORDS and not t.isdigit())
        return cls(frozenset(names), tuple(sorted(set(exact))), tuple(phrases), frozenset(places))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=4096)
def _compiled(raw: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(raw)}(?![\w])", re.IGNORECASE)


def _within_one_edit(norm: str, candidates: list[str]) -> int | None:
    """Index of the first candidate at most one edit from `norm` (rapidfuzz's C loop), else None."""
    if not candidates:
        return None
    best = process.extractOne(norm, candidates, scorer=Levenshtein.distance, score_cutoff=1)
    return None if best is None else best[2]


_Ends = tuple[frozenset[tuple[str, int]], frozenset[tuple[str, int]]]


@lru_cache(maxsize=256)
def _ends(values: frozenset[str]) -> _Ends:
    """(first letter, length) and (last letter, length) of each value, the lengths widened by one: one edit
    leaves the first or the last letter in place and moves the length by one at most, so a word that shares
    neither with any value is more than one edit from all of them (two set lookups, no rapidfuzz call)."""
    return (frozenset((v[0], len(v) + k) for v in values if v for k in (-1, 0, 1)),
            frozenset((v[-1], len(v) + k) for v in values if v for k in (-1, 0, 1)))


def _may_be_one_edit(norm: str, ends: _Ends) -> bool:
    n = len(norm)
    return (norm[0], n) in ends[0] or (norm[-1], n) in ends[1]


@lru_cache(maxsize=256)
def _long(values: frozenset[str]) -> list[str]:
    return sorted(v for v in values if len(v) >= MIN_FUZZY_LEN)


@lru_cache(maxsize=256)
def _places(places: frozenset[tuple[str, str]]) -> tuple[dict[str, str], list[str], list[str]]:
    """Exact lookup {token: label}, and the (sorted) tokens with their labels for the fuzzy pass."""
    ordered = sorted(places)
    return dict(reversed(ordered)), [t for t, _ in ordered], [lab for _, lab in ordered]


class _Lookup(NamedTuple):
    """What one report's token pass needs of a dictionary (built once per report from cached parts)."""

    names: frozenset[str]
    name_ends: _Ends
    long_names: list[str]
    place_exact: dict[str, str]
    place_list: list[str]
    place_labels: list[str]
    place_ends: _Ends


def _lookup(d: PhiDictionary) -> _Lookup:
    place_exact, place_list, place_labels = _places(d.place_tokens)
    return _Lookup(d.name_tokens, _ends(d.name_tokens), _long(d.name_tokens), place_exact, place_list,
                   place_labels, _ends(frozenset(place_exact)))


def _token_verdict(token: str, norm: str, k: _Lookup) -> tuple[str, str] | None:
    """(label, source) for one token of the text, or None: name exact, name fuzzy (one edit from a name part of
    five letters or more, capitalized in the text), place exact, place fuzzy."""
    if norm in k.names and not (token[0].islower() and norm in _LOWER_SKIP):
        return "PERSON", "dict"
    fuzzy = len(norm) >= MIN_FUZZY_LEN and token[0].isupper()
    if fuzzy and _may_be_one_edit(norm, k.name_ends) and _within_one_edit(norm, k.long_names) is not None:
        return "PERSON", "fuzzy"
    if norm in k.place_exact:
        return k.place_exact[norm], "fuzzy"
    if fuzzy and _may_be_one_edit(norm, k.place_ends):
        index = _within_one_edit(norm, k.place_list)
        if index is not None:
            return k.place_labels[index], "fuzzy"
    return None


_UNSEEN = ("", "")


def dictionary_hits(text: str, phi: PatientPhi | PhiDictionary) -> list[Hit]:
    """Occurrences of the patient's own PHI in `text` (source 'dict' exact, 'fuzzy' with one edit)."""
    d = phi if isinstance(phi, PhiDictionary) else PhiDictionary.from_phi(phi)
    hits: list[Hit] = []
    folded = text.lower()
    words = list(_WORD.finditer(text))
    k = _lookup(d)
    # A token's verdict depends on its text alone: decide (and normalise) each distinct token once per report.
    seen: dict[str, tuple[str, str] | None] = {}
    for w in words:
        token = w.group()
        verdict = seen.get(token, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = seen[token] = _token_verdict(token, normalize(token), k)
        if verdict is not None:
            hits.append(Hit(w.start(), w.end(), *verdict))
    aligned = len(folded) == len(text)
    for raw, label in d.exact_strings:
        low = raw.lower()
        if low not in folded:
            continue
        if not aligned or len(low) != len(raw):
            hits.extend(Hit(m.start(), m.end(), label, "dict") for m in _compiled(raw).finditer(text))
            continue
        # The occurrences from str.find in the lower-cased text, whole words only (as the regex would take them:
        # a case-insensitive regex with look-arounds is tried at every position of the report).
        at = folded.find(low)
        while at >= 0:
            end = at + len(low)
            if not (at and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
                hits.append(Hit(at, end, label, "dict"))
                at = folded.find(low, end)
            else:
                at = folded.find(low, at + 1)
    norms = [normalize(w.group()) for w in words] if d.phrases else []
    for tokens, label in d.phrases:
        n = len(tokens)
        target = " ".join(tokens)
        for i in range(len(words) - n + 1):
            if fuzz.ratio(" ".join(norms[i:i + n]), target, score_cutoff=90):
                hits.append(Hit(words[i].start(), words[i + n - 1].end(), label, "fuzzy"))
    return hits
