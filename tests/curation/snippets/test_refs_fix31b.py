"""Round 31b (refs-fix31b): the non-structural classes of the retired refs sets AH and AI, each with the look-alikes
that must stay as they are: bare pairs under a series legend (`declared_series.py`), the English "im" item, named
earlier exams (MRCP, mammography), a dated exam heading a value part, a year in a comparison label, and "Sér." as no
sentence end."""

from __future__ import annotations

from curation.snippets.grammar import RefSpan
from curation.snippets.mine import mine_refs, sentence_bounds
from curation.snippets.series_legend import declared_series, legend_refs


def _pairs(text: str) -> list[RefSpan]:
    """The bare pairs the text's series key makes readable (refs-legend31: `series_legend`, round 31b's
    `declared_pair_refs` merged into it)."""
    return legend_refs(text)[0]


def _refs(text: str, lang: str = "de") -> list[tuple[int | None, int, int, bool]]:
    return [
        (r.series_used, r.image_start, r.image_end, r.prior_study) for r in mine_refs(text, lang, include_prior=True)
    ]


# --- series legends and their bare pairs ----------------------------------------------------------------------------


def test_legend_lines_declare_their_series() -> None:
    assert declared_series("MRT LWS. Serien: 2 = T2 sag, 3 = T1 sag, 6 = T2 tra.") == {2, 3, 6}
    assert declared_series("Serie 3 = PD fs kor, Serie 4 = PD fs sag, Serie 6 = T1 kor") == {3, 4, 6}
    assert declared_series("CTA; series 3 = axial source, series 401 = coronal MIP.") == {3, 401}
    # no series word on the line, or no word after "=": nothing declared
    assert declared_series("Score 4 = hoch, n = 12 Patienten") == frozenset()
    assert declared_series("Serie 3: 3 = 45 mm") == frozenset()
    assert declared_series("Keine Legende (2/9).") == frozenset()


def test_bare_pairs_of_declared_series_are_read() -> None:
    text = (
        "MRT HWS. Serien: 2 = T2 sag, 4 = T1 sag, 7 = T2 tra.\n1) Bandscheibenvorfall C5/6 links (2/9, 7/30).\n"
        "2) Uncovertebralarthrose C6/7 (4/8)."
    )
    assert _refs(text) == [(2, 9, 9, False), (7, 30, 30, False), (4, 8, 8, False)]
    spaced = "Serie 3 = PD fs kor, Serie 5 = PD fs sag.\nPartialruptur Supraspinatussehne (3 / 16, 5 / 9)"
    assert _refs(spaced) == [(3, 16, 16, False), (5, 9, 9, False)]


def test_bare_pairs_without_a_declared_series_stay_unread() -> None:
    assert _refs("Bandscheibenvorfall C5/6 links (2/9, 7/30).") == []  # no legend
    # a first number the legend does not declare, a score, a level, a year
    legend = "Serien: 2 = T2 sag, 6 = T2 tra.\n"
    assert _pairs(legend + "Verkalkte Knoten (3/5).") == []
    assert _pairs(legend + "PI-RADS Score (2/5).") == []
    assert _pairs(legend + "Spondylolisthese (L4/5) und Voroperation (2/2024).") == []
    assert _pairs(legend + "Knoten (2 von 6) verkalkt.") == []


# --- the English "im" item -------------------------------------------------------------------------------------------


def test_im_items_after_a_dash_or_column_gap() -> None:
    text = (
        "CT urogram.\nFindings (series 3, axial 1.25 mm):\n• Left distal ureteric stone, 5 mm – im 48\n"
        "• Left hydroureter – im 70-76\n• Right renal calculi – im 81, 84, 90"
    )
    assert _refs(text, "en") == [
        (3, 48, 48, False),
        (3, 70, 76, False),
        (3, 81, 81, False),
        (3, 84, 84, False),
        (3, 90, 90, False),
    ]
    column = "Metastases (series 20)\nM1           VII       im 30           18 mm\n"
    assert _refs(column, "en") == [(20, 30, 30, False)]


def test_german_im_stays_a_preposition() -> None:
    assert _refs("Serie 4 axial. Im 3. Zyklus Teilremission, im 12 Uhr-Bereich kein Herd.") == []
    assert _refs("Serie 4 axial. Herd im 5 mm Abstand zur Pleura – im 4 Segment unauffällig.") == []
    assert _refs("Serie 4 axial. Zyste im 3. Segment – im 2 Fällen.") == []


# --- named earlier exams ---------------------------------------------------------------------------------------------


