"""Clean Descriptors: free-text DICOM descriptors kept only after scrubbing. The one place that
decides what of a series/study description (or any descriptor) survives, for the DICOM
de-identification and for the index alike.

A series description like "Thorax 5mm axial" is useful for training; "CT Müller 12.03.1956" is not
shareable. The cleaner drops, conservatively:
- every token that is one of the patient's PHI values or a part of one (names split on ^ and
  spaces, in any spelling: Müller, MUELLER, Muller; ids; accessions; physicians), titles excepted;
- `phrases` (institution, address, station...) as whole values only, because their single words
  ("Klinikum", "CT") are too generic to drop on their own;
- dates in the usual formats, runs of 5+ digits and ID-like tokens (PAT0001234, ACC20240117).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from curation.deid.dicom.technical_terms import is_technical

_DATE = re.compile(
    r"(?<!\w)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./-]\d{4}|"
    r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\w)")
# IDs: five or more digits in a row, or a token mixing letters with four or more digits (PAT0001234).
_ID = re.compile(r"(?<![\w.])(?=[A-Za-z]*\d)(?:[A-Za-z]*\d{5,}[A-Za-z\d]*|[A-Za-z]+\d{4,}[A-Za-z\d]*)(?![\w.])")
_TOKEN = re.compile(r"[^\W_]+(?:[.\-/'][^\W_]+)*")
_DATE_TOKEN = re.compile(r"^(\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}|\d{1,2}[.\-/]\d{4}|(19|20)\d{6})$")
_LONG_DIGITS = re.compile(r"\d{5,}")
_SPACES = re.compile(r"\s{2,}")
_LEFTOVER = re.compile(r"^[\s,;:/\-_.^)]+|[\s,;:/\-_^(]+$")  # what a removed token leaves at the ends
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s", "Ä": "A", "Ö": "O", "Ü": "U"})
_SPLIT = re.compile(r"[\s^,;/]+")
MIN_PART_CHARS = 3        # parts matched as substrings (with word boundaries) in the text
MIN_TOKEN_CHARS = 2       # parts matched as whole tokens (short names: Li, Wu)
MIN_PHRASE_CHARS = 4
MIN_SITE_WORD_CHARS = 4
_TIDY = (
    (re.compile(r"(?<![^\W_])(?:dr|hr|hrn|fr|prof|pat|med|mr|mrs|ms|herr|frau|tech|mtra|oa)\.?(?=\s*(?:[)\],;:]|$))",
                re.IGNORECASE), " "),                       # a title whose name is gone
    (re.compile(r"\(\s*[^\w()]*\s*\)|\[\s*\]"), " "),        # brackets left empty
    (re.compile(r"(?:(?<=\s)|^)[.,;:]+(?=\s|$)"), " "),         # lone punctuation
    (re.compile(r"_{2,}"), "_"),
)
_SITE_SPLIT = re.compile(r"[\s,;/()_^]+")
# Words of facility names that identify no site on their own (German, English; folded).
FACILITY_WORDS = frozenset({
    "klinikum", "klinik", "kliniken", "klinika", "spital", "spitäler", "hospital", "hospitals", "krankenhaus",
    "kantonsspital", "universitätsklinikum", "universitaetsklinikum", "uniklinik", "landesklinikum",
    "kreisklinik", "kreiskrankenhaus", "städtisches", "staedtisches", "evangelisches", "katholisches",
    "praxis", "gemeinschaftspraxis", "radiologie", "radiologische", "radiology", "radiological", "imaging",
    "diagnostic", "diagnostics", "diagnostik", "center", "centre", "zentrum", "medical", "medizinisches",
    "medizinische", "health", "healthcare", "university", "universität", "universitaet", "institut",
    "institute", "inst", "saint", "sankt", "clinic", "clinics", "department", "abteilung", "group",
    "associates", "partners", "partner", "trust", "foundation", "stiftung", "general", "regional",
    "community", "memorial", "children's", "kinderklinik", "frauenklinik", "nhs", "gmbh", "mvz", "ggmbh",
    "verbund", "campus", "standort", "haus", "strasse", "straße", "street", "road",
    "avenue", "platz", "weg", "allee", "gasse", "suite", "floor", "building", "dept",
    "und", "and", "der", "die", "das", "des", "dem", "den", "the", "for", "für", "fuer", "von", "vom"})
TITLES = frozenset({"dr", "dr.", "med", "med.", "prof", "prof.", "herr", "frau", "mr", "mrs", "ms"})


def spellings(text: str) -> list[str]:
    """`text`, its German transliteration (Müller -> Mueller), umlauts plain (Muller) and accent-free."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return list(dict.fromkeys([text, text.translate(_TRANSLIT), text.translate(_PLAIN), stripped]))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def phi_variants(phi_strings: Iterable[str]) -> tuple[str, ...]:
    """Every PHI string, its parts (names split on ^ and spaces) and their spellings, longest first."""
    out: set[str] = set()
    for value in phi_strings:
        value = str(value).strip()
        if not value:
            continue
        parts = [value, *(p for p in _SPLIT.split(value) if len(p) >= MIN_PART_CHARS
                         and p.lower() not in TITLES)]
        # double names (Müller-Lüdenscheidt) also appear as their halves; IDs with dashes do not split
        parts += [half for p in parts if "-" in p and p.replace("-", "").isalpha() for half in p.split("-")]
        for part in parts:
            part = part.strip(".-")
            if len(part) >= MIN_PART_CHARS:
                out.update(spellings(part))
    return tuple(sorted(out, key=lambda s: (-len(s), s)))


