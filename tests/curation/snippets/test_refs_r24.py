"""Issue 16, round 24: response tables whose caption names the timepoints in order (`timepoint_columns.py`,
`timepoints.header_sequence` / `prior_by_header`), a pair after a timepoint or response-label word in a comparison
list (`study_clause`, grammar's "at <timepoint>" guard), and "im n and im m" lists in text that lost its line breaks.
Every word order, in and out of brackets, running text and tables, German and English, with look-alikes. Sentences
written for these tests (not from any held-out set, not copied from dev16p). Each case holds with the learned decision
and with the grammar alone (`scorer`)."""

from __future__ import annotations

import pytest

from curation.snippets.timepoint_columns import timepoint_column_refs
from curation.snippets.timepoints import header_sequence
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # three timepoints, slash-separated caption, bare pairs after the size
    ("Target lesions (baseline 03/02/2026 / nadir 05/11/2026 / today):\n"
     "Segment 8: 27 mm 6/40 / 15 mm 4/38 / 19 mm 5/41\n"
     "Aortocaval node: 18 mm 6/99 / 10 mm 4/97 / 12 mm 5/100\nSum: 45 / 25 / 31 mm", "en",
     [(6, 40, 40, True), (4, 38, 38, True), (5, 41, 41, False),
      (6, 99, 99, True), (4, 97, 97, True), (5, 100, 100, False)]),
    # current first, pipe-separated header, square-bracket pairs
    ("Messläsionen: heute | Vor-CT 11.09.2025 | Baseline 02.06.2025\n"
     "Lunge links 11 mm [7/52] | 14 mm [3/50] | 20 mm [2/49]", "de",
     [(7, 52, 52, False), (3, 50, 50, True), (2, 49, 49, True)]),
    # tab-separated table, dash pairs in brackets, the lesion column first
    ("Läsion\tBaseline\tNadir\taktuell\nLK iliakal\t22 x 15 mm (3-140)\t12 x 9 mm (4-138)\t14 x 10 mm (6-141)", "de",
     [(3, 140, 140, True), (4, 138, 138, True), (6, 141, 141, False)]),
    # semicolons, colon pairs in brackets, two timepoints (prior first)
    ("Verlauf (Vorbefund 14.10.2025; jetzt):\nHerd Segment VI 9 mm (5:33); 13 mm (8:35)", "de",
     [(5, 33, 33, True), (8, 35, 35, False)]),
    # pairs the grammar reads itself take their study from the caption too
    ("Lugano (Baseline 02/2026 / Interim 04/2026 / aktuell):\n"
     "Mediastinal 41 mm (Se 3, Bi 60) / 20 mm (Se 4, Bi 58) / 11 mm (Se 5, Bi 61)", "de",
     [(3, 60, 60, True), (4, 58, 58, True), (5, 61, 61, False)]),
    # comma-separated caption, middle-dot citations the grammar reads (series and image, never the image alone)
    ("Target lesions (baseline 02/09/2026, nadir 04/20/2026, today):\n"
     "LLL 26 mm (Ser 3 · Img 77), 16 mm (Ser 6 · Img 74), 21 mm (Ser 2 · Img 79)", "en",
     [(3, 77, 77, True), (6, 74, 74, True), (2, 79, 79, False)]),
    # dates only, increasing: the last is the report's own; earlier rounds as column words
    ("RECIST (08.01.2026 / 19.03.2026 / 28.05.2026):\nNiere links 33 mm [5/90] / 28 mm [4/88] / 24 mm [7/91]", "de",
     [(5, 90, 90, True), (4, 88, 88, True), (7, 91, 91, False)]),
    ("Staging | Restaging | aktuell\nMilz 15 mm (2/44) | 11 mm (3/41) | 8 mm (4/45)", "de",
     [(2, 44, 44, True), (3, 41, 41, True), (4, 45, 45, False)]),
])
def test_timepoint_columns_give_each_pair_its_study(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    # size ranges, blood pressures, dates, scores in the same layout: no row
    ("Target lesions (baseline / nadir / today):\nLiver: 14 x 11 mm / 9 x 7 mm / 10 x 8 mm\nSpleen: 3-4 mm / 2-3 mm / "
     "3-4 mm", "en"),
    ("Verlauf (Baseline | Interim | heute): RR 150/95 | 130/85 | 125/80; Deauville 5/4/2.", "de"),
    ("Staging (baseline / today): 6/3/2026 / 9/1/2026; ratio 2/3 / 3/4.", "en"),
    # a size followed by a month/year is no pair
    ("Messung (VU / heute):\nHerd 12 mm 03/2025 / 14 mm 09/2025", "de"),
])
def test_timepoint_column_look_alikes_give_no_row(scorer: None, text: str, lang: str) -> None:
    assert rows(text, lang) == []


