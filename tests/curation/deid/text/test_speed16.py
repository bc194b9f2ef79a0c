"""Round 16 speed: the faster forms find exactly what the plain ones found (alternatives spread for the first
character, patterns run first-character-first, needle gates that every match needs, the spaCy windows in one Doc)."""

from __future__ import annotations

import random
import re

import pytest

from curation.deid.text import brand_networks, keep, message_ends, ner, rosters, rules, service_sites
from curation.deid.text.common import FirstCharFirst, TextContext, current, first_char_first


def _random_texts(pieces: tuple[str, ...], count: int, seed: int, longest: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def _same_matches(fast, plain: re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_spread_alternatives_take_their_first_character_first() -> None:
    # "(?:1-)?\d" inside an alternation: the optional item's two readings are spread over the outer alternation.
    pattern = re.compile(r"(?<![\w-])(?P<v>(?:1-)?9\d|1[0-4]\d)(?!\d)")
    fast = first_char_first(pattern)
    assert isinstance(fast, FirstCharFirst)
    for text in _random_texts(("1", "-", "9", "4", "0", "a", " ", "19", "1-9"), 20000, 11):
        _same_matches(fast, pattern, text)
    # An alternation that opens a group's first alternative ("(?:Unser|Ihr)e? Zeichen|Az.").
    pattern = re.compile(r"(?<![\w])(?:(?:Unser|Ihr)e?[ ]Zeichen|Az\.)[ ]?(?P<v>\d+)")
    fast = first_char_first(pattern)
    assert isinstance(fast, FirstCharFirst)
    for text in _random_texts(("Unser", "Ihr", "e", " ", "Zeichen", "Az.", "1", "x", "-"), 20000, 12):
        _same_matches(fast, pattern, text)


def test_first_age_pattern_runs_first_character_first() -> None:
    rule = rules._AGE_RULES[0]
    assert isinstance(rule.pattern, FirstCharFirst)
    pieces = ("9", "1", "0", "4", "092", "Tc-", "Tc", " ", "-", "jährige", "years", "J.", "Y M", "y", ")", "M", "a",
              "\n", ",", "Ab")
    for text in _random_texts(pieces, 20000, 13):
        _same_matches(rule.pattern, rule.pattern.compiled, text)


@pytest.mark.parametrize(("fast", "pieces"), [
    (rosters._SEPARATED_VALUE, (":", "–", "—", "-", " ", "Dr. ", "Anna", "Meier", ",", "\n", "|", "(bip 55)", "x")),
    (message_ends._DIGITS, ("1", "22", "333", "4444", "55555", " ", "x", "-", "\n", "٣")),
    (service_sites.EN_SPECIALTY_RULE.pattern, ("Heart", "Vascular", " ", "and", "&", "Institute", "Smith", "-",
                                               "Wirral", ",", "\n", "Lung", "Center", "O'Neil", "x")),
])
def test_first_character_first_scanners_match_their_pattern(fast, pieces) -> None:
    assert isinstance(fast, FirstCharFirst)
    for text in _random_texts(pieces, 6000, 14):
        _same_matches(fast, fast.compiled, text)


def test_brand_dash_gate_holds_every_dash() -> None:
    pieces = (" ", "\t", "-", "–", "Nord", "Ost", "Müller", "klinik", "A", "x", "\n")
    texts = _random_texts(pieces, 20000, 16)
    assert any(brand_networks._BRAND_DASHES.search(t) for t in texts)
    for text in texts:
        if brand_networks._BRAND_DASHES.search(text):
            assert brand_networks._DASH_GATE.search(text), text
    assert not brand_networks._DASH_GATE.search("Helios Klinik Müllheim, Freiburg-Herdern")


def test_roman_segment_keep_needs_its_needles() -> None:
    assert tuple(c for c in map(chr, range(0x110000)) if re.match(r"\s", c)) == keep.SPACES
    pattern, gate = keep.KEEP_PATTERNS[10], keep._NEEDLE_GATES[10]
    pieces = ("S", "Segment", "segments", "\u00a0", " ", "\t", "IV", "V", "X", "I", "/", "7", "Lebersegment", "x")
    texts = [*_random_texts(pieces, 20000, 17), "Segment IV/V", "S\u2009VIII", "SVII", "Lebersegment II"]
    for text in texts:
        with current(text, TextContext(text)) as ctx:
            if pattern.search(text):
                assert gate in ctx.fired(keep.TEXT_GATES), text
    assert tuple(
        text for text in ("Segment IV", "SVII", "Serie 4", "S 7") if pattern.search(text)) == ("Segment IV", "SVII")


def _per_window_hits(text: str, lang: str) -> list[tuple[int, int, str]]:
    """ner.spacy_hits as it stood before round 16 (one Doc and ruler call per window)."""
    nlp = ner.pipeline(lang)
    ruler = nlp.get_pipe("entity_ruler")
    out = []
    for start, end in ner.trigger_windows(text):
        out.extend((h.start, h.end, h.label) for h in ner._hits(ruler(nlp.make_doc(text[start:end])), start))
    return out


def test_spacy_windows_in_one_doc_find_what_each_window_found() -> None:
    if "ner" in ner.pipeline("de").pipe_names:
        pytest.skip("a trained pipeline runs on the whole text")
    texts = [
        "Zuweiser: Dr. med. Dieter Krüger\nKlinikum der Stadt Ulm. Dr. Anna Weber, Herrn Prof. Meier",
        "Mrs. Smith\n\nHospital of the Good Shepherd Dr.\nMs Clara Oswald, Mr.Bean and Dr. Who? Prof. Dr. Dr. Ab",
        "Frau\tLange  Herr Ober Praxis Am Markt Dr.med.Müller gez. Kollegin Sommer, Fr. Dr. Schulz-Mai",
        "Dr. ", "Herr", "Klinik", "",
    ]
    texts += _random_texts(("Dr. ", "Herr ", "Frau ", "Prof. ", "Klinik ", "der ", "Anna ", "Meier", " ", "\n",
                            ".", ",", "Müller-Lüd", "gez. ", "Kollegin ", "the ", "Hospital ", "of "), 3000, 18, 14)
    for text in texts:
        for lang in ("de", "en"):
            assert [(h.start, h.end, h.label) for h in ner.spacy_hits(text, lang)] == _per_window_hits(text, lang), \
                text
