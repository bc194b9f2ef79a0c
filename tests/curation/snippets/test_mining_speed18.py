"""Mining speed, round 18 (issue 16): each faster check gives the same answer as the one it replaces
(docs/snippets.md, "Mining speed, round 18")."""

from __future__ import annotations

import random
import re
import sys

import pytest

from curation.snippets import grammar as G
from curation.snippets import measured_pairs, mine, prior_preface, study_headings, study_past
from curation.snippets.gate import FOLDING, gated_finditer, has_folding, may_hold
from tests.curation.snippets.test_gate import PIECES
from tests.curation.snippets.test_gate import _texts as _gate_texts


def test_has_folding_is_the_folding_set_test_for_every_code_point() -> None:
    hits = {chr(c) for c in range(sys.maxunicode + 1) if has_folding(chr(c))}
    assert hits == set(FOLDING) == {"İ", "ı", "ſ"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Befund: Herd (Serie 3, Bild 40).", False),  # Latin-1 text
        ("Größe 12 mm, Läsion im Segment VIII", False),  # umlauts, still one byte a letter
        ("Lesion → 8 mm", False),  # a wide text without any folding letter
        ("Prıor study: CT 06/2025.", True),
        ("ſerie 3", True),
        ("DİE VU", True),
        ("→ İ", True),
    ],
)
def test_has_folding_on_texts(text: str, expected: bool) -> None:
    assert has_folding(text) is expected is (not FOLDING.isdisjoint(text))


@pytest.mark.parametrize(
    ("text", "stems", "expected"),
    [
        ("Vergleich: CT 12/2025", ("compar", "vergleich"), True),
        ("Comparison: CT 12/2025", ("compar", "vergleich"), True),
        ("Befund: Herd 12 mm", ("compar", "vergleich"), False),
        ("Befund: Herd 12 mm", (), False),
        ("Verglıch: CT", ("compar", "vergleich"), True),  # a folding letter: the pattern may still match
    ],
)
def test_may_hold(text: str, stems: tuple[str, ...], expected: bool) -> None:
    assert may_hold(text, text.lower(), stems) is expected


# --- sentence ends: the stop scan and the glued-heading scan merged are the one alternation ---

_PIECES = [
    "Befund:",
    "Befunde :",
    "BEFUND:",
    "Beurteilung:",
    "Zusammenfassung:",
    "Findings:",
    "FINDINGS :",
    "Impression:",
    "IMPRESSION:",
    "Conclusion:",
    "CONCLUSIONS:",
    "Befund",
    "Findings",
    "Befundung:",
    "BefundBefund:",
    "Herd",
    "Rundherd 8 mm",
    "(Serie 3, Bild 40)",
    "(se 3 im 18)",
    "12.03.2025",
    "2025",
    "7",
    ".",
    ". ",
    "! ",
    "? ",
    "\n",
    "\n\n",
    " \n ",
    " ",
    "  ",
    "(",
    ")",
    "/",
    "-",
    ":",
    "Neue Läsion",
    "Ärger",
    '"Zitat"',
    "[3]",
    "x",
    "Se. 4",
]