def test_a_prose_line_orders_no_columns(scorer: None) -> None:
    # timepoint words and commas in a sentence are no caption: the next line's two findings stay current
    text = "Vergleich mit der VU vom 03.02.2026, heute Progress.\nLeber 31 mm (Se 4, Bi 62), Milz 13 mm (Se 4, Bi 81)."
    assert rows(text) == [(4, 62, 62, False), (4, 81, 81, False)]


def test_header_sequence_needs_every_timepoint_and_one_now() -> None:
    assert header_sequence("Target lesions (baseline 01/2026 / nadir 03/2026 / today):") == ["bl", "bl", "now"]
    assert header_sequence("Lesion\tBaseline 09.01.2026\tToday") == ["bl", "now"]
    assert header_sequence("heute | Vor-CT 11.09.2025 | Baseline") == ["now", "date", "bl"]
    assert header_sequence("Baseline / Nadir") is None  # no now column: today's behaviour (`_header_order`)
    assert header_sequence("Größe / Form / heute") is None  # a column without a timepoint
    assert header_sequence("heute / jetzt") is None  # two now columns
    assert header_sequence("(30.03.2026 / 12.01.2026)") is None  # dates out of order: no column is known as now
    assert header_sequence("(12.01.2026 / 30.03.2026 / 04.06.2026)") == ["date", "date", "now"]
    assert header_sequence("(Baseline 01.2026; iUPD 03.2026; attuale)") == ["bl", "date", "now"]


def test_a_row_needs_one_pair_per_timepoint() -> None:
    text = "Verlauf (Baseline / Nadir / heute):\nLeber 20 mm 3/40 / 15 mm 4/41\nMilz 9 mm 3/60 / 7 mm 4/61 / 8 mm 5/62"
    assert [(r.series, r.images, r.prior) for r in timepoint_column_refs(text)] == [
        (3, ((60, 60),), True), (4, ((61, 61),), True), (5, ((62, 62),), False)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a response label or earlier-round word opens a prior clause for its own pair, in any order
    ("Mesenteric mass today 33 mm (series 6 image 81), at PR 25 mm (series 4 image 79), at baseline 48 mm "
     "(series 2 image 80).", "en", [(6, 81, 81, False), (4, 79, 79, True), (2, 80, 80, True)]),
    ("Lebermetastase bei iUPD 30 mm (Se 3, Bi 55), jetzt 24 mm (Se 7, Bi 57).", "de",
     [(3, 55, 55, True), (7, 57, 57, False)]),
    ("Node now 12 mm (5/140); at iCPD 19 mm (4/137).", "en", [(5, 140, 140, False), (4, 137, 137, True)]),
    ("Pleuraknoten in der Vorrunde gesamt 14 mm (Bild 66, Serie 3), aktuell 10 mm (Bild 64, Serie 5).", "de",
     [(3, 66, 66, True), (5, 64, 64, False)]),
    ("Adrenal lesion at interim 16 mm (series 3, image 90); today 12 mm (series 6, image 92).", "en",
     [(3, 90, 90, True), (6, 92, 92, False)]),
    # look-alikes: a label word without a value, "at" before a clock time, SD as a finding abbreviation
    ("Knoten (Se 4, Bi 30), Befund bei PD besprochen.", "de", [(4, 30, 30, False)]),
    ("Contrast at 14:20 (5:40) and images reviewed.", "en", []),
])
def test_a_timepoint_word_opens_its_own_pair(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # text that lost its line breaks: the image number ends where a capitalised word starts
    ("Effusion series 5 im 60Lungs otherwise clear.", "en", [(5, 60, 60, False)]),
    ("Nodules series 3 im 72 and im 81IMPRESSION: benign.", "en", [(3, 72, 72, False), (3, 81, 81, False)]),
    ("Nodes se 6 im 20, im 25 and im 31Mediastinum normal.", "en",
     [(6, 20, 20, False), (6, 25, 25, False), (6, 31, 31, False)]),
    # look-alikes: the German preposition "im" after a list word
    ("Herd (Serie 4 Bild 12) und im 3. Segment eine Zyste.", "de", [(4, 12, 12, False)]),
    ("Herd Serie 4 Bild 22 und im 2,5 cm großen Knoten.", "de", [(4, 22, 22, False)]),
])
def test_im_lists_and_glued_headings(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want
