"""Issue 16, round 28a: prior-study citations. A comparison or earlier-exam preface ending in a colon, an earlier exam
named inside the citation's clause, a season adverb naming a listed comparison exam, and follow-up tables whose header
names timepoint columns (image-only cells under a series declared once, "n.m." cells, per-column series). Every class
with look-alikes that must stay today's, DE/AT/CH/UK/US. Sentences written for these tests (not from any held-out set,
not copied from dev16ac). Each case holds with the learned decision and with the grammar alone (`scorer`)."""

from __future__ import annotations

import pytest

from curation.snippets.abbreviations import ABBREVIATIONS
from curation.snippets.grammar import scan_ref_spans, series_mentions
from curation.snippets.prior_preface import earlier_in_clause, preface_prior
from curation.snippets.refscore.sets import load_set
from curation.snippets.study_past import comparison_season, date_keys
from curation.snippets.table import column_series
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the rest of the preface's sentence is the earlier exam's, up to a now-word
    ("Vergleich mit CT vom 14.02.2026: dort Rundherd 6 mm (Serie 4, Bild 52). Heute 9 mm (Serie 5, Bild 55).", "de",
     [(4, 52, 52, True), (5, 55, 55, False)]),
    ("Zum Vergleich Angio 10/2025: dort Nidus 16 mm (Serie 2, Bild 7).", "de", [(2, 7, 7, True)]),
    ("Vgl. Vor-CT Jänner 2026: Pleuraerguss schmal (Serie 3, Bild 61).", "de", [(3, 61, 61, True)]),
    ("Zum Vergleich Planungs-CT 03.11.2026: Tumor damals 27 mm (Serie 3, Bild 19).", "de", [(3, 19, 19, True)]),
    ("Vergleich mit auswärtiger MRT: Herd maß dort 11 mm (Serie 7, Bild 25).", "de", [(7, 25, 25, True)]),
    ("PRE-PROCEDURE IMAGING: MRI 3/4/2026: 1.8 cm lesion in segment 7 (MR se 6 im 41).", "en", [(6, 41, 41, True)]),
    ("Prior CT 06/2026 for comparison: node 14 mm (se 3 im 77).", "en", [(3, 77, 77, True)]),
    ("Comparison with MRI of 12/02/2026: the cyst measured 7 mm (series 8, image 30).", "en", [(8, 30, 30, True)]),
    ("CTA (Voruntersuchung, heute Morgen): Verschluss der A. cerebri media (Serie 6, Bild 70).", "de",
     [(6, 70, 70, True)]),
    ("Vergleich mit MRT vom 02.03.2026: Herd damals 8 mm (Se 5 Bi 30), jetzt 11 mm (Se 6 Bi 33).", "de",
     [(5, 30, 30, True), (6, 33, 33, False)]),
    # the dictated colon
    ("Vorbefund Doppelpunkt Herd 9 mm Serie 4 Bild 21.", "de", [(4, 21, 21, True)]),
])
def test_a_comparison_preface_makes_its_sentence_the_earlier_exams(scorer: None, text: str, lang: str,
                                                                    want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # today's study named after the preface, a now-word, a comparison line closed by a full stop
    ("Vergleich mit der Voruntersuchung: heute Rundherd 13 mm (Serie 4, Bild 22).", "de", [(4, 22, 22, False)]),
    ("Zum Vergleich CT vom 05.06.2026: aktuell größenregredient, 9 mm (Se 3 Bi 44).", "de", [(3, 44, 44, False)]),
    ("Comparison: CT 02/11/2026. Findings: nodule 6 mm (series 3 image 41).", "en", [(3, 41, 41, False)]),
    ("Comparison with MRI 05/04/2026: on today's study the lesion is 10 mm (series 7 image 19).", "en",
     [(7, 19, 19, False)]),
    ("Vergleich mit der Voruntersuchung: in unserem CT Herd 12 mm (Serie 5, Bild 13).", "de", [(5, 13, 13, False)]),
    # mend of round 28a: a comparison head with no earlier-exam signal in the clause introduces today's findings
    ("Zum Vergleich Angio 10/2025: Nidus 16 mm (Serie 2, Bild 7).", "de", [(2, 7, 7, False)]),
    ("Vergleich mit auswärtiger MRT: Herd 11 mm (Serie 7, Bild 25).", "de", [(7, 25, 25, False)]),
    # a head that compares or states today's course, a pre-procedure word without an exam
    ("Im Vergleich zur Voruntersuchung: Größenprogredienz des Herdes (Serie 4, Bild 20).", "de",
     [(4, 20, 20, False)]),
    ("Befundkonstanz zum Vorbefund vom 03.04. (LKH Villach): Rundherd (Se.4/Bi.120) 5 mm.", "de",
     [(4, 120, 120, False)]),
    ("Präoperative Planung: Tumor im Pankreasschwanz 28 mm (Serie 4, Bild 51).", "de", [(4, 51, 51, False)]),
    # a section heading space-joined after the preface starts today's findings
    ("Vorbefund: MRT vom 02.2026 Befund: Rundherd (Se 5, Bild 33).", "de", [(5, 33, 33, False)]),
    ("Prior study: CT 01/05/2026 Findings: nodule 5 mm (series 3, image 44).", "en", [(3, 44, 44, False)]),
    ("Vergleich mit CT vom 03.02.2026: Herd größenprogredient, 14 mm (Se 3 Bi 50).", "de", [(3, 50, 50, False)]),
    ("Befund: Rundherd im Mittellappen 8 mm (Serie 3, Bild 21).", "de", [(3, 21, 21, False)]),
    # an earlier value or a course word after the citation: its value is today's
    ("Vergleich mit CT vom 01.02.2026: Rundherd 12 mm (Se 3 Bi 40), größenprogredient.", "de",
     [(3, 40, 40, False)]),
    ("Comparison with CT of 1/2/2026: nodule 9 mm (series 4 image 60), previously 6 mm.", "en",
     [(4, 60, 60, False)]),
])
def test_today_after_a_comparison_preface_stays_current(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_preface_prior_reads_the_head_and_the_words_after_its_colon() -> None:
    text = "Vergleich mit CT vom 12.03.2026: Herd 7 mm (Serie 5, Bild 41), jetzt 10 mm (Serie 6, Bild 44)."
    assert preface_prior(text, text.index("(Serie 5")) is True
    assert preface_prior(text, text.index("(Serie 6")) is False  # "jetzt" between colon and citation
    assert preface_prior("Befund: Herd 7 mm (Serie 5, Bild 41).", 20) is False  # no comparison in the head
    then = "Vergleich mit CT vom 12.03.2026: Herd 9 mm (Serie 5, Bild 41), damals 7 mm."
    assert preface_prior(then, then.index("(Serie"), then.index(", damals")) is False
    now = "Vergleich mit CT vom 12.03.2026: Herd 7 mm (Serie 5, Bild 41), jetzt größenprogredient."
    # mend of round 28a: a comparison head needs an earlier-exam signal; "jetzt" before a course word is none (the
    # value may be today's), "jetzt" before a value is
    assert preface_prior(now, now.index("(Serie"), now.index(", jetzt")) is False
    # the cue opens the head, or a bracket label right after its exam word; today's exam named first is a heading
    label = "CTA (Voruntersuchung, heute Morgen): Verschluss (Se 5 Bi 4)."
    assert preface_prior(label, label.index("(Se 5")) is True
    for head in ("Thorax-CT im Verlauf, Vergleich mit der externen CT (Spital Uster, 11.10.2026)",
                 "Thorax-CT (Vergleich mit auswärtigem CT vom 17.4.2026)", "Aus Fremd-RIS übernommen"):
        text = head + ": Rundherd 18 mm (Ser. 3 Bild 72)."
        assert preface_prior(text, text.index("(Ser.")) is False
    far = "Rundherd im Mittellappen mit 8 mm, glatt begrenzt, ohne Verkalkung, ohne Kontakt zur Pleura, Vergleich: Herd"
    assert preface_prior(far + " (Se 5 Bi 4).", len(far) + 1) is False  # the colon lies beyond the head's reach


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("In der präoperativen MRT vom 04.02.2026 maß der Tumor 31 mm (Serie 5, Bild 19).", "de", [(5, 19, 19, True)]),
    ("The mass measured 2.8 cm on the pre-operative CT (IM 48 SE 3).", "en", [(3, 48, 48, True)]),
    ("Follow-up after sigmoid resection. The abscess was not seen on the post-operative scan (IM 21 SE 5) and "
     "now measures 4 cm (IM 24 SE 6).", "en", [(5, 21, 21, True), (6, 24, 24, False)]),
    ("Verlaufskontrolle. Das Serom war postoperativ nicht abgrenzbar (Serie 3, Bild 40), jetzt 4 cm "
     "(Serie 4, Bild 44).", "de", [(3, 40, 40, True), (4, 44, 44, False)]),
    ("Herdbefund, in der Screening-Mammographie bereits angedeutet (Serie 2, Schicht 31).", "de",
     [(2, 31, 31, True)]),
    ("In der CT vom Vorabend (Serie 4, Bild 52) noch keine Demarkierung.", "de", [(4, 52, 52, True)]),
    ("On the CT from last night (series 3 image 60) the infarct was not yet demarcated.", "en", [(3, 60, 60, True)]),
    ("The lesion was already visible on the before-MRI series 6 image 14.", "en", [(6, 14, 14, True)]),
    ("Nodule 7 mm on previous-CT series 4 image 52.", "en", [(4, 52, 52, True)]),
    ("Knoten im Unterlappen, damals 5 mm Ser. 6 / Imm. 88, aktuell 8 mm Ser. 7 / Imm. 90.", "de",
     [(6, 88, 88, True), (7, 90, 90, False)]),
    # "postoperativ" before a state in a follow-up report; the earlier exam's month in the citation's own bracket
    ("Verlaufskontrolle nach Whipple. Postoperativ noch nicht abgrenzbar (Serie 6, Bild 44).", "de",
     [(6, 44, 44, True)]),
    ("Stable nodule (IM 71 SE 14 on the September study).", "en", [(14, 71, 71, True)]),
    ("Rundherd 8 mm (Se 9 Bi 61 im CT vom Juli).", "de", [(9, 61, 61, True)]),
])
def test_an_earlier_exam_named_in_the_clause_is_cited(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the post-/pre-operative exam is today's, or today's value is compared with it
    ("Postoperative Kontrolle nach Knie-TEP. Postoperativ regelrechte Lage der Prothese (Serie 3, Bild 42).", "de",
     [(3, 42, 42, False)]),
    ("Status post left hemicolectomy. Postoperative seroma 5 cm (series 6 image 41).", "en", [(6, 41, 41, False)]),
    ("Compared with the pre-operative MRI, the residual tumour now measures 7 mm (IM 22 SE 8).", "en",
     [(8, 22, 22, False)]),
    ("Screening-Mammographie heute: Herdbefund rechts oben außen (Serie 2, Schicht 33).", "de", [(2, 33, 33, False)]),
    ("Postoperative changes in the left lower lobe (IM 31 SE 4).", "en", [(4, 31, 31, False)]),
    ("Im Vergleich zur präoperativen CT größenregredient (Se 3, Bi 70).", "de", [(3, 70, 70, False)]),
    # an intervention's post-procedure scan is today's session
    ("CT-guided biopsy. No haematoma on the post-procedure scan (series 6 images 1-15).", "en", [(6, 1, 15, False)]),
    ("Postoperative Kontrolle. Postoperativ kein Pneumothorax nachweisbar (Serie 5, Bild 61).", "de",
     [(5, 61, 61, False)]),
    ("Verlaufskontrolle. Postoperativ regelrechte Lage der Schrauben (Serie 5, Bild 62).", "de", [(5, 62, 62, False)]),
    # the month in the bracket is today's exam's
    ("CT CHEST, September 7, 2026.\nStable nodule (IM 71 SE 14 on the September study).", "en",
     [(14, 71, 71, False)]),
])
def test_todays_exam_beside_a_peri_operative_word_stays_current(scorer: None, text: str, lang: str,
                                                                want: list) -> None:
    assert rows(text, lang) == want


