"""Issue 16, round 21: bare pairs whose caption or column header says what they are, glued and hash forms in lists
with a study switch after ";", a spaced dash between compact series/image words, rarer repeated image words, a lone
compact pair with a three-digit series (and call times / dilutions in brackets), prior-label scope inside one bracket,
spoken hundreds. Each class as its mechanism (word orders, with and without the optional words, tables and running
text) and its look-alikes. Sentences written for these tests (not from any held-out set, not from dev16z)."""

from __future__ import annotations

import pytest

from curation.snippets.measured_pairs import caption_scopes, measured_pair_refs
from curation.snippets.spoken import spoken_numbers
from tests.curation.snippets.mined import rows


def _sorted(found: list) -> list:
    return sorted(found, key=str)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # (a) a caption names the cells series/image; the header's columns decide the study (either order, dated or not)
    ("Messwerte als Serie/Bild (VU 02.02.2025):\n| Herd | VU | heute |\n|---|---|---|\n| Leber S2 | 3/64 | 7/70 |",
     "de", [(3, 64, 64, True), (7, 70, 70, False)]),
    ("Lesions, Se/Bi:\n| Lesion | Current | 12/03/2024 |\n| - | - | - |\n| Lung | 8/140 | 6/131 |", "en",
     [(8, 140, 140, False), (6, 131, 131, True)]),
    ("Series:image\n| Site | baseline | today |\n|---|---|---|\n| Node | 2:77 | 5:80 |", "en",
     [(2, 77, 77, True), (5, 80, 80, False)]),
    # (b) size and image columns for two exams; image cells s:i or s/i, no caption
    ("| Herd | jetzt (mm) | Bild | Vorbefund (mm) | Bild |\n|---|---|---|---|---|\n| Niere | 12 | 9:33 | 10 | 4:31 |",
     "de", [(9, 33, 33, False), (4, 31, 31, True)]),
    ("| Lesion | Prior image | Prior size | Today image | Today size |\n|---|---|---|---|---|\n"
     "| Spleen | 3/22 | 8 mm | 5/25 | 11 mm |", "en", [(3, 22, 22, True), (5, 25, 25, False)]),
    # an image column in a one-timepoint table is this study's
    ("| Befund | Größe | Se/Bi |\n|---|---|---|\n| Pankreaszyste | 9 mm | 6/58 |", "de", [(6, 58, 58, False)]),
    # (c) rows under a caption: the pair before or after the size, the label before it decides, none is current
    ("Zielläsionen (Serie/Bild):\nA) Leber: jetzt 8/51 25 mm, Ausgangsbefund 5/47 31 mm\nB) Milz: 8/70, nicht messbar",
     "de", [(8, 51, 51, False), (5, 47, 47, True), (8, 70, 70, False)]),
    ("Target lesions (series/image)\n- Left lung: baseline 12 mm 3/99; follow-up 9 mm 6/97", "en",
     [(3, 99, 99, True), (6, 97, 97, False)]),
    ("Verlauf (Se/Bi): Lebermetastase Vor-CT 2/33 14 mm, aktuell 4/36 11 mm.", "de",
     [(2, 33, 33, True), (4, 36, 36, False)]),
    # a tab-separated table whose header names a series/image column
    ("Nr\tBefund\tSerie/Bild\n1\tNebenniere rechts\t6/29\n2\tLK iliakal\t6/140", "de",
     [(6, 29, 29, False), (6, 140, 140, False)]),
])
def test_bare_pairs_scoped_by_a_caption_or_column(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


@pytest.mark.parametrize(("text", "lang"), [
    # tables of sizes, dates, ratios and scores: no caption, no image column
    ("| Herd | aktuell | VU |\n|---|---|---|\n| Leber | 14/11 mm | 12/9 mm |", "de"),
    ("| Parameter | today | prior |\n|---|---|---|\n| positive/total nodes | 2/16 | 1/15 |", "en"),
    ("| Lesion | Image quality | Score |\n|---|---|---|\n| Liver | 3/5 | 4/5 |", "en"),
    ("| Läsion | aktuell | Vorbefund |\n|---|---|---|\n| Datum | 5/2025 | 11/2024 |", "de"),
    # a caption's scope ends at a blank line; levels, units and dates in it are no pairs
    ("Angaben Serie/Bild.\n\nLWK 4/5: Bandscheibenprotrusion, 3/4 des Spinalkanals frei.", "de"),
    ("Series/image below.\nDisc at L4/5, C5/6 stable; ratio 2/3; 3/2025 exam.", "en"),
])
def test_scoped_pair_look_alikes(scorer: None, text: str, lang: str) -> None:
    assert rows(text, lang) == []


def test_a_caption_scope_runs_to_a_blank_line_or_a_heading() -> None:
    text = "Targets (Serie/Bild):\nLeber 4/20\nNicht-Zielläsionen:\nKnochen 3/4"
    assert [(text[a:b]) for a, b in caption_scopes(text)] == ["):\nLeber 4/20"]
    assert [(r.series, r.images, r.prior) for r in measured_pair_refs(text)] == [(4, ((20, 20),), False)]
    assert caption_scopes("Befund (Serie/Bild 4/20).") == []  # a label with its pair is the grammar's


@pytest.mark.parametrize(("text", "lang", "want"), [
    # glued letter+number pairs, a prior word after ";" switches the rest of the list
    ("Metastasen (Se7Bi22, Se7Bi40; Vorbefund Se5Bi19).", "de", [(7, 22, 22, False), (7, 40, 40, False),
                                                                (5, 19, 19, True)]),
    ("Nodules (s6i31, s6i48; outside s2i30).", "en", [(6, 31, 31, False), (6, 48, 48, False), (2, 30, 30, True)]),
    ("Herde (SE8IM12 und SE8IM19; VU SE4IM10).", "de", [(8, 12, 12, False), (8, 19, 19, False), (4, 10, 10, True)]),
    # viewer hash notation: an image-only member inherits the series; a labelled next series after ";"
    ("Lesions (Ser #9, Img #14, #20; previous exam Ser #7, Img #12).", "en",
     [(9, 14, 14, False), (9, 20, 20, False), (7, 12, 12, True)]),
    ("Herde (Serie #3 Bild #41, #47, #52).", "de", [(3, 41, 41, False), (3, 47, 47, False), (3, 52, 52, False)]),
    # look-alikes: liver segments, order numbers
    ("Hämangiom S6/7 und S4b, Zyste S8.", "de", []),
    ("Request #5521, exam #2 of 3.", "en", []),
])
def test_glued_and_hash_lists_with_a_study_switch(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # plane + sequence words, then single-letter series/image words joined by a spaced dash
    ("Meniskusriss (cor PD fs S 6 - B 21).", "de", [(6, 21, 21, False)]),
    ("Enhancing focus (ax T1 post S 14 – I 40).", "en", [(14, 40, 40, False)]),
    ("Sehnenruptur (sag STIR S8 - I17).", "de", [(8, 17, 17, False)]),
    # a range that repeats the image word after the range word
    ("Thrombus (Serie 5, Bild 88 bis Bild 97).", "de", [(5, 88, 97, False)]),
    ("Dissection flap (Se 3 Im 120 through Im 151).", "en", [(3, 120, 151, False)]),
    # look-alikes: b-values, sequence dashes, size ranges
    ("DWI b0 - b1000, T1 - T2 ohne Befund, Zyste 6 - 8 mm.", "de", []),
])
def test_spaced_dash_compact_pairs_and_repeated_range_words(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Zysten (Serie 2 IMA 14, IMA 19 und IMA 25).", "de", [(2, 14, 14, False), (2, 19, 19, False),
                                                          (2, 25, 25, False)]),
    ("Nodes (Ser. 4 Imag. 61 and Imag. 70).", "en", [(4, 61, 61, False), (4, 70, 70, False)]),
    ("Lesions (S 3, Ima 12 / Ima 16).", "en", [(3, 12, 12, False), (3, 16, 16, False)]),
    ("Herde (Se 9 Img. 30; Img. 38).", "de", [(9, 30, 30, False), (9, 38, 38, False)]),
    # look-alike: the inferior mesenteric artery with a size
    ("IMA 5 mm, SMA 8 mm, both patent.", "en", []),
])
def test_rarer_repeated_image_words(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a lone compact pair with a three-digit series after labelled citations
    ("Polytrauma: Leberlazeration (Serie 501, Bild 60). Nierenkontusion (501:98).", "de",
     [(501, 60, 60, False), (501, 98, 98, False)]),
    ("Trauma: rib fractures (Se 201 Im 33). Lung contusion (201:47).", "en", [(201, 33, 33, False),
                                                                             (201, 47, 47, False)]),
    # look-alikes: a call or event time, a dilution
    ("Polytrauma: Milzruptur (Serie 501, Bild 60). Befund an Dr. B. mitgeteilt (15:41).", "de",
     [(501, 60, 60, False)]),
    ("Contrast diluted (1:50); exam completed (22:10).", "en", []),
])
def test_lone_compact_pair_and_its_look_alikes(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a prior label after ";" binds to the part after it only (before or after that part's citation)
    ("Node (series 7 image 44; image 40 on the comparison study).", "en", [(7, 44, 44, False),
                                                                          (None, 40, 40, True)]),
    ("Herd (Serie 3 Bild 90; Bild 85 der Voruntersuchung).", "de", [(3, 90, 90, False), (None, 85, 85, True)]),
    ("Herd (Se 6 Bi 12; Vorbefund Se 4 Bi 10).", "de", [(6, 12, 12, False), (4, 10, 10, True)]),
    # an outside / prior label at the head of a list binds to every member
    ("Node (outside: series 2 image 18, series 2 image 25).", "en", [(2, 18, 18, True), (2, 25, 25, True)]),
    ("Herde (extern Se 5 Bi 30, Bi 36 und Bi 41).", "de", [(5, 30, 30, True), (5, 36, 36, True),
                                                          (5, 41, 41, True)]),
    # ... and a study label closing the list binds to every item; after ";" to its own part
    ("Zysten (Bild 5/31 und 5/36, VU).", "de", [(5, 31, 31, True), (5, 36, 36, True)]),
    ("Lesions (series 2 images 40, 44 on the outside CT).", "en", [(2, 40, 40, True), (2, 44, 44, True)]),
    ("Knoten (Bild 4/18 bzw. 4/21, Vorbefund).", "de", [(4, 18, 18, True), (4, 21, 21, True)]),
    ("Nodule (image 7/35; 5/33 on the prior).", "en", [(7, 35, 35, False), (5, 33, 33, True)]),
    ("Herd (Serie 6 Bild 22; Bild 19 in der VU).", "de", [(6, 22, 22, False), (None, 19, 19, True)]),
    # look-alikes after a citation: a window setting, the next citation's own series word, a clock time
    ("Herd (Serie 5, Bild 33, W/L 350/40).", "de", [(5, 33, 33, False)]),
    ("Lymphknoten (Se 4/120; Se 4/131).", "de", [(4, 120, 120, False), (4, 131, 131, False)]),
    ("Herd (Serie 2 Bild 12; Beginn 11:40).", "de", [(2, 12, 12, False)]),
])
def test_prior_label_scope_inside_one_bracket(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Nodule at series three image two fifty.", "en", [(3, 250, 250, False)]),
    ("Cyst, series four image one oh two.", "en", [(4, 102, 102, False)]),
    ("Node on series two image three seventeen.", "en", [(2, 317, 317, False)]),
    ("Thrombus from image one forty to one fifty five on series six.", "en", [(6, 140, 155, False)]),
    # the tens alone stay as they were; a clock time outside a citation is no number
    ("Nodule on series five image forty two.", "en", [(5, 42, 42, False)]),
    ("Called at four fifteen; no series cited.", "en", []),
])
def test_spoken_hundreds(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_spoken_hundreds_keep_offsets() -> None:
    text = "image two thirty and image three oh five"
    out = spoken_numbers(text)
    assert len(out) == len(text) and out.split() == ["image", "230", "and", "image", "305"]
