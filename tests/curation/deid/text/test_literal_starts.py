"""literal_starts and RunBeforeLiteral (text_common): a pattern run only where a match can start finds exactly what
re's finditer finds; a pattern rewritten for speed matches what it matched before."""

from __future__ import annotations

import random
import re

import pytest

from curation.deid.text import dates, facilities, keep, label_values, name_lines, names, places, rules, towns
from curation.deid.text.common import (
    LO,
    UP,
    FirstCharFirst,
    FoldedLiteralStarts,
    Gated,
    LiteralStarts,
    RunBeforeLiteral,
    alternative_prefixes,
    first_char_first,
    literal_starts,
)
from tests.curation.deid.text.corpus_de_en import CORPUS


def _patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for module in (dates, facilities, keep, name_lines, names, places, rules, towns):
        for value in vars(module).values():
            for item in value if isinstance(value, tuple) else (value,):
                item = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                item = item.pattern if isinstance(item, Gated) else item
                item = item.compiled if isinstance(item, (LiteralStarts, RunBeforeLiteral, FirstCharFirst)) else item
                if isinstance(item, re.Pattern):
                    found.append(item)
    return found


def test_prefixes_of_an_alternation():
    scanner = literal_starts(re.compile(r"(?<![\w.])(?:Dr\.?|Prof(?:essor)?|Frau|M[rs]s?)[ \t]+(?P<v>\w+)"))
    assert isinstance(scanner, LiteralStarts)
    # Optional items are seen through ("Dr\.?", "Prof(?:essor)?", "M[rs]s?"): each prefix runs to the first
    # item of unknown length.
    assert scanner.prefixes == frozenset(f"{w}{s}" for w in ("Dr", "Dr.", "Prof", "Professor", "Frau", "Mr", "Mrs",
                                                              "Ms", "Mss") for s in " \t")


def test_an_optional_item_gives_both_starts():
    scanner = literal_starts(re.compile(r"x?yz\d"))
    assert isinstance(scanner, LiteralStarts)
    assert scanner.prefixes == frozenset({"xyz", "yz"})
    text = "yz1 xyz2 xxyz3 yz xyz"
    assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in re.finditer(r"x?yz\d", text)]


@pytest.mark.parametrize("pattern", [r"(?i:se)\d+", r"im\d+", r"[A-Z]\w+ Klinik", r"(?:a|bc)\d", r"x?y\d"],
                         ids=["ignorecase-short", "flag-short", "class", "short", "optional"])
def test_patterns_without_literal_starts_stay_as_they_are(pattern):
    compiled = re.compile(pattern, re.IGNORECASE if pattern == r"im\d+" else 0)
    assert literal_starts(compiled) is compiled


def test_same_matches_as_finditer_on_the_corpus():
    texts = [s.text for s in CORPUS]
    texts += [t.lower() for t in texts] + ["Dr.Dr. Meier", "gez.gez. A", "Tochter Tochter Anna", ""]
    scanners = [(p, s) for p in _patterns() if isinstance(s := literal_starts(p), (LiteralStarts, FirstCharFirst))]
    assert sum(isinstance(s, LiteralStarts) for _, s in scanners) >= 40
    assert sum(isinstance(s, FirstCharFirst) for _, s in scanners) >= 15
    for pattern, scanner in scanners:
        for text in texts:
            for pos, end in ((0, None), (5, len(text) - 3)):
                args = (pos,) if end is None else (pos, end)
                want = [(m.span(), m.groups()) for m in pattern.finditer(text, *args)]
                assert [(m.span(), m.groups()) for m in scanner.finditer(text, *args)] == want, pattern.pattern


def _random_texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


@pytest.mark.parametrize(("scanner", "pieces"), [
    (places._HEAD_FIRST, ["Klinik", "Klinikum", " ", "\t", "St.", "Ulm", "der ", "x", "Ä", "'", ".", "-",
                          "Medical Center", "_", "LKH", "am ", "\n", "Bad ", "9"]),
    (rules._EMAIL_RULE.pattern, ["a", "@", ".", "+", "-", "_", "de", " ", "b.c", "é", "\n", "x@y.z", "1"]),
], ids=["institution-head", "email"])
def test_run_before_literal_same_matches_as_finditer(scanner, pieces):
    assert isinstance(scanner, RunBeforeLiteral)
    texts = _random_texts(pieces, 4000, 7) + [s.text for s in CORPUS]
    for text in texts:
        for args in ((), (2,), (1, max(1, len(text) - 2))):
            want = [(m.span(), m.groups()) for m in scanner.compiled.finditer(text, *args)]
            assert [(m.span(), m.groups()) for m in scanner.finditer(text, *args)] == want, text


def test_postcode_pattern_with_its_first_character_before_the_look_behinds():
    written_before = re.compile(rf"(?<!\d)(?<!Bild\s)(?<!Image\s)(?P<v>(?:D-)?\d{{5}}[ \t][{UP}][{LO}]+"
                                rf"(?:[ -](?:(?:im|am|an der|a\.\s?d\.)\s)?[{UP}][{LO}]+)?)")
    pieces = ["D", "-", "1", "2", "0", " ", "\t", "Bild ", "Image ", "Ulm", "Bad", " am ", "x", "D-", "12345", "\n"]
    for text in _random_texts(pieces, 20000, 3) + [s.text for s in CORPUS]:
        want = [(m.span(), m.groups()) for m in written_before.finditer(text)]
        assert [(m.span(), m.groups()) for m in places.ADDRESS_PATTERNS[5].finditer(text)] == want, text
    assert places.ADDRESS_PATTERNS[5].search("PLZ D-79111 Freiburg").group("v") == "D-79111 Freiburg"


