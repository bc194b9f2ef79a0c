"""Issue 16, round 20: bare "s/i" pairs after a size under timepoint labels, an outside label directly before the
series/image words, prior-exam labels opening a clause inside a line, a third timepoint word, repeated image labels in
lists and ranges, withdrawn citations of a resident draft. Each class as its mechanism (word orders, with and without
the optional words, in and out of brackets) and its look-alikes. Sentences written for these tests (not from any
held-out set, not from dev16y)."""

from __future__ import annotations

import pytest

from curation.snippets.measured_pairs import measured_pair_refs
from curation.snippets.withdrawn import withdrawn
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a pipe table: the header's dated / baseline column is the prior study, the today column this one (either order)
    ("| Herd | 02.05.2025 | aktuell |\n|---|---|---|\n| Leber | 30 mm 3/71 | 34 mm 6/75 |", "de",
     [(3, 71, 71, True), (6, 75, 75, False)]),
    ("| Lesion | Current | Baseline (Jan 2025) |\n| - | - | - |\n| Node | 9 mm 4/40 | 14 mm 2/38 |", "en",
     [(4, 40, 40, False), (2, 38, 38, True)]),
    # running text, either order, with a colon after the label
    ("Target 3 (spleen): current 15 mm 7/66, baseline 11 mm 4/60.", "en", [(7, 66, 66, False), (4, 60, 60, True)]),
    ("Zielläsion 4: Ausgangsbefund: 40 mm 2/120, heute: 33 mm 5/118.", "de",
     [(2, 120, 120, True), (5, 118, 118, False)]),
    # look-alikes: a month/year, a fraction, one timepoint only, a table without a today column
    ("Knoten 8 mm 11/24 vorbeschrieben, heute 8 mm.", "de", []),
    ("Stenosis 4 mm over 2/3 of the length, today unchanged.", "en", []),
    ("Herd heute 12 mm 5/40 ohne Vergleich.", "de", []),
    ("| Herd | 02.05.2025 | 01.09.2025 |\n|---|---|---|\n| Leber | 30 mm 3/71 | 34 mm 6/75 |", "de", []),
])
def test_bare_pairs_after_a_size_under_timepoint_labels(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang)) == sorted(want)