def test_named_modalities_are_earlier_exams() -> None:
    assert _refs("The cyst measures 22 mm (Se 5/Im 61). Earlier: 18 mm on the MRCP of 06/2025 (Se 9/Im 12).", "en") == [
        (5, 61, 61, False),
        (9, 12, 12, True),
    ]
    assert _refs(
        "Herd links 9 mm, Se 1102 Bi 64. In der Mammographie vom 12.01.2026 entsprach dem ein Herdschatten (Bild 3)."
    ) == [(1102, 64, 64, False), (None, 3, 3, True)]
    # the modality as today's exam, also with its date and an own word
    assert _refs("MRCP: Gangerweiterung auf 9 mm (Se 9/Im 12).") == [(9, 12, 12, False)]
    assert _refs(
        "Zyste 24 mm (CT extern, Serie 4 Bild 66); in unserer MRCP vom 03.10.2025 26 mm ohne Knoten "
        "(Serie 12, Bild 21)."
    ) == [(4, 66, 66, True), (12, 21, 21, False)]


def test_a_dated_exam_heads_its_value_part() -> None:
    assert _refs(
        "Der Rundherd misst aktuell 13 mm (Se 3 Bi 95), im PET-CT 09/2025 10 mm mit SUVmax 3,1 "
        "(Se 5 Bi 201), im CT 02/2025 8 mm."
    ) == [(3, 95, 95, False), (5, 201, 201, True)]
    assert _refs(
        "Leberläsion 17 mm Sér. 4, image 55, welche war im letzten CT vom 3.6.2026 noch 11 mm Sér. 3, image 51."
    ) == [(4, 55, 55, False), (3, 51, 51, True)]


def test_an_exam_part_without_a_date_or_with_a_now_word_stays_today() -> None:
    assert _refs("Der Rundherd misst 13 mm (Se 3 Bi 95), im CT 12 mm im Weichteilfenster (Se 5 Bi 40).") == [
        (3, 95, 95, False),
        (5, 40, 40, False),
    ]
    assert _refs("Herd 13 mm (Se 3 Bi 95), im CT vom 09.12.2026 heute 12 mm (Se 5 Bi 40).") == [
        (3, 95, 95, False),
        (5, 40, 40, False),
    ]


def test_a_year_in_a_comparison_label() -> None:
    assert _refs(
        "Supine: reticulation [S4 I165]. Comparison 2022 CT: less extensive reticulation [S3 I178].", "en"
    ) == [(4, 165, 165, False), (3, 178, 178, True)]
    assert _refs("Comparison with 2022 CT: the reticulation has progressed [S3 I178].", "en") == [(3, 178, 178, False)]


# --- "Sér." ends no sentence ------------------------------------------------------------------------------------------


def test_french_series_abbreviation_ends_no_sentence() -> None:
    text = (
        "Nodule de 14 mm, Sér. 2, image 33. Dans l'examen précédent (2023) le nodule mesurait 10 mm, Sér. 4, image 30."
    )
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Nodule de 14 mm, Sér. 2, image 33.",
        "Dans l'examen précédent (2023) le nodule mesurait 10 mm, Sér. 4, image 30.",
    ]
    assert _refs(text) == [(2, 33, 33, False), (4, 30, 30, True)]
    other = "Kyste rénal. Sér. 5 sans lésion. Foie normal."
    assert [other[a:b] for a, b in sentence_bounds(other)] == ["Kyste rénal.", "Sér. 5 sans lésion.", "Foie normal."]


# --- two comma items closing their line ------------------------------------------------------------------------------


def test_two_items_closing_their_line_or_cell_are_a_list() -> None:
    text = (
        "Serie 4 (axial venös):\n- Leberzyste: Bild 33\n- Nebennierenadenom links, 8 HU nativ: Bild 58, 61\n"
        "- Divertikel: Bild 120"
    )
    assert _refs(text) == [(4, 33, 33, False), (4, 58, 58, False), (4, 61, 61, False), (4, 120, 120, False)]
    assert _refs("Knoten | Bild\nK1 | Bild 7, 8\nK2 | Bild 12\n") == [
        (None, 7, 7, False),
        (None, 8, 8, False),
        (None, 12, 12, False),
    ]


def test_a_second_number_that_goes_on_is_no_item() -> None:
    assert _refs("Serie 4: Herd Bild 12, 5 mm\n") == [(4, 12, 12, False)]  # a size
    assert _refs("Serie 4: Herd Bild 12, 2023\n") == [(4, 12, 12, False)]  # a year
    assert _refs("Serie 4: Herd Bild 58, 61 Jahre\n") == [(4, 58, 58, False)]  # words follow
    assert _refs("Serie 4: Herd Bild 58, 61. Zweiter Herd.") == [(4, 58, 58, False)]  # no line end
