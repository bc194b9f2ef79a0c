"""Issue 16, round 15: dictated number words, "#" as the series, short prior labels before a bracket's second
citation, follow-up rows ordered by a header line. Sentences written for these tests (not from any held-out set)."""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs
from curation.snippets.spoken import spoken_numbers
from curation.snippets.timepoints import prior_by_header
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # German compounds, dictated punctuation, an image-only citation after it inherits the series
    ("Zyste im Segment vier Komma Serie drei Bild achtundsiebzig Punkt Daneben Bild 81 Punkt", "de",
     [(3, 78, 78, False), (3, 81, 81, False)]),
    ("Knoten Serie neun Bild hundertdreizehn Beistrich 8 mm Punkt", "de", [(9, 113, 113, False)]),
    ("Herd Serie 6 Bild zweihundertvierzig Doppelpunkt unverändert", "de", [(6, 240, 240, False)]),
    ("Zysten Serie zwei Bilder elf und siebzehn Punkt", "de", [(2, 11, 11, False), (2, 17, 17, False)]),
    ("Herd Serie zwei Bild elf bis vierzehn Punkt", "de", [(2, 11, 14, False)]),
    ("Mass series twelve image fifty-three full stop image 60 full stop", "en",
     [(12, 53, 53, False), (12, 60, 60, False)]),
    ("Node series 7 image eighty one period new paragraph", "en", [(7, 81, 81, False)]),
    ("Cyst series two image one hundred and six comma stable", "en", [(2, 106, 106, False)]),
    ("Cyst series three image a hundred", "en", [(3, 100, 100, False)]),
    # confounders: number words that count or name segments; a bare "ein" is an article
    ("Drei Herde im Segment sieben Komma der größte neun Millimeter Punkt", "de", []),
    ("Serie drei Bild zwölf und ein weiterer Herd Punkt", "de", [(3, 12, 12, False)]),
])
def test_dictated_number_words(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_spoken_rewrite_keeps_every_offset() -> None:
    text = "Serie drei Bild vierundzwanzig; (#4, image 62); Läsion #2."
    out = spoken_numbers(text)
    assert len(out) == len(text)
    assert out.index("24") + 2 == text.index("vierundzwanzig") + len("vierundzwanzig")
    assert "Läsion #2" in out and "#4" not in out
    refs = mine_refs("Zyste Serie drei Bild vierundzwanzig Punkt", "de", include_prior=True)
    assert refs[0].snippet == "Zyste"


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Hepatic cyst (#7, image 41).", "en", [(7, 41, 41, False)]),
    ("Fracture (sagittal #801, image 33).", "en", [(801, 33, 33, False)]),
    ("Knoten (#3 Bild 128), größenkonstant.", "de", [(3, 128, 128, False)]),
    ("Two cysts (#5, images 12 and 19).", "en", [(5, 12, 12, False), (5, 19, 19, False)]),
    # confounders: "#" numbers a lesion, or the image itself
    ("Lesion #4 in segment II, 12 mm.", "en", []),
    ("Lesion #3 (image 70).", "en", [(None, 70, 70, False)]),
    ("Key image #12.", "en", [(None, 12, 12, False)]),
])
def test_hash_is_the_series_before_an_image_word(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Herd 11 mm (Se 3 Bi 55, VB Se 3 Bi 51).", "de", [(3, 55, 55, False), (3, 51, 51, True)]),
    ("Herd (jetzt Bild 90, VB Bild 86).", "de", [(None, 90, 90, False), (None, 86, 86, True)]),
    ("Herd (Bild 90 / VB Bild 86).", "de", [(None, 90, 90, False), (None, 86, 86, True)]),
    ("Herd (Bild 90, VB: Bild 86).", "de", [(None, 90, 90, False), (None, 86, 86, True)]),
    ("Herd (Se 4 Bi 20, VU Se 2 Bi 18).", "de", [(4, 20, 20, False), (2, 18, 18, True)]),
    ("Herd (Bild 90, Vorbef. Bild 86).", "de", [(None, 90, 90, False), (None, 86, 86, True)]),
    ("Node (image 44, prev image 40).", "en", [(None, 44, 44, False), (None, 40, 40, True)]),
    ("Node (se 5 im 44; prior se 3 im 40).", "en", [(5, 44, 44, False), (3, 40, 40, True)]),
    # confounder: two citations of this study
    ("Zwei Herde (Se 4 Bi 20, Se 4 Bi 31).", "de", [(4, 20, 20, False), (4, 31, 31, False)]),
])
def test_short_prior_label_before_the_second_citation(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Messung 02.03.2026 / heute:\nLeber: 40 mm (Se 4, Bi 50) / 36 mm (Se 4, Bi 52)\n"
     "Milz: 12 mm (Se 4, Bi 80) / 12 mm (Se 4, Bi 83)", "de",
     [(4, 50, 50, True), (4, 52, 52, False), (4, 80, 80, True), (4, 83, 83, False)]),
    ("Lesions (current vs prior 2026-01-15):\nLiver: 2.0 cm (7:30) vs 2.4 cm (6:28)", "en",
     [(7, 30, 30, False), (6, 28, 28, True)]),
    ("Nodes (baseline -> now):\nHilar 14 mm (se 3 im 60) -> 9 mm (se 5 im 64)", "en",
     [(3, 60, 60, True), (5, 64, 64, False)]),
    ("Vergleich 2024 | 2026:\nNiere 17 mm (Serie 3, Bild 70) | 19 mm (Serie 5, Bild 72)", "de",
     [(3, 70, 70, True), (5, 72, 72, False)]),
    # the header's order ends at a blank line; a heading line without a timepoint orders nothing
    ("Messung 02.03.2026 / heute:\nLeber: 40 mm (Se 4, Bi 50) / 36 mm (Se 4, Bi 52)\n\n"
     "Zysten (Se 4, Bi 60) / (Se 4, Bi 66)", "de",
     [(4, 50, 50, True), (4, 52, 52, False), (4, 60, 60, False), (4, 66, 66, False)]),
    ("Befund:\nLeber 27 mm (Se 5 Bi 41) / Milz 19 mm (Se 5 Bi 44)", "de", [(5, 41, 41, False), (5, 44, 44, False)]),
    # a row that labels its own timepoints keeps them, whatever the header says
    # (a known miss of rounds 13-15's merged model; rounds 16 and 17 both read the row's own label after the " / " as
    # the second pair's: "(Se 4, Bi 52) / VU 40 mm (Se 3, Bi 50)")
    ("Messung VU / heute:\nLeber: heute 36 mm (Se 4, Bi 52) / VU 40 mm (Se 3, Bi 50)", "de",
     [(4, 52, 52, False), (3, 50, 50, True)]),
])
def test_header_orders_the_rows_below_it(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_prior_by_header_never_clears_a_flag() -> None:
    text = "(prior | current)\nA 3 mm (S1) | 4 mm (S2)"
    spans = [(text.index("(S1)"), text.index("(S1)") + 4, False), (text.index("(S2)"), text.index("(S2)") + 4, True)]
    assert prior_by_header(text, spans) == {0}
