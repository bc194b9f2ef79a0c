"""Issue 16, mend of round 28a: the review's 40 NEW wrong rows (probes the session-start base read right and round
28a read wrong), each as a case that holds with the learned decision and with the grammar alone (`scorer`), beside the
look-alikes that must keep their earlier-exam flag. Probe texts from /tmp/refs-review28a (invented reports, not from
any held-out set)."""

from __future__ import annotations

import pytest

from curation.snippets.prior_preface import earlier_in_clause, preface_prior
from curation.snippets.refscore.candidates import generated
from curation.snippets.study_past import comparison_season
from curation.snippets.timepoints import image_or_timepoint_column, preposition_cell
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a comparison head introduces today's findings: the course in words no list holds, a present-tense description
        ("Vergleich mit CT vom 01.03.2026: Herd hat zugenommen, 12 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
        ("Vergleich mit CT vom 01.03.2026: Herd vergrößert auf 12 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
        ("Vergleich mit CT vom 01.03.2026: Herd verkleinert, 7 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
        (
            "Vergleich mit CT vom 01.03.2026: Metastasen teilweise rückgebildet, größte 8 mm (Serie 4, Bild 30).",
            "de",
            [(4, 30, 30, False)],
        ),
        (
            "Comparison with CT 01/03/2026: Mild growth of the nodule, 12 mm (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        (
            "Comparison with CT 01/03/2026: The nodule has doubled in size, 12 mm (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        ("Comparison with CT 01/03/2026: Nodule grows, 12 mm (series 3, image 40).", "en", [(3, 40, 40, False)]),
        (
            "Vergleich mit CT vom 01.03.2026: Wachstum des Herdes auf 12 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
        (
            "Vergleich mit MRT vom 01.03.2026: Zwischenzeitlich Tumorprogress, 4 cm (Serie 3, Bild 50).",
            "de",
            [(3, 50, 50, False)],
        ),
        (
            "Comparison with CT 01/03/2026: The nodule has shrunk to 5 mm (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        (
            "Vergleich mit der VU vom 01.03.2026: Der bekannte Herd misst 9 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
        (
            "Vergleich mit CT vom 01.03.2026: Vorbekannter Herd rechts 9 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
        (
            "Vergleich mit CT vom 01.03.2026: Partielle Remission, Herd 7 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
        (
            "Vergleich mit CT vom 01.03.2026: Gute Rückbildung der Lymphome, größtes 10 mm (Serie 2, Bild 55).",
            "de",
            [(2, 55, 55, False)],
        ),
        (
            "Comparison with CT 01/03/2026: Partial response, target lesion 7 mm (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        (
            "Comparison with CT 01/03/2026: Worsening consolidation in the right lower lobe (series 3, image 80).",
            "en",
            [(3, 80, 80, False)],
        ),
        (
            "Comparison with CT 01/03/2026: Improved aeration, residual opacity (series 3, image 80).",
            "en",
            [(3, 80, 80, False)],
        ),
        ("Comparison with CT 01/03/2026: Redemonstrated 9 mm nodule (series 3, image 40).", "en", [(3, 40, 40, False)]),
        (
            "Comparison with CT 01/03/2026: Again seen is a 9 mm nodule (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        (
            "Comparison with CT 01/03/2026: The known nodule measures 9 mm (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        ("Vergleich mit CT vom 01.03.2026: Weiterhin Herd 9 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
        ("Vergleich mit CT vom 01.03.2026: Erneut Herd 9 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
        ("Vergleich mit CT vom 01.03.2026: Herd wächst, 12 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
        ("Comparison with outside MRI: lesion enhances avidly (series 11, image 45).", "en", [(11, 45, 45, False)]),
        ("Comparison with CT 01/03/2026: there is a new 9 mm nodule (series 3, image 40).", "en", [(3, 40, 40, False)]),
        # the preface's reach ends at ";"
        (
            "Vorbefunde: CT vom 01.03.2026 und MRT vom 01.05.2026; Herd 9 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
    ],
)
def test_a_comparison_head_introduces_todays_findings(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the clause places the finding on the earlier exam: "dort", "damals", "there", "at that time", a past verb
        ("Vergleich mit CT vom 01.03.2026: dort Herd 9 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, True)]),
        ("Vergleich mit CT vom 01.03.2026: Herd seinerzeit 9 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, True)]),
        ("Vergleich mit CT vom 01.03.2026: Der Herd maß 9 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, True)]),
        (
            "Comparison with CT 01/03/2026: at that time the nodule was 9 mm (series 3, image 40).",
            "en",
            [(3, 40, 40, True)],
        ),
        (
            "Comparison with CT 01/03/2026: the nodule measured 9 mm there (series 3, image 40).",
            "en",
            [(3, 40, 40, True)],
        ),
        ("Comparison with CT 01/03/2026: on that study nodule 9 mm (series 3, image 40).", "en", [(3, 40, 40, True)]),
        # a now-word before a value later in the sentence dates the first value earlier
        (
            "Vergleich mit CT vom 01.03.2026: Herd 7 mm (Serie 5, Bild 41), jetzt 10 mm (Serie 6, Bild 44).",
            "de",
            [(5, 41, 41, True), (6, 44, 44, False)],
        ),
        # a head that names only an earlier exam needs no signal
        ("Vorbefund: Herd 9 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, True)]),
        ("Outside CT 01/03/2026 reviewed: nodule 9 mm (series 3, image 40).", "en", [(3, 40, 40, True)]),
        ("PRE-PROCEDURE IMAGING: MRI 3/4/2026: lesion 18 mm (series 6, image 41).", "en", [(6, 41, 41, True)]),
        (
            "Vorbefunde: CT vom 01.03.2026 und MRT vom 01.05.2026: Herd 9 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, True)],
        ),
    ],
)
def test_an_earlier_exam_signal_or_label_keeps_the_flag(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_preface_prior_needs_a_signal_after_a_comparison_head() -> None:
    bare = "Vergleich mit CT vom 01.03.2026: Herd 9 mm (Serie 3, Bild 40)."
    assert preface_prior(bare, bare.index("(Serie")) is False
    there = "Vergleich mit CT vom 01.03.2026: dort Herd 9 mm (Serie 3, Bild 40)."
    assert preface_prior(there, there.index("(Serie")) is True
    label = "Vorbefund: Herd 9 mm (Serie 3, Bild 40)."
    assert preface_prior(label, label.index("(Serie")) is True
    semi = "Vorbefund: CT vom 01.03.2026; Herd 9 mm (Serie 3, Bild 40)."
    assert preface_prior(semi, semi.index("(Serie")) is False
    course = "Vergleich mit CT vom 01.03.2026: Herd 7 mm (Serie 5, Bild 41), jetzt größenprogredient."
    assert preface_prior(course, course.index("(Serie")) is False  # "jetzt" before no value


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # today's exam is itself the post-operative / screening exam its heading names
        (
            "Post-operative CT day 1 after colectomy. On the post-operative CT, fluid collection 4 cm "
            "(series 3, image 60).",
            "en",
            [(3, 60, 60, False)],
        ),
        (
            "Screening mammogram. On the screening mammogram there is a new mass (series 2, image 14).",
            "en",
            [(2, 14, 14, False)],
        ),
        (
            "Screening-Mammographie. In der Screening-Mammographie Herdbefund 8 mm (Serie 2, Bild 14).",
            "de",
            [(2, 14, 14, False)],
        ),
        (
            "Low-dose screening CT. Findings on the screening CT: 6 mm nodule (series 3, image 120).",
            "en",
            [(3, 120, 120, False)],
        ),
        (
            "Post-operative MRI of the knee. On the post-operative MRI the graft is intact (series 4, image 12).",
            "en",
            [(4, 12, 12, False)],
        ),
        (
            "Postoperative CT nach Hemikolektomie. In der postoperativen CT Serom 3 cm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
        (
            "Postoperative CT. Fluid collection seen on the postoperative scan (series 3, image 60).",
            "en",
            [(3, 60, 60, False)],
        ),
        # the past verb is the surgery's; a present state after "postoperativ"
        (
            "Patient was operated yesterday, postoperatively small seroma (series 3, image 40).",
            "en",
            [(3, 40, 40, False)],
        ),
        (
            "Verlaufskontrolle nach Lobektomie. Thoraxdrainage postoperativ noch vorhanden (Serie 2, Bild 30).",
            "de",
            [(2, 30, 30, False)],
        ),
    ],
)
def test_todays_post_operative_or_screening_exam_stays_current(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a follow-up report's post-operative / screening exam is an earlier one; a heading of another occasion
        (
            "Follow-up CT. On the post-operative CT the collection was 4 cm (series 3, image 60).",
            "en",
            [(3, 60, 60, True)],
        ),
        (
            "Screening mammogram. On the post-operative CT there was a seroma (series 3, image 60).",
            "en",
            [(3, 60, 60, True)],
        ),
        (
            "Diagnostische Mammographie. In der Screening-Mammographie bereits angedeutet (Serie 2, Bild 14).",
            "de",
            [(2, 14, 14, True)],
        ),
        (
            "Verlaufskontrolle. Das Serom war postoperativ nicht abgrenzbar (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, True)],
        ),
        (
            "Verlaufskontrolle nach Whipple. Postoperativ noch nicht abgrenzbar (Serie 6, Bild 44).",
            "de",
            [(6, 44, 44, True)],
        ),
    ],
)
def test_an_earlier_post_operative_or_screening_exam_keeps_the_flag(
    scorer: None, text: str, lang: str, want: list
) -> None:
    assert rows(text, lang) == want


def test_earlier_in_clause_reads_the_heading_and_the_verbs_part() -> None:
    own = "Postoperative CT. Fluid collection seen on the postoperative scan (series 3, image 60)."
    assert earlier_in_clause(own, own.index("(series"), 0) is False
    later = "Follow-up CT. Fluid collection seen on the postoperative scan (series 3, image 60)."
    assert earlier_in_clause(later, later.index("(series"), 0) is True
    first = "On the post-operative CT, fluid collection 4 cm (series 3, image 60)."  # no heading before it
    assert earlier_in_clause(first, first.index("(series"), 0) is True
    surgery = "OP war gestern, postoperativ kleines Serom 3 cm (Serie 3, Bild 40)."
    assert earlier_in_clause(surgery, surgery.index("(Serie"), 0) is False


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a season that dates an event decides nothing
        (
            "Comparison: CT 10/15/2026.\nInjured in the fall, rib fracture (series 4, image 20).",
            "en",
            [(4, 20, 20, False)],
        ),
        (
            "Voruntersuchung: CT 15.07.2026.\nIm Sommer bioptisch gesicherter Herd, 9 mm (Serie 3, Bild 40).",
            "de",
            [(3, 40, 40, False)],
        ),
        # ... a season before a measured value or naming the exam is the listed exam's
        (
            "Voruntersuchung: CT 15.07.2026.\nHerd heute 12 mm (Se 3 Bi 42), im Sommer 9 mm (Se 3 Bi 40).",
            "de",
            [(3, 42, 42, False), (3, 40, 40, True)],
        ),
        (
            "Comparison: CT 07/20/2026.\nIn the summer CT, the nodule measured 7 mm (series 3, image 38).",
            "en",
            [(3, 38, 38, True)],
        ),
    ],
)
def test_a_season_labels_a_value_not_an_event(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_comparison_season_needs_a_value_after_the_season() -> None:
    event = "Im Sommer bioptisch gesicherter Herd, 9 mm (Serie 3, Bild 40)."
    assert comparison_season(event, event.index("(Serie"), 0, {(7, 15)}) is False
    value = "Herd 12 mm, im Sommer 9 mm (Serie 3, Bild 40)."
    assert comparison_season(value, value.index("(Serie"), 0, {(7, 15)}) is True


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # "| im N |" under a location column is the preposition
        ("Läsion | Segment | Bild\nHerd 1 | im 7 | Se 3 Bi 40", "de", [(3, 40, 40, False)]),
        ("Rippe | Lage | Bild\nFraktur 1 | im 4 | Se 4 Bi 40", "de", [(4, 40, 40, False)]),
        ("Herd | ICR | Bild\n1 | im 5 | Se 3 Bi 22", "de", [(3, 22, 22, False)]),
        ("Läsion | Lokalisation | Größe\nHerd 1 | im 7 | 9 mm (Se 3 Bi 40)", "de", [(3, 40, 40, False)]),
        ("Herd | Befund\n1 | im 7", "de", []),  # no image or timepoint header
        # ... under an image or a timepoint column it is the image word
        ("Läsion | Größe | Bild\nHerd 1 | 9 mm | im 22", "de", [(None, 22, 22, False)]),
        (
            "Verlauf (alle Se 4):\nLäsion | heute | VU1\nHerd | im 40 | im 38",
            "de",
            [(4, 40, 40, False), (4, 38, 38, True)],
        ),
    ],
)
def test_a_lone_im_cell_is_an_image_only_under_an_image_or_timepoint_column(
    scorer: None, text: str, lang: str, want: list
) -> None:
    assert rows(text, lang) == want


def test_the_column_header_helpers() -> None:
    text = "Läsion | Segment | heute\nHerd | im 7 | im 40"
    assert image_or_timepoint_column(text, text.index("im 7")) is False
    assert image_or_timepoint_column(text, text.index("im 40")) is True
    assert preposition_cell(text, text.index("im 7")) is True
    assert preposition_cell(text, text.index("im 40")) is False
    assert preposition_cell("Herd im 7 mm", 5) is False  # running text: no cell


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a one-letter "S" after an organ word is a segment
        ("Leber S6 | Img. 84", [("xim", None)]),
        ("liver S 8 image 40", [("xim", None)]),
        ("Lunge re. S6/Bild 12", [("xim", None)]),
        ("UL S6 Bild 12", [("xim", None)]),
        # ... elsewhere it stays a series word
        ("Herd S6 I84", [("xsi", 6), ("xim", None)]),
        ("Leber: Herd Se 4 Bild 22", [("xsi", 4), ("xim", None)]),
    ],
)
def test_an_organ_segment_is_no_series_candidate(text: str, want: list) -> None:
    assert [(r.form, r.series) for r in generated(text, 0, len(text))] == want


def test_a_liver_segment_in_a_timepoint_table_keeps_the_captions_series(scorer: None) -> None:
    text = (
        "Messläsionen (jeweils Sr. 11):\nLäsion | heute | VU1\nLeber S6 | Img. 84 | Img. 81\n"
        "Lunge Segment 6 | Img. 40 | Img. 38"
    )
    assert rows(text, "de") == [(11, 84, 84, False), (11, 81, 81, True), (11, 40, 40, False), (11, 38, 38, True)]
