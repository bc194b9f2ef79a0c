"""Issue 16, round 27: German prior-exam compounds and "Zum Vergleich <exam>:", English comparison openings with a past
verb, this study named as such after an earlier exam's citation, a prior word that only scopes a value, the Swiss
French "Sér." series word, ranges that repeat the image number word, and compact pairs (four-digit series, a sequence
or phase after the pair). Every case in German or English with look-alikes. Sentences written for these tests (not
from any held-out set, not copied from dev16ab). Each case holds with the learned decision and with the grammar alone
(`scorer`) unless it says otherwise."""

from __future__ import annotations

import pytest

from curation.snippets.grammar import scan_ref_spans, value_scoped_before
from curation.snippets.refscore.sets import load_set
from tests.curation.snippets.dev16ab import BATCH4
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "want"), [
    # an earlier exam named by its role: the clause on it cites its image
    ("Im Ausgangs-CT vom Februar maß der Lymphknoten 21 mm (Se 5 Bi 64), jetzt 13 mm (Se 6 Bi 70).",
     [(5, 64, 64, True), (6, 70, 70, False)]),
    ("Im Baseline-PET (Se 3 Bi 140) SUVmax 15, aktuell SUVmax 5 (Se 4 Bi 142).",
     [(3, 140, 140, True), (4, 142, 142, False)]),
    ("Im Eingangs-CT (S 3 B 71) noch geringer ausgeprägt.", [(3, 71, 71, True)]),
    # a state on the earlier exam
    ("Der Herd war bereits im Vor-MRT angedeutet (Serie 8, Bild 31).", [(8, 31, 31, True)]),
    # "Zum Vergleich <exam>:" opens a clause about that exam, up to the next sentence
    ("Zum Vergleich Nadir-CT: Rundherd 7 mm Se. 5, Bi. 33. Jetzt 12 mm Se. 4, Bi. 35.",
     [(5, 33, 33, True), (4, 35, 35, False)]),
    ("Zum Vergleich Vor-PET vom 11.04.: Herd SUVmax 9 [Se3 Bi61].", [(3, 61, 61, True)]),
    # two role names of one earlier exam as a heading
    ("Ausgangs-CT/Baseline-CT: Lebermetastase Segment 4 mit 28 mm (Se 2 Bi 58).", [(2, 58, 58, True)]),
])
def test_german_prior_exam_compounds_name_the_earlier_exam(scorer: None, text: str, want: list) -> None:
    assert rows(text, "de") == want


def test_a_staging_compound_after_im_stays_a_time_word(scorer: None) -> None:
    # "Nadir-CT" is read as a label, not as the time word "Nadir"; "im Staging-CT" stays the time word it was
    assert rows("Herd im Staging-CT noch 38 mm (Se 3 Bi 40).", "de") == [(3, 40, 40, True)]


@pytest.mark.parametrize(("text", "want"), [
    # the current exam as the new baseline, a comparison with today's value, "Vor..." anatomy, "Aktuell:" after
    ("Die heutige Untersuchung dient als Ausgangs-CT. Herd 11 mm (Se 3 Bi 27).", [(3, 27, 27, False)]),
    ("Im Vergleich zum Baseline-CT rückläufig, jetzt 9 mm (Se 4 Bi 50).", [(4, 50, 50, False)]),
    ("Thrombus im Vorhofohr (Se 6 Bi 91).", [(6, 91, 91, False)]),
    ("Zum Vergleich Nadir-CT vom 04.05. Aktuell: Läsion 17 mm (Se 7 Bi 23).", [(7, 23, 23, False)]),
    ("Im Vor-CT nicht nachweisbar, neu aufgetretener Herd (Se 2 Bi 19).", [(2, 19, 19, False)]),
])
def test_current_citations_beside_prior_exam_compounds_stay_current(scorer: None, text: str, want: list) -> None:
    assert rows(text, "de") == want


@pytest.mark.parametrize(("text", "want"), [
    ("Compared to prior CT 5/6/2026, the nodule measured 9 mm (4:51).", [(4, 51, 51, True)]),
    ("In comparison with the outside MRI from 01/15/2026, the lesion was 14 mm (series 6 image 22).",
     [(6, 22, 22, True)]),
    ("Compared with prior PET/CT dated 2 April 2026, the node measured 11 mm (1101:41); it now measures 15 mm "
     "(1401:43).", [(1101, 41, 41, True), (1401, 43, 43, False)]),
])
def test_an_english_comparison_opening_with_a_past_verb_cites_the_earlier_exam(scorer: None, text: str,
                                                                              want: list) -> None:
    assert rows(text, "en") == want