@dataclass(frozen=True)
class _Cleaner:
    pattern: re.Pattern[str] | None   # PHI values and parts, matched with word boundaries
    token_keys: frozenset[str]        # folded tokens of every PHI value, any spelling
    phrases: tuple[str, ...]          # folded whole values, longest first

    def is_phi_token(self, token: str) -> bool:
        if _DATE_TOKEN.match(token) or _LONG_DIGITS.search(token):
            return True
        return any(_fold(v) in self.token_keys for v in spellings(token))


def site_words(phrases: Iterable[str]) -> set[str]:
    """The distinctive words of site phrases (institution, department, address): "Elbaue" of
    "Klinikum Elbaue", "Riverside" of "RIVERSIDE IMAGING CENTER". Generic facility words and the
    technical words of descriptions are not among them (they identify no one)."""
    words: set[str] = set()
    for phrase in phrases:
        for word in _SITE_SPLIT.split(str(phrase)):
            word = word.strip(".-'")
            if len(word) >= MIN_SITE_WORD_CHARS and not word.isdigit() and _fold(word) not in FACILITY_WORDS \
                    and not is_technical(word):
                words.add(word)
    return words


@lru_cache(maxsize=256)
def _cleaner(phi: tuple[str, ...], phrases: tuple[str, ...]) -> _Cleaner:
    variants = phi_variants(phi)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, variants)) + r")(?!\w)",
                         re.IGNORECASE) if variants else None
    keys: set[str] = set()
    for value in phi:
        for variant in spellings(str(value)):
            keys.add(_fold(variant.strip()))
            keys.update(_fold(m.group()) for m in _TOKEN.finditer(variant)
                        if len(m.group()) >= MIN_TOKEN_CHARS and m.group().lower() not in TITLES)
    keys.update(_fold(v) for word in site_words(phrases) for v in spellings(word))
    keys.discard("")
    folded = {_fold(s) for p in phrases for s in spellings(str(p).strip()) if len(str(p).strip()) >= MIN_PHRASE_CHARS}
    return _Cleaner(pattern, frozenset(keys), tuple(sorted(folded, key=len, reverse=True)))


def clean_descriptor(text: str, phi_strings: Iterable[str], phrases: Iterable[str] = (), *,
                     scrub: bool = True) -> str:
    """`text` without PHI tokens, `phrases` and their distinctive words, dates and ID-like tokens, and
    (`scrub`) without what the report-text scrubber finds, technical words excepted; whitespace
    collapsed, stray separators at the ends removed. May return "" (callers decide whether an empty
    value is kept)."""
    if not text:
        return text
    if scrub:
        text = scrub_guesses(text)
    cleaner = _cleaner(phi_strings if isinstance(phi_strings, tuple) else tuple(phi_strings),
                       phrases if isinstance(phrases, tuple) else tuple(phrases))
    for phrase in cleaner.phrases:
        if phrase in _fold(text):
            text = re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)
    if cleaner.pattern is not None:
        text = cleaner.pattern.sub(" ", text)
    text = _ID.sub(_unless_technical, _DATE.sub(" ", text))
    kept: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        kept.append(text[last:match.start()])
        if not cleaner.is_phi_token(match.group()):
            kept.append(match.group())
        last = match.end()
    kept.append(text[last:])
    return _tidy("".join(kept))


def _unless_technical(match: re.Match[str]) -> str:
    return match.group() if is_technical(match.group()) else " "       # b1000 is a b-value, not an id


def _tidy(text: str) -> str:
    """What removals leave behind: "(Hr. )", a lone ".", a title without its name, "CT__Thorax"."""
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return _LEFTOVER.sub("", _SPACES.sub(" ", text)).strip()


def clean_description(text: str | None, phi_strings: Iterable[str], phrases: Iterable[str] = (), *,
                      scrub: bool = True) -> str | None:
    """A description for a table column: cleaned, or None when nothing alphabetic is left."""
    if text is None:
        return None
    cleaned = clean_descriptor(str(text).strip(), phi_strings, phrases, scrub=scrub)
    return cleaned if any(c.isalpha() for c in cleaned) else None


@lru_cache(maxsize=65536)
def scrub_guesses(text: str) -> str:
    """`text` without the words the report-text scrubber's rules (`curation.deid.text.scrub.scrub_text`:
    dates, ids, phones, facilities, titled names) mark as PHI, except technical words (`is_technical`):
    "Schaedel Klinikum Birkenwerder" keeps "Schaedel". Descriptions repeat across a series: cached."""
    from curation.deid.text.scrub import scrub_text  # loads its name lists on first use only

    # the rules only: their hits do not depend on the language, and on descriptions the spaCy pipeline
    # found nothing more in our dev examples while costing seconds to load in every indexing process
    spans = {(s.start, s.end) for s in scrub_text(text, "de", use_spacy=False).spans}
    if not spans:
        return text
    drop = [False] * len(text)
    for start, end in spans:
        for match in _TOKEN.finditer(text, start, end):
            if not is_technical(match.group()):
                drop[match.start():match.end()] = [True] * (match.end() - match.start())
    return "".join(" " if gone else c for c, gone in zip(text, drop, strict=True))