def _random_texts(n: int, seed: int, pieces: list[str] = _PIECES, most: int = 16, least: int = 1) -> list[str]:
    """`n` texts of `least` to `most` random `pieces` each (the same for a seed)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(least, most))) for _ in range(n)]


def test_sentence_ends_are_the_alternations_matches() -> None:
    alternation = re.compile(r"\n\s*|[.!?](?=\s+[A-ZÄÖÜ(\[\d\"])|" + mine._GLUED_HEADING)  # as round 25 wrote it
    glued = 0
    for text in _random_texts(4000, seed=18):
        want = [(m.start(), m.end(), m.group()) for m in alternation.finditer(text)]
        assert [(m.start(), m.end(), m.group()) for m in mine._sentence_ends(text)] == want, text
        glued += sum(1 for a, b, _ in want if a == b)
    assert glued > 300  # the glued headings are exercised


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("(RTF-Import)Befund:Neue Läsion (Serie 3, Bild 40).", [(0, 12), (12, 50)]),
        ("Herd 8 mm.Befund: Zyste.", [(0, 10), (10, 24)]),
        ("node 19 mm (se 3 im 18)IMPRESSION: stable.", [(0, 23), (23, 42)]),
        ("Voruntersuchung: CT vom 12.03.2025 Befund: Herd 8 mm.", [(0, 35), (35, 53)]),
        ("Herd 8 mm. Befund: Zyste.\nBeurteilung: gut.", [(0, 10), (11, 25), (26, 43)]),
        # look-alikes: a heading word inside a word, and one without its colon, end nothing
        ("Kein Befund. Zweitbefund: Herd.", [(0, 12), (13, 31)]),
        ("Herd (Findings 3) gut.", [(0, 22)]),
        ("Herd 8 mm (Befund: alt).", [(0, 24)]),  # inside a closed bracket
    ],
)
def test_sentence_bounds_with_glued_headings(text: str, bounds: list[tuple[int, int]]) -> None:
    assert mine.sentence_bounds(text) == bounds


# --- grammar._PRIOR_HINT_PLAIN led by its first characters: the same boolean as the plain alternation ---

# The alternation as rounds 13-24 wrote it (the oracle; grammar.py now holds the led form).
_PLAIN_HINT = re.compile(
    r"\d{4}|\d\.\s?\d{1,2}\.|\d/\d{1,2}/\d\d|\d\.?\s+" + G._MONTH + r"(?!\w)|"
    r"→|->|=>|⇒|\bBL\b|\bVA\b|\bVB\b|"
    r"\bi?(?:CR|PR|SD|PD|UPD|CPD)\b|\b(?:[CPN]MR|PMD)\b|"
    r"\b\d{1,2}/\d\d\s+\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|"
    r"\b(?:vom|of|from|dated)\s+(?:\d{1,2}\.?\s+)?(?:Jan|Jän|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|"
    r"Aug|Sep|Okt|Oct|Nov|Dez|Dec|Frühjahr|Sommer|Herbst|Winter)"
)
_HINT_PIECES = [
    "2023",
    "202",
    "12.",
    "3",
    "12.03.",
    "1. ",
    "1.3.",
    "4/12/23",
    "4/1/2",
    "02/25 11 mm",
    "2/25 1,5 cm",
    "12/25 11",
    "5 Mai",
    "5. März",
    "5 Juni",
    "5 Jun",
    "3 Dec.",
    "3 Decx",
    "→",
    "->",
    "=>",
    "⇒",
    "-",
    "=",
    ">",
    "BL",
    "VA",
    "VB",
    "VC",
    "BLx",
    "xBL",
    "CR",
    "iCR",
    "PR",
    "SD",
    "PD",
    "UPD",
    "CPD",
    "iCPD",
    "CMR",
    "PMR",
    "NMR",
    "PMD",
    "xPMD",
    "PDx",
    "vom",
    "of",
    "from",
    "dated",
    "vomx",
    "xof",
    "vom 3. Jan",
    "of 12 Frühjahr",
    "from Winter",
    "dated Sep",
    "of Sommer",
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "(",
    "_",
    "é",
    "Herd",
    "mm",
    "cm",
    "i",
    "C",
    "P",
    "U",
    "S",
    "N",
    "B",
    "V",
    "d",
    "f",
    "o",
    "v",
    "a1",
    "Bild 4",
    "Serie 3",
]


def test_led_prior_hint_is_the_plain_alternation() -> None:
    hits = 0
    for text in _random_texts(20000, seed=24, pieces=_HINT_PIECES, most=8, least=1):
        want = _PLAIN_HINT.search(text) is not None
        assert (G._PRIOR_HINT_NO_MONTH.search(text) is not None) is want, text
        hits += want
    assert 2000 < hits < 18000  # both answers are exercised


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herd 12 mm (Serie 3, Bild 40).", False),
        ("VU 2023: Herd 12 mm.", True),
        ("Herd vom 12.03. unverändert", True),
        ("Herd BL 12 mm", True),
        ("Herd BLx 12 mm", False),  # a longer word
        ("bei iCPD 22 mm", True),
        ("– 02/25 11 mm (4/55)", True),
        ("Herd 11 mm -> 14 mm", True),
        ("Befund vom Sommer", True),
        ("Befund vom sommer", False),  # case-sensitive, as written
    ],
)
def test_led_prior_hint_examples(text: str, expected: bool) -> None:
    assert (G._PRIOR_HINT_NO_MONTH.search(text) is not None) is expected is (_PLAIN_HINT.search(text) is not None)


def test_study_past_sentence_stop_is_the_class_alternation() -> None:
    plain = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ])|\n")
    for text in _random_texts(3000, seed=7):
        for lo in (0, 5):
            want = [m.span() for m in plain.finditer(text, lo, len(text) - 3)]
            assert [m.span() for m in study_past._SENTENCE_STOP.finditer(text, lo, len(text) - 3)] == want
    assert study_past.sentence_of("Herd. Zyste 8 mm (Se 3 Bi 4).\nNeu", 12) == (5, 28)


# --- study_headings._inline: skipped only where _INLINE cannot match ---

_HEAD_PIECES = [
    "Befund:",
    "Vorbefund Serie 3:",
    "Externe CT (Serie 2):",
    ". ",
    "; ",
    ": ",
    "! ",
    "? ",
    ".",
    ":",
    "\t",
    " ",
    "\n",
    "Herd 8 mm",
    "(Bild 45)",
    "Aktuelle CT Serie 4:",
    "ab",
    "a",
    "12:30",
    ":3",
    "Prior MRI series 701 (2024):",
]


def test_inline_labels_are_the_patterns_matches() -> None:
    found = 0
    for text in _random_texts(20000, seed=20, pieces=_HEAD_PIECES, most=9, least=1):
        want = [m.span() for m in study_headings._INLINE.finditer(text)]
        assert [m.span() for m in study_headings._inline(text)] == want, text
        found += bool(want)
    assert found > 3000


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Befund: Herd 8 mm (Bild 45).", []),  # one section label, no stop before its colon
        ("Herd (Bild 52). Current CT series 5: Herd (Bild 60).", ["Current CT series 5"]),
        ("Befund: Vorbefund Serie 3: Herd (Bild 20).", ["Vorbefund Serie 3"]),
        ("Herd. ab:", ["ab"]),  # the shortest: the stop four characters before the colon
        ("Herd.ab:", []),  # no blank after the stop
    ],
)
def test_inline_labels(text: str, labels: list[str]) -> None:
    assert [m.group("label") for m in study_headings._inline(text)] == labels


# --- measured_pairs: the caption gate asked only where its second half stands ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zielläsionen (Serie/Bild):", True),
        ("Verlauf (Se / Bi): Leber", True),
        ("Angaben in Se:\n Bi 4", True),  # white space includes the line break
        ("Befund: Rundherd 8 mm, LWK 3/4.", False),
        ("Befund: Herd (Se 3/ 12)", False),
        ("Ratio 3:i", True),
        ("", False),
    ],
)
def test_caption_after(text: str, expected: bool) -> None:
    assert measured_pairs._caption_after(text) is expected is (re.search(r"[/:]\s*[BbIi]", text) is not None)


def test_caption_after_on_random_texts() -> None:
    pieces = ["/", ":", " ", "\n", "\t", "B", "b", "I", "i", "x", "Serie", "Bild", "3", "ı", "ß"]
    for text in _random_texts(20000, seed=21, pieces=pieces, most=8, least=0):
        assert measured_pairs._caption_after(text) is (re.search(r"[/:]\s*[BbIi]", text) is not None), text


# --- grammar: the fuzzy and split candidates led by their gates find what the gated scans find ---

_LOOK_ALIKES = ["Se rie 3, Bi ld 45", "Serei 4 Bidl 12", "İmgae 5", "ſerei 3", "aSerei 3", "Seite 4", "bis 12"]


@pytest.mark.parametrize(
    ("led", "gate", "pattern"),
    [
        (G._FUZZY_LED, G._FUZZY_GATE, G._FUZZY_CANDIDATE),
        (G._SPLIT_LED, G._SPLIT_GATE, G._SPLIT_CANDIDATE),
    ],
    ids=["fuzzy", "split"],
)
def test_led_candidates_are_the_gated_scans(led: re.Pattern[str], gate: re.Pattern[str], pattern: re.Pattern[str]):
    found = 0
    for text in [*_gate_texts(3000, seed=18), *_LOOK_ALIKES]:
        want = [(m.span(), m.groups()) for m in gated_finditer(gate, pattern, text)]
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == want, text
        assert want == [(m.span(), m.groups()) for m in pattern.finditer(text)]
        found += len(want)
    assert found > 40  # both forms are exercised (split ones are the rarest)


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("Herd (Se rie 3, Bi ld 45).", [6, 16]),  # OCR-split keywords
        ("Herd Serei 4 Bidl 12.", [5, 13]),  # misspellings
        ("Herd Seite 4, bis 12 mm.", []),  # known words, no keyword
        ("Herd aSerei 4.", []),  # inside a word
    ],
)
def test_candidate_offsets_with_led_candidates(text: str, offsets: list[int]) -> None:
    assert G.candidate_offsets(text) == offsets


# --- grammar._CANDIDATE_GATE: hits every start of _EXACT_CANDIDATE's, fewer than _EXACT_GATE ---

_CANDIDATE_PIECES = [
    *PIECES,
    "bis",
    "Bis",
    "BIS",
    "biſ",
    "Bi",
    "bi.",
    "Bis 4",
    "bis 4",
    "Rund",
    "Run",
    "RUN",
    "Run 3",
    "run4",
    "Rundherd 3",
    "Leber",
    "Level",
    "LEVEL",
    "Lev",
    "levels 12",
    "Le 4",
    "Auf",
    "auf",
    "Aufn",
    "AUFNAHME",
    "Aufnahme 12",
    "Stea",
    "Steatosis",
    "Sple",
    "S",
    "S.",
    "S:",
    "S ",
    "S/",
    "S4",
    "s4i55",
    "Sé",
    "SÉRIE",
    "Sér.",
    "imgs",
    "IMGS 3",
    "Pic 4",
    "ǂ3",
    "ǁ4",
    "(",
    "[",
    " ",
    "/",
    ":",
    "3",
    "45",
]


def test_candidate_gate_hits_every_candidate_start() -> None:
    checked = saved = 0
    for text in _random_texts(6000, seed=28, pieces=_CANDIDATE_PIECES, most=12, least=1):
        for p in range(len(text) + 1):
            if G._EXACT_CANDIDATE.match(text, p):
                checked += 1
                assert G._CANDIDATE_GATE.match(text, p), (text, p)
            saved += bool(G._EXACT_GATE.match(text, p)) and not G._CANDIDATE_GATE.match(text, p)
        assert [m.span() for m in gated_finditer(G._CANDIDATE_GATE, G._EXACT_CANDIDATE, text)] == [
            m.span() for m in G._EXACT_CANDIDATE.finditer(text)
        ], text
    assert checked > 2000 and saved > 2000


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("Leber bis 8 mm, Rundherd auf Steatosis.", []),  # look-alikes: no hit
        ("Level 4, Run 3, Aufnahme 12, bi 4, Bld 5, S 4/12, S/I, Se 3, (4:12)", [0, 9, 16, 29, 35, 42, 50, 55, 61]),
    ],
)
def test_candidate_gate_hits(text: str, hits: list[int]) -> None:
    assert [m.start() for m in G._CANDIDATE_GATE.finditer(text)] == hits


# --- mine._word_before: the word before a list number, found from the slice's end ---


def test_word_before_is_the_patterns_word() -> None:
    pieces = ["der", "im", "7", "12", " ", "  ", "\n", ".", ",", "(", "_", "ß", "Ä", "²", "½", "-", "x", "é", "٣"]
    for text in _random_texts(20000, seed=17, pieces=pieces, most=10, least=0):
        found = re.search(r"(\w+)\W*$", text)
        assert mine._word_before(text, 0, len(text)) == (found.group(1) if found else ""), text
    text = "Herd in der 7. Rippe"
    assert mine._word_before(text, 5, 12) == "der" and mine._word_before(text, 0, 0) == ""


# --- prior_preface._COLON led by its first characters ---


def test_led_colon_is_the_plain_alternation() -> None:
    plain = re.compile(r"(?i):|\b(?:Doppelpunkt|colon)\b")
    pieces = [
        "Doppelpunkt",
        "DOPPELPUNKT",
        "doppelpunkt",
        "colon",
        "Colon",
        "COLONS",
        "xcolon",
        "Doppelpunkte",
        ":",
        " ",
        "Vergleich",
        "CT",
        "d",
        "c",
        "_",
        "3",
        ".",
        "\u212a",
    ]
    found = 0
    for text in _random_texts(20000, seed=19, pieces=pieces, most=8, least=0):
        want = [m.span() for m in plain.finditer(text, 1)]
        assert [m.span() for m in prior_preface._COLON.finditer(text, 1)] == want, text
        found += len(want)
    assert found > 3000