def test_earlier_in_clause_needs_a_past_verb_for_the_bare_adverb() -> None:
    past = "Die Kollektion war postoperativ nicht abgrenzbar (Serie 4, Bild 51)."
    assert earlier_in_clause(past, past.index("(Serie"), 0) is True
    now = "Postoperativ regelrechte Lage (Serie 4, Bild 51)."
    assert earlier_in_clause(now, now.index("(Serie"), 0) is False
    after = "Auf der präoperativen CT (Se 3, Bi 77) maß der Herd 2 cm, heute Resektionshöhle (Se 4, Bi 80)."
    assert earlier_in_clause(after, after.index("(Se 4"), after.index(") maß") + 1) is False


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Voruntersuchung: CT 16.04.2026.\n- Läsion jetzt 10 mm (Se 4 Bi 90), im Frühjahr 8 mm (Se 4 Bi 92).", "de",
     [(4, 90, 90, False), (4, 92, 92, True)]),
    ("Comparison: MRI 21/07/2026.\n- Lesion 15 mm today (series 6 image 33), in the summer 12 mm (series 6 image 34).",
     "en", [(6, 33, 33, False), (6, 34, 34, True)]),
    ("Vergleich: MRI vom 14.10.2025.\n- Herd heute 9 mm (Se 5 Bi 14), im Herbst 7 mm (Se 5 Bi 13).", "de",
     [(5, 14, 14, False), (5, 13, 13, True)]),
    # a season no comparison exam has, a season before a now-word, an event in the season
    ("Vergleich: CT 16.04.2026.\n- Läsion jetzt 10 mm (Se 4 Bi 90), im Herbst Biopsie geplant.", "de",
     [(4, 90, 90, False)]),
    ("Vergleich: MRT vom 14.10.2025.\n- Im Sommer Radiatio; Herd heute 9 mm (Se 5 Bi 14).", "de",
     [(5, 14, 14, False)]),
    ("Comparison: CT 4/16/2026.\n- In the spring the lesion was treated, nodule 9 mm (se 4 im 100).", "en",
     [(4, 100, 100, False)]),
])
def test_a_season_of_a_listed_comparison_exam_labels_the_value_after_it(scorer: None, text: str, lang: str,
                                                                        want: list) -> None:
    assert rows(text, lang) == want