def test_bare_pairs_are_read_as_series_and_image_not_dates() -> None:
    found = measured_pair_refs("Target: today 20 mm 3/44, baseline 18 mm 03/2024.")
    assert found == []  # the baseline "pair" is a month/year: the sentence no longer labels both timepoints
    found = measured_pair_refs("Target: today 20 mm 3/44, baseline 18 mm 2/41.")
    assert [(r.series, r.images, r.prior) for r in found] == [(3, ((44, 44),), False), (2, ((41, 41),), True)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the outside label right before the series/image words, in its own bracket, after ";", DE/CH words
    ("Nodule 7 mm (outside series 6 image 12).", "en", [(6, 12, 12, True)]),
    ("Nodule 7 mm (series 5, image 15; outside Se 3 Im 11).", "en", [(5, 15, 15, False), (3, 11, 11, True)]),
    ("Zyste 12 mm (externe Serie 4, Bild 60).", "de", [(4, 60, 60, True)]),
    ("Läsion (Serie 8, Bild 33; auswärtig Ser. 2 Bild 29).", "de", [(8, 33, 33, False), (2, 29, 29, True)]),
    # a mammography view + slice word after "outside"
    ("Mass 11 mm (outside CC slice 40; MLO slice 52).", "en", [(None, 40, 40, True), (None, 52, 52, False)]),
    # look-alikes: anatomical outside / external before a local citation
    ("Fluid outside the pericardium (series 3, image 70).", "en", [(3, 70, 70, False)]),
    ("Thrombus in der externen Iliakalvene (Serie 5, Bild 140).", "de", [(5, 140, 140, False)]),
])
def test_outside_label_before_the_series_and_image_words(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang), key=str) == sorted(want, key=str)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a prior-exam label with its series and a colon opens a clause inside a line, up to today's clause
    ("Prior CT series 4 (2022): node 9 mm image 30, second node image 41. Current CT series 7: node 12 mm image 33.",
     "en", [(4, 30, 30, True), (4, 41, 41, True), (7, 33, 33, False)]),
    ("Vergleichs-CT 2023, Serie 3: Herd Bild 20. Heutige CT, Serie 5: Herd Bild 24.", "de",
     [(3, 20, 20, True), (5, 24, 24, False)]),
    ("Befund stabil. Vorbefund Serie 2: Zyste Bild 8; heute Zyste Serie 4, Bild 9.", "de",
     [(2, 8, 8, True), (4, 9, 9, False)]),
    # ... after a section label's colon, with a phase in brackets
    ("Befund: VU Serie 2 (arteriell): Herd Bild 30. Heute Serie 6: Herd Bild 33.", "de",
     [(2, 30, 30, True), (6, 33, 33, False)]),
    # look-alikes: no prior exam in the label; a previous operation with a year
    ("Befund stabil. Technik Serie 2: Herd Bild 8.", "de", [(2, 8, 8, False)]),
    ("Previous resection 2021: stump clips (series 3, image 30).", "en", [(3, 30, 30, False)]),
])
def test_prior_exam_label_opens_a_clause(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang)) == sorted(want)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Knoten 9 mm (Se 6 Bi 20), vormals 7 mm (Se 5 Bi 18), davor 4 mm (Se 2 Bi 15).", "de",
     [(6, 20, 20, False), (5, 18, 18, True), (2, 15, 15, True)]),
    ("Mass 40 mm (series 3, image 50); previously 30 mm (series 2, image 48) and prior to that 22 mm "
     "(series 2, image 44).", "en", [(3, 50, 50, False), (2, 48, 48, True), (2, 44, 44, True)]),
    # look-alike: a spatial "davor" after a citation of this study
    ("Trachea (Serie 3, Bild 20), davor Schilddrüsenknoten (Serie 3, Bild 21).", "de",
     [(3, 20, 20, False), (3, 21, 21, False)]),
])
def test_third_timepoint_word(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang)) == sorted(want)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Cysts (Se 5 Im 20 and Im 27).", "en", [(5, 20, 20, False), (5, 27, 27, False)]),
    ("Residual nodules, prior Se: 2 Im: 40 and Im: 47.", "en", [(2, 40, 40, True), (2, 47, 47, True)]),
    ("Thrombus (S:3 I:200 bis I:207).", "de", [(3, 200, 207, False)]),
    ("Herde auf 6:31 und 6:35.", "de", [(6, 31, 31, False), (6, 35, 35, False)]),
    ("Tomosynthese: Architekturstörung CC Schnitt 12, MLO Schnitt 19.", "de", [(None, 12, 12, False),
                                                                               (None, 19, 19, False)]),
    # look-alikes: the German preposition "im" after "und", a specimen's cut, clock times in a list
    ("Herd (Serie 4, Bild 30) und im 2. Segment eine Zyste.", "de", [(4, 30, 30, False)]),
    ("Präparat: Schnitt 12 zeigt Tumorausläufer.", "de", []),
    ("Kontrolle auf 10:45 und 11:30 Uhr verschoben.", "de", []),
])
def test_lists_and_ranges_with_a_repeated_image_label(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang), key=str) == sorted(want, key=str)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Addendum: the registrar's draft cited image 45; the lesion is on series 4 image 54.", "en", [(4, 54, 54, False)]),
    ("Nachtrag: Der Befundentwurf nannte Bild 17, richtig ist Serie 3, Bild 71.", "de", [(3, 71, 71, False)]),
    # look-alikes: draft words that do not cite
    ("Preliminary report: small nodule (series 2, image 30).", "en", [(2, 30, 30, False)]),
    ("Der vorläufige Befund bestätigt den Herd (Serie 5, Bild 12).", "de", [(5, 12, 12, False)]),
])
def test_withdrawn_draft_citations(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_draft_scope_is_the_words_right_before() -> None:
    text = "the draft said image 71; the nodule is image 77"
    a, b = text.index("image 71"), text.index("image 77")
    assert withdrawn(text, a, a + 8, 0) and not withdrawn(text, b, b + 8, a + 8)
