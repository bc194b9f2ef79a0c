"""Issue 16 round 13 classes, mined rows asserted (sentences written here, none from a held-out set or dev16t): prior
citations marked by a follow-up row's structure (dates, timepoint words, arrows, timepoint columns), a dated
modality clause and the comparison list after it, plural and abbreviated prior nouns, a prior label binding to the
second citation of a bracket, and the German "Bi" + series/image slash."""

from __future__ import annotations

import pytest

from curation.snippets.timepoints import prior_by_timepoint, prior_in_tables
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a date or timepoint word before the earlier value, a now-word before today's
    ("| Milz | 21.01.26: 16 mm (Se 5/Bi 38) | heute: 12 mm (Se 6/Bi 41) |", "de",
     [(5, 38, 38, True), (6, 41, 41, False)]),
    ("| Nebenniere rechts | 07/2025: 19 mm (Serie 4, Bild 80) | aktuell 23 mm (Serie 5, Bild 77) |", "de",
     [(4, 80, 80, True), (5, 77, 77, False)]),
    # an arrow between two timepoints with their values
    ("Lymphknoten hilär: 17 mm (Se 3 Bi 51) → 11 mm (Se 4 Bi 55).", "de", [(3, 51, 51, True), (4, 55, 55, False)]),
    ("Target 3, liver: BL 26 mm (Se 6 Im 30) -> FU2 20 mm (Se 7 Im 33).", "en",
     [(6, 30, 30, True), (7, 33, 33, False)]),
    # three timepoints: the baseline and the first follow-up are earlier than the second
    ("Zielläsion 2 Lunge: BL 31 mm (Se 2 Bi 61), FU1 25 mm (Se 3 Bi 64), FU2 22 mm (Se 4 Bi 60).", "de",
     [(2, 61, 61, True), (3, 64, 64, True), (4, 60, 60, False)]),
    # "BL" labels the citation it opens inside a bracket
    ("Milzläsion 14 mm (Se 6 Bi 47; BL Se 3 Bi 45).", "de", [(6, 47, 47, False), (3, 45, 45, True)]),
])
def test_follow_up_rows(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    # timepoint columns: the last dated column is today's
    ("| Herd | 02.12.2025 | 01.03.2026 |\n|---|---|---|\n| Leber Seg. III | 15 mm (Se 3/Bi 20) | 18 mm (Se 5/Bi 22) |",
     [(3, 20, 20, True), (5, 22, 22, False)]),
    # a baseline column and a follow-up column, each with an image column after it
    ("| Läsion | Baseline | Bild | Verlauf | Bild |\n|---|---|---|---|---|\n| Lunge OL links | 12 mm | Se 2 Bi 71 | "
     "9 mm | Se 3 Bi 75 |", [(2, 71, 71, True), (3, 75, 75, False)]),
    # rows labelled by a date cell against a row labelled "heute"
    ("| Pankreas | 2025-10-01 | 14 mm | Se 4 Bi 60 |\n| Pankreas | heute | 16 mm | Se 6 Bi 63 |",
     [(4, 60, 60, True), (6, 63, 63, False)]),
    # a table without timepoints stays this study's
    ("| Organ | Bild |\n|---|---|\n| Leber | Se 4 Bi 12 |\n| Milz | Se 4 Bi 40 |",
     [(4, 12, 12, False), (4, 40, 40, False)]),
])
def test_timepoint_tables(text: str, want: list) -> None:
    assert rows(text) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Die Läsion misst heute 19 mm (Serie 4, Bild 33), im CT vom Oktober 15 mm (Serie 2, Bild 30), im MRT 16 mm "
     "(Serie 9, Bild 11).", "de", [(4, 33, 33, False), (2, 30, 30, True), (9, 11, 11, True)]),
    ("Right hilar node 12 mm (Se 3 Im 44), on the CT of June 9 mm (Se 3 Im 41).", "en",
     [(3, 44, 44, False), (3, 41, 41, True)]),
    # a day before the month ends no sentence: "vom 4. Mai"
    ("Knoten heute 21 mm (Se 5, Bi 90), im MRT vom 4. Mai 17 mm (Se 8, Bi 12), im CT 16 mm (Se 2, Bi 88).", "de",
     [(5, 90, 90, False), (8, 12, 12, True), (2, 88, 88, True)]),
    # a date right after the citation names its timepoint
    ("Spleen lesion 30 mm (Se 4 Im 52) on 2025-09-14, now 24 mm (Se 6 Im 50).", "en",
     [(4, 52, 52, True), (6, 50, 50, False)]),
])
def test_dated_modality_clause_and_its_list(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("In den Vorbildern 7 mm (Se 3, Bi 40), heute 9 mm (Se 4, Bi 43).", "de", [(3, 40, 40, True), (4, 43, 43, False)]),
    ("Erguss kleiner als in der VA von 05:30 Uhr (VA Serie 1 Bild 1).", "de", [(1, 1, 1, True)]),
    ("Verkalkung schon auf den älteren Aufnahmen (Serie 3, Bild 15) sichtbar.", "de", [(3, 15, 15, True)]),
    ("On the priors 6 mm (Se 5 Im 20), now 8 mm (Se 6 Im 22).", "en", [(5, 20, 20, True), (6, 22, 22, False)]),
    ("Zyste unverändert (Bi 4/61; VU 2025: Bi 3/58).", "de", [(4, 61, 61, False), (3, 58, 58, True)]),
])
def test_plural_and_abbreviated_prior_nouns(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Nebennierenknoten (Se 5 Bi 33; Vergleich Se 3 Bi 30).", "de", [(5, 33, 33, False), (3, 30, 30, True)]),
    ("Pleural thickening (S7 I90; old S4 I86).", "en", [(7, 90, 90, False), (4, 86, 86, True)]),
    ("Liver lesion (Se 6 Img 14; baseline Se 4 Img 12).", "en", [(6, 14, 14, False), (4, 12, 12, True)]),
])
def test_a_prior_label_binds_to_the_citation_it_opens(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Zyste (Bi 6/88).", [(6, 88, 88, False)]),
    ("Embolie (Bi 4/120–126).", [(4, 120, 126, False)]),
    ("Herde (Bi. 3/40 und 3/52).", [(3, 40, 40, False), (3, 52, 52, False)]),
])
def test_bi_slash_is_series_and_image(text: str, want: list) -> None:
    assert rows(text) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # an arrow of a course between two citations without values
    ("Katheter von der V. jugularis (Se 3 Bi 12) → V. cava (Se 3 Bi 40).", "de",
     [(3, 12, 12, False), (3, 40, 40, False)]),
    # a date after "seit" dates the finding, not the citation
    ("Herd seit 04/2020 bekannt, 6 mm (Se 3 Bi 20), aktuell neuer Herd (Se 3 Bi 70).", "de",
     [(3, 20, 20, False), (3, 70, 70, False)]),
    # another modality of today without a dated clause before it
    ("Läsion heute im CT 14 mm (Se 4 Bi 22), im heutigen MRT 15 mm (Se 8 Bi 10).", "de",
     [(4, 22, 22, False), (8, 10, 10, False)]),
    # BI-RADS is no image word
    ("Herd links BI-RADS 4/5, rechts BIRADS 2.", "de", []),
])
def test_confounders_stay_current_or_silent(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_timepoint_functions_never_clear_a_flag() -> None:
    text = "Herd 17 mm (Se 3 Bi 51) → 11 mm (Se 4 Bi 55)."
    assert prior_by_timepoint(text, [(12, 23, False), (33, 44, False)]) == {0}
    assert prior_by_timepoint(text, [(12, 23, False)]) == set()
    assert prior_in_tables("no table (Se 3 Bi 51), (Se 4 Bi 55)", [(10, 21, True), (24, 35, False)]) == set()