def test_comparison_season_needs_a_listed_exam_in_that_season() -> None:
    text = "Läsion 9 mm (Se 4 Bi 100), im Frühjahr 7 mm (Se 4 Bi 104)."
    anchor, floor = text.index("(Se 4 Bi 104"), text.index("), im") + 1
    assert comparison_season(text, anchor, floor, {(4, 15)}) is True
    assert comparison_season(text, anchor, floor, {(9, 2)}) is False
    assert comparison_season(text, anchor, floor, set()) is False
    # a day-first UK date is read as such (its month 7), a US date as before
    assert date_keys("20/07/2026") == {(7, 20)} and date_keys("7/20/2026") == {(7, 20)}


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Messläsionen (jeweils Sr. 11):\nLäsion | heute | VU1 | VU2\nLeber S6 | Img. 84 | Img. 81 | Img. 80\n"
     "LK iliakal | Img. 130 | Img. 127 | n.m.", "de",
     [(11, 84, 84, False), (11, 81, 81, True), (11, 80, 80, True), (11, 130, 130, False), (11, 127, 127, True)]),
    ("Target lesions, all on series 9:\nLesion | current | prior | baseline\nLiver 2 | im 31 | im 30 | im 28\n"
     "Node | im 52 | n.m. | im 50", "en",
     [(9, 31, 31, False), (9, 30, 30, True), (9, 28, 28, True), (9, 52, 52, False), (9, 50, 50, True)]),
    ("Zielläsionen (Serie 6), Spalten heute | VB2 | VB1:\n1. Leber rechts: Bi 44 | Bi 43 | Bi 41", "de",
     [(6, 44, 44, False), (6, 43, 43, True), (6, 41, 41, True)]),
    # a "nicht messbar" cell keeps the columns in place, first cell included
    ("Verlauf (alle Se 4):\nLäsion | heute | VU1 | VU2\nHerd | nicht messbar | Bi 22 | Bi 24", "de",
     [(4, 22, 22, True), (4, 24, 24, True)]),
    ("Verlauf (alle Se 4):\nLäsion | VU2 | VU1 | heute\nHerd | Bi 20 | n.m. | Bi 24", "de",
     [(4, 20, 20, True), (4, 24, 24, False)]),
])
def test_timepoint_columns_decide_the_prior_flag_and_the_caption_the_series(scorer: None, text: str, lang: str,
                                                                           want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # columns of two current series, one current column, sizes only
    ("Läsion | axial (Se 4) | koronar (Se 7)\nHerd | Bi 41 | Bi 23", "de", [(4, 41, 41, False), (7, 23, 23, False)]),
    ("Messungen (alle Serie 5):\nLäsion | heute\nHerd 1 | Bi 21\nHerd 2 | Bi 35", "de",
     [(5, 21, 21, False), (5, 35, 35, False)]),
    ("Verlauf (alle Serie 5):\nLäsion | heute | VU1 | VU2\nHerd 1 | 13 mm | 11 mm | 9 mm", "de", []),
    # the German preposition in running text and in a cell with a noun after it
    ("Herd im 5 Segment | im 5 mm Abstand", "de", []),
])
def test_current_columns_and_size_tables_stay_as_they_are(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_the_table_helpers() -> None:
    text = "Läsion | axial (Se 3) | koronar (Se 6)\nHerd | Bi 40 | Bi 22"
    assert column_series(text, text.index("Bi 40")) == 3 and column_series(text, text.index("Bi 22")) == 6
    assert column_series("Herd | Bi 40", 7) is None  # no header line above
    assert [n for _, n in series_mentions("Messläsionen (jeweils Sr. 13): Bild 4")] == [13]
    assert series_mentions("Sr. Maria, Station 4") == []
    assert [(r.images, r.form) for r in scan_ref_spans("Node | im 45 | im 44")] == [(((45, 45),), "io"),
                                                                                    (((44, 44),), "io")]
    assert scan_ref_spans("Node im 45.") == []
    assert "imm" in ABBREVIATIONS


def test_dev16ac_is_measured_never_trained_on() -> None:
    assert len(load_set("tests.curation.snippets.dev16ac")) == 68
    assert load_set("tests.curation.snippets.dev16ac", trained_only=True) == []
    assert len(load_set("tests.curation.snippets.dev16ab", trained_only=True)) == 98  # its BATCH4 (12) left out


def test_bar_header_kinds_line_up_with_row_cells() -> None:
    from curation.snippets.timepoints import _bar_kinds

    assert _bar_kinds("Läsion | heute | VU1 | VU2") == [None, "now", "prior", "prior"]
    assert _bar_kinds("Läsion | axial (Se 3) | koronar (Se 6)") is None  # no timepoint
    assert _bar_kinds("Läsion | heute") is None  # no earlier column