@pytest.mark.parametrize(("text", "want"), [
    # the present tense, a new finding, a past verb without a comparison opening
    ("Compared to prior CT 5/6/2026, the nodule measures 9 mm (4:51).", [(4, 51, 51, False)]),
    ("Compared to prior MRI of 2/1/2026, there is a new lesion measuring 5 mm (7:18).", [(7, 18, 18, False)]),
    ("The nodule measured 9 mm (4:51), compared to 6 mm on prior.", [(4, 51, 51, False)]),
])
def test_present_tense_and_plain_past_after_a_comparison_stay_current(scorer: None, text: str, want: list) -> None:
    assert rows(text, "en") == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Herd 22 mm im externen MRT (Serie 3, Bild 18), in unserem MRT vom 04.11.2026 27 mm (Serie 5, Bild 20).", "de",
     [(3, 18, 18, True), (5, 20, 20, False)]),
    ("It measured 9 mm on the outside CT (Se 3 Im 31) and measures 12 mm on our CT of 11/02/2026 (Se 5 Im 35).", "en",
     [(3, 31, 31, True), (5, 35, 35, False)]),
    ("Im Fremd-MRT 12 mm (Se 4 Bi 20), auf unserem MRT vom 03.10.2026 15 mm (Se 7 Bi 22).", "de",
     [(4, 20, 20, True), (7, 22, 22, False)]),
    ("Im auswärtigen PET-CT SUVmax 6 (Se 2 Bi 90), im hiesigen PET-CT SUVmax 9 (Se 3 Bi 93).", "de",
     [(2, 90, 90, True), (3, 93, 93, False)]),
    # a tumour board's staging CT is the exam under discussion, unless dated earlier
    ("Tumorboard: Staging-CT (Se 3, Bi 12-22) mit Lebermetastasen.", "de", [(3, 12, 22, False)]),
    ("MDT: staging CT dated 02/03/2026 (Ser 3, Img 12); restaging today (Ser 5, Img 14).", "en",
     [(3, 12, 12, True), (5, 14, 14, False)]),
])
def test_this_study_named_as_such_stays_current_after_a_prior_citation(scorer: None, text: str, lang: str,
                                                                       want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    # "our" earlier exam, "unser früheres CT": still the earlier exam
    ("In unserem Vor-CT vom 01.02.2026 noch 8 mm (Se 3 Bi 40), aktuell 12 mm (Se 4 Bi 44).",
     [(3, 40, 40, True), (4, 44, 44, False)]),
    ("Im auswärtigen CT 20 mm (Serie 2, Bild 9), in unserem früheren CT 23 mm (Serie 3, Bild 12).",
     [(2, 9, 9, True), (3, 12, 12, True)]),
])
def test_our_earlier_exam_stays_prior(scorer: None, text: str, want: list) -> None:
    assert rows(text, "de") == want


def test_this_study_named_before_a_bracket_is_read_by_the_grammar() -> None:
    text = "Im Fremd-MRT 12 mm (Se 4 Bi 20), auf unserem MRT vom 03.10.2026 15 mm (Se 7 Bi 22)."
    assert [r.prior for r in scan_ref_spans(text)] == [True, False]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Lymphknoten 31 mm (zuvor 26 mm) Se. 4, Bi. 88.", "de", [(4, 88, 88, False)]),
    ("Nodule 14 mm (previously 10 mm) Se 6 Im 41.", "en", [(6, 41, 41, False)]),
    ("Herd 11 mm (VU 8 mm), Serie 6 Bild 40.", "de", [(6, 40, 40, False)]),
    ("Mass 5.2 cm (prior 4.4 cm), series 3 image 61.", "en", [(3, 61, 61, False)]),
    # look-alike: the prior word scopes the citation in its own bracket part
    ("Lymphknoten 31 mm (Se 5 Bi 90; zuvor Se. 4, Bi. 88).", "de", [(5, 90, 90, False), (4, 88, 88, True)]),
])
def test_a_prior_word_scoping_a_value_leaves_the_citation_after_it_current(scorer: None, text: str, lang: str,
                                                                           want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Hypodenser Herd (Sér. 6 Bild 52).", [(6, 52, 52, False)]),
    ("Rundherd (Sér 4/Im 27), 5 mm.", [(4, 27, 27, False)]),
    ("Erguss (Sér 3 Bild 45 bis Bild 52).", [(3, 45, 52, False)]),
    ("Nebennierenknoten (Sér. 7 Imm. 31).", [(7, 31, 31, False)]),
    ("Rundherd (Ser. 4 Imm. 9), 5 mm.", [(4, 9, 9, False)]),
    ("Zyste Niere rechts, série 5 image 63.", [(5, 63, 63, False)]),
])
def test_the_swiss_french_series_word_is_read(scorer: None, text: str, want: list) -> None:
    assert rows(text, "de") == want


