"""Issue 16, round 16: slash pairs after a "series image" compound, outside-study labels before a citation, follow-up
rows under a dated "<earlier> <date> / <current>" header, three or more timepoints named by months or dates. Sentences
written for these tests (not from dev16v and not from any held-out set); each asserts the mined rows."""

from __future__ import annotations

import pytest

from curation.snippets.mine import sentence_bounds
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Leberherd (Serienbild Nr. 5/77 und 5/81) sowie Milzläsion (Serienbild 6/20).", "de",
     [(5, 77, 77, False), (5, 81, 81, False), (6, 20, 20, False)]),
    ("Knochenherde Serienbilder 7/140, 7/152 und 8/19.", "de",
     [(7, 140, 140, False), (7, 152, 152, False), (8, 19, 19, False)]),
    ("Zyste (Serien-Bild 3/58) und Hämangiom (Ser.-Bild 3/66).", "de", [(3, 58, 58, False), (3, 66, 66, False)]),
    ("Nodules at series-image 4/61, 4/70 and 5/12.", "en",
     [(4, 61, 61, False), (4, 70, 70, False), (5, 12, 12, False)]),
    ("Cysts, Se/Im 6/31 and 6/48, unchanged.", "en", [(6, 31, 31, False), (6, 48, 48, False)]),
    # outside a bracket a further item must write its series: "12 Herde" is no image 12
    ("Leberherd Serienbild 4/57, 12 Herde insgesamt.", "de", [(4, 57, 57, False)]),
    # confounders: the compound without a pair, a ratio
    ("Auf den Serienbildern kein Nachweis einer Dissektion, Quotient 2/3.", "de", []),
    ("Serienbild 11/2025 archiviert, Serien-Bild 3/2024 ebenso.", "de", []),
])
def test_series_image_compound_before_slash_pairs(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Läsion (5:33; externes PET-CT 11/2025: 2:90).", "de", [(5, 33, 33, False), (2, 90, 90, True)]),
    ("Herd im Pankreaskopf (auswärtige MRT 6:14), aktuell 9 mm (4:22).", "de", [(6, 14, 14, True), (4, 22, 22, False)]),
    ("Nodule (OSH CT 2:71), now 9 mm (5:80).", "en", [(2, 71, 71, True), (5, 80, 80, False)]),
    ("Hepatic lesion (outside CT dated 02/11/2025, series 3 image 44) now 12 mm (series 5 image 47).", "en",
     [(3, 44, 44, True), (5, 47, 47, False)]),
    ("Knoten rechts (fremdes MRT 2024, Serie 7 Bild 12), aktuell (Serie 9 Bild 15).", "de",
     [(7, 12, 12, True), (9, 15, 15, False)]),
    ("Adrenal nodule (external PET/CT 3/36) and today (4/39).", "en", [(3, 36, 36, True), (4, 39, 39, False)]),
    # confounder: an outside study in another sentence
    ("Externe Voraufnahmen liegen nicht vor. Leberzyste (6:30).", "de", [(6, 30, 30, False)]),
])
def test_outside_study_label_in_the_bracket(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Ausgangsbefund 03/2025 / heute:\nLeber: 30 / 22 mm (3:44 / 6:40)\nMilz: 12 / 9 mm (3:70 / 6:66)", "de",
     [(3, 44, 44, True), (6, 40, 40, False), (3, 70, 70, True), (6, 66, 66, False)]),
    ("Baseline 12.12.2025 / current:\nNode 1: 14/9 mm (se 3 im 20 / se 5 im 22)", "en",
     [(3, 20, 20, True), (5, 22, 22, False)]),
    ("(VU 02.02.2026 / aktuell)\nHerd Segment II 11 / 13 mm (4:31 / 7:35)", "de",
     [(4, 31, 31, True), (7, 35, 35, False)]),
    # the row's own label after " / " names the earlier side whatever the header says
    ("Verlauf:\nLK 12 mm (Se 5 Bi 61) / VU 15 mm (Se 3 Bi 58)", "de", [(5, 61, 61, False), (3, 58, 58, True)]),
])
def test_rows_under_a_dated_header(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Leberläsion heute 22 mm (4:50), im Mai 19 mm (3:47), im Jänner 15 mm (3:45).", "de",
     [(4, 50, 50, False), (3, 47, 47, True), (3, 45, 45, True)]),
    ("Node (5:60; Feb 2026 exam 3:58; Nov 2025 exam 3:55) enlarging.", "en",
     [(5, 60, 60, False), (3, 58, 58, True), (3, 55, 55, True)]),
    ("Pleuraerguss (Serie 4 Bild 30), Voraufnahme März (Serie 3 Bild 28), Voraufnahme Jänner (Serie 3 Bild 26).", "de",
     [(4, 30, 30, False), (3, 28, 28, True), (3, 26, 26, True)]),
    ("Mass 31 mm (series 6 image 70), 27 mm in October (series 4 image 66), 20 mm on 5/14/2025 (series 4 image 61).",
     "en", [(6, 70, 70, False), (4, 66, 66, True), (4, 61, 61, True)]),
    ("Knoten (3/41, Dez. 2025 2/39, 10.09.2025 2/37).", "de",
     [(3, 41, 41, False), (2, 39, 39, True), (2, 37, 37, True)]),
    # confounders: a month that names no earlier examination of a citation; a month before the first citation
    ("Kontrolle im Juni empfohlen. Zyste (4:20).", "de", [(4, 20, 20, False)]),
    ("Im März 2026 durchgeführte Biopsie. Knoten (Serie 4, Bild 22).", "de", [(4, 22, 22, False)]),
    ("Herd (Serie 5, Bild 40), Kontrolle im Juni empfohlen (Serie 5, Bild 44).", "de",
     [(5, 40, 40, False), (5, 44, 44, False)]),
])
def test_three_timepoints_named_by_months_and_dates(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_month_abbreviation_ends_no_sentence() -> None:
    text = "Lymphknoten heute 14 mm (6:55), Okt. 2025 12 mm (4:52). Milz normal."
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Lymphknoten heute 14 mm (6:55), Okt. 2025 12 mm (4:52).", "Milz normal."]


@pytest.mark.parametrize(("text", "want"), [
    # a past copula before a state, a now word before the next citation: the first is the earlier state
    ("The collection was large (series 5 image 61) and is now small (series 6 image 63).",
     [(5, 61, 61, True), (6, 63, 63, False)]),
    # a participle tells of an event, not of the earlier state
    ("The drain was removed (series 5 image 61) and the cavity is now small (series 6 image 63).",
     [(5, 61, 61, False), (6, 63, 63, False)]),
])
def test_past_state_then_now(text: str, want: list) -> None:
    assert rows(text, "en") == want