@pytest.mark.parametrize(("written", "pieces"), [
    (r"(?<![\w-])(?P<v>[A-Z0-9]+(?:-[A-Z0-9]+)+)(?![\w-])", ["A", "1", "-", "x", " ", "_", "B2", "é"]),
    (r"(?<![\d.,/])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})", ["1", "2", ".", ",", "/", "-", " ", "a"]),
    (r"(?<!/)\b\d+(?:[.,]\d+)?\s?(?:mm|cm)(?![\w])", ["1", "/", ".", " ", "mm", "cm", "x", "_"]),
    # An alternation whose alternatives open with a class and a literal: one class first, each checked behind it.
    (r"(?<![\w-])(?P<v>\d{3}-\d{2}-\d{4}|756\.\d{4}\.\d{2})(?![\w-])", ["1", "7", "56", "-", ".", "x", " ", "_"]),
    # An optional item first: "(?:A)?B" as "(?:AB|B)", with a group and a back-reference in B.
    (r"(?<![\w(])(?P<v>(?:1[-. ])?(?:\(\d{3}\)\s?\d{2}|\d{2}(?P<s>[-. ])\d{2}(?P=s)\d))(?![\w-])",
     ["1", "2", "-", ".", " ", "(", ")", "x", "_"]),
], ids=["hyphen-code", "day-month", "size", "class-and-literal", "optional-first"])
def test_first_character_first_same_matches(written, pieces):
    pattern = re.compile(written)
    scanner = first_char_first(pattern)
    assert isinstance(scanner, FirstCharFirst)
    for text in _random_texts(pieces, 20000, 5):
        for args in ((), (2,), (1, max(1, len(text) - 2))):
            want = [(m.span(), m.groups()) for m in pattern.finditer(text, *args)]
            assert [(m.span(), m.groups()) for m in scanner.finditer(text, *args)] == want, text


def test_case_insensitive_labels_from_their_folded_starts():
    pieces = ["Tel", "TEL", "tel", ".", ":", " ", "0", "12", "/", "-", "Fax", "fAx", "é", "Ä", "alter", "ALTER",
              "Age", "x", "Telefax", "\n", "(", "ANSCHRIFT", "Straße 5", "Mobil",
              "\u017f", "\u212a", "\u0130"]  # ſ, Kelvin K, İ: re folds them to ASCII letters
    patterns = [rules.PHONE_PATTERNS[0], rules.PHONE_PATTERNS[1], rules.AGE_PATTERNS[3], places.ADDRESS_PATTERNS[3]]
    for pattern in patterns:
        scanner = literal_starts(pattern)
        assert isinstance(scanner, FoldedLiteralStarts)
        for text in _random_texts(pieces, 5000, 11) + [s.text for s in CORPUS]:
            for args in ((), (2,), (1, max(1, len(text) - 2))):
                want = [(m.span(), m.groups()) for m in pattern.finditer(text, *args)]
                assert [(m.span(), m.groups()) for m in scanner.finditer(text, *args)] == want, text
    assert literal_starts(rules.PHONE_PATTERNS[0]).search("Rückruf TEL.: 0761 270").group("v") == "0761 270"


def test_alternative_prefixes_per_alternative():
    # One product over "Pat\.?[ \t]?-?(?:Nr|ID)" and the rest would pass the prefix limit; per alternative the
    # shortest prefix of each suffices ("Acc" covers "Acc.", "Acc No").
    assert alternative_prefixes(r"(?:Pat\.?-?(?:Nr|ID)|Acc(?:\.|ession)?|[Nn]°)") == frozenset(
        {"PatNr", "PatID", "Pat-Nr", "Pat-ID", "Pat.Nr", "Pat.ID", "Pat.-Nr", "Pat.-ID", "Acc", "N°", "n°"})
    with pytest.raises(ValueError, match="literal prefix"):
        alternative_prefixes(r"(?:Fall|[A-Z][a-z]+-Zahl)")


def test_id_field_from_its_label_starts_same_matches():
    """ID_FIELD runs from its labels' literal starts and the letter run before "-Zahl": the same matches as
    the pattern's own finditer, on the corpus and on random label soup."""
    assert isinstance(label_values.ID_FIELD, LiteralStarts)
    pieces = ["Pat.-Nr.", "Fall", "Fallnr", " ", ": ", "12345", "AB-12 345", "Versicherungs", "-Zahl", "Aufnahme",
              "-Zahl:", "X", "äBehandlungs", "N°", "no.", " séjour", "\n", "\t", "2019", "Acc #", "Ref", ".", "|"]
    texts = _random_texts(pieces, 3000, 11) + [s.text for s in CORPUS]
    for text in texts:
        for args in ((), (2,), (1, max(1, len(text) - 2))):
            want = [(m.span(), m.groups()) for m in label_values.ID_FIELD.compiled.finditer(text, *args)]
            assert [(m.span(), m.groups()) for m in label_values.ID_FIELD.finditer(text, *args)] == want, text