@pytest.mark.parametrize("text", [
    "Sérologie positiv, Sér. 5 ohne Befund.",
    "Sérum-Kreatinin 0,9 mg/dl, Ser. Kreatinin 80 µmol/l.",
])
def test_serum_and_a_series_without_an_image_give_no_row(scorer: None, text: str) -> None:
    assert rows(text, "de") == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Embolie Serie 4, Bildnummer 61 bis Bildnummer 69.", "de", [(4, 61, 69, False)]),
    ("Fraktur vom Bild 21 bis zum Bild 29 der Serie 5.", "de", [(5, 21, 29, False)]),
    ("Effusion from image 40 to image 52 (series 3).", "en", [(3, 40, 52, False)]),
    ("Thrombus, Serie 6, Schicht 10 bis Schicht 14.", "de", [(6, 10, 14, False)]),
    ("Atelectasis (series 2, image no. 30 to image no. 38).", "en", [(2, 30, 38, False)]),
])
def test_a_range_repeating_the_image_word_is_one_row(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Rundherde (Serie 4, Bild 12 und Bild 18).", "de", [(4, 12, 12, False), (4, 18, 18, False)]),
    ("Nodules on series 5 image 30 and image 45.", "en", [(5, 30, 30, False), (5, 45, 45, False)]),
])
def test_two_images_joined_by_and_stay_two_rows(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Foci (1101:38, 1401:38).", [(1101, 38, 38, False), (1401, 38, 38, False)]),
    ("Lesion (1101:44-51).", [(1101, 44, 51, False)]),
    ("Nodes (1201:55; 1501:57).", [(1201, 55, 55, False), (1501, 57, 57, False)]),
    ("Lesion (8:14 on T2; 11:14 on ADC), PI-RADS 4.", [(8, 14, 14, False), (11, 14, 14, False)]),
    ("Observation (5:22 arterial, 7:22 portal venous), LR-4.", [(5, 22, 22, False), (7, 22, 22, False)]),
    ("Lesion (3:40 T2w, 7:41 DWI b800, 8:41 ADC).", [(3, 40, 40, False), (7, 41, 41, False), (8, 41, 41, False)]),
    ("Restricted diffusion (6:31 T1 fs post; 9:31 DWI).", [(6, 31, 31, False), (9, 31, 31, False)]),
])
def test_compact_pairs_with_wide_series_and_sequence_names(scorer: None, text: str, want: list) -> None:
    assert rows(text, "en") == want


def test_a_german_phase_name_after_a_compact_pair() -> None:
    assert rows("Hypervaskularisierte Läsion (4:18 arteriell; 6:18 portalvenös).", "de") == [
        (4, 18, 18, False), (6, 18, 18, False)]


@pytest.mark.parametrize("text", [
    "Heparin flush (1:1000); contrast diluted (1:100).",
    "Dates (2025/12), score (2025:12).",
    "Scan at (10:45 arterial).",
    "Ratio (1000:1).",
])
def test_dilutions_years_and_clocks_are_no_compact_pairs(scorer: None, text: str) -> None:
    assert rows(text, "en") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Lymphknoten 31 mm (zuvor 26 mm) Se. 4, Bi. 88.", True),
    ("Node 19 mm short axis (previously 13 mm) on series 5, image 62.", True),
    ("Läsion 14 mm (Voruntersuchung vom 03.2026: 11 mm), Se 4/Bi 70.", True),
    # the prior word scopes the citation: in its clause, or in the citation's own bracket
    ("Herd 9 mm, in der VU 6 mm Serie 3 Bild 30.", False),
    ("Lymphknoten 31 mm (Se 5 Bi 90; zuvor Se. 4, Bi. 88).", False),
    # a bracket without a prior word, or with a finding after the value
    ("Herd 9 mm (6 mm axial), Serie 3 Bild 30.", False),
    ("Herd 9 mm (VU 6 mm, damals zystisch) Serie 3 Bild 30.", False),
])
def test_value_scoped_before(text: str, want: bool) -> None:
    start = max(text.rfind("Se"), text.rfind("series"))
    assert value_scoped_before(text, start) is want


def test_the_value_scoped_class_is_measured_but_not_trained_on() -> None:
    full, trained = load_set("tests.curation.snippets.dev16ab"), load_set("tests.curation.snippets.dev16ab", True)
    assert (len(full), len(trained)) == (110, 98)
    assert not {e.text for e in BATCH4} & {e.text for e in trained}
