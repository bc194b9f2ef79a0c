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

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from radcurate.curation.deid.text_rules import Hit
from radcurate.curation.vault import PatientPhi

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "à": "a"})
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
    """Case-folded, umlauts transliterated: 'Müller' and 'MUELLER' both give 'mueller'."""
    return word.casefold().translate(_TRANSLIT)


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


@lru_cache(maxsize=4096)
def _compiled(raw: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(raw)}(?![\w])", re.IGNORECASE)


def _fuzzy_name(token: str, norm: str, names: frozenset[str]) -> bool:
    """One edit away from a name part of five letters or more, capitalized in the text."""
    if len(norm) < MIN_FUZZY_LEN or not token[0].isupper():
        return False
    return any(abs(len(n) - len(norm)) <= 1 and Levenshtein.distance(norm, n, score_cutoff=1) <= 1
               for n in names if len(n) >= MIN_FUZZY_LEN)


def dictionary_hits(text: str, phi: PatientPhi | PhiDictionary) -> list[Hit]:
    """Occurrences of the patient's own PHI in `text` (source 'dict' exact, 'fuzzy' with one edit)."""
    d = phi if isinstance(phi, PhiDictionary) else PhiDictionary.from_phi(phi)
    hits: list[Hit] = []
    words = list(_WORD.finditer(text))
    norms = [normalize(w.group()) for w in words]
    for w, norm in zip(words, norms, strict=True):
        token = w.group()
        if norm in d.name_tokens and not (token[0].islower() and norm in _LOWER_SKIP):
            hits.append(Hit(w.start(), w.end(), "PERSON", "dict"))
        elif _fuzzy_name(token, norm, d.name_tokens):
            hits.append(Hit(w.start(), w.end(), "PERSON", "fuzzy"))
        else:
            for place, label in d.place_tokens:
                if norm == place or (len(norm) >= MIN_FUZZY_LEN and token[0].isupper()
                                     and Levenshtein.distance(norm, place, score_cutoff=1) <= 1):
                    hits.append(Hit(w.start(), w.end(), label, "fuzzy"))
                    break
    for raw, label in d.exact_strings:
        hits.extend(Hit(m.start(), m.end(), label, "dict") for m in _compiled(raw).finditer(text))
    for tokens, label in d.phrases:
        n = len(tokens)
        target = " ".join(tokens)
        for i in range(len(words) - n + 1):
            if fuzz.ratio(" ".join(norms[i:i + n]), target, score_cutoff=90):
                hits.append(Hit(words[i].start(), words[i + n - 1].end(), label, "fuzzy"))
    return hits
