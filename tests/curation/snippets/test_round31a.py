"""Round 31a (refs-fix31a): tables' image columns, series keys and list headings give bare citations their series and
study once (`column_cells.py`, `series_legend.py`, `bullet_images.py`); look-alikes stay unmined."""

from __future__ import annotations

from curation.snippets.bullet_images import bullet_image_refs
from curation.snippets.column_cells import column_cell_refs
from curation.snippets.mine import mine_refs
from curation.snippets.series_legend import legend_refs
from tests.curation.snippets.dev16ah import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6
from tests.curation.snippets.test_dev16c import score_dev


def _keys(text: str, lang: str = "de") -> list[tuple[int | None, int, int, bool]]:
    return sorted(
        (r.series if r.series is not None else r.context_series, r.image_start, r.image_end, r.prior_study)
        for r in mine_refs(text, lang, include_prior=True)
    )


def _cells(text: str) -> list[tuple[int | None, tuple[tuple[int, int], ...], bool]]:
    return [(r.series, r.images, r.prior) for r in column_cell_refs(text)[0]]


# --- column_cells: positive ---------------------------------------------------------------------------------------


def test_image_column_under_a_caption_series() -> None:
    text = (
        "Lymphome, alle Werte Serie 7\nRegion | heute Bild | SUV vorher/jetzt\nhilär rechts | 58 | 8,1/2,0\n"
        "Milz | 133 | 5,0/1,7"
    )
    assert _cells(text) == [(7, ((58, 58),), False), (7, ((133, 133),), False)]
    assert _keys(text) == [(7, 58, 58, False), (7, 133, 133, False)]


def test_header_cell_series_lists_ranges_and_positions() -> None:
    text = (
        "Knoten | Größe | Bilder (1201 / 1402)\nK1 | 14 mm | 27 / 29\n\n"
        "Herd | Bild (Se 803) | Länge\nH1 | 40, 44 | 3 cm\nH2 | 61–64 | 2 cm"
    )
    assert _keys(text) == [
        (803, 40, 40, False),
        (803, 44, 44, False),
        (803, 61, 64, False),
        (1201, 27, 27, False),
        (1402, 29, 29, False),
    ]


def test_pair_columns_with_timepoints_declared_by_caption() -> None:
    text = (
        "Rundherde (Se/Im):\nHerd | Lappen | 2023 | heute | Größe (mm)\n1 | OL re | 4/88 | 4/91 | 6 / 8\n"
        "2 | UL li | 4/203 | 4/207 | 9 / 12"
    )
    assert _keys(text) == [(4, 88, 88, True), (4, 91, 91, False), (4, 203, 203, True), (4, 207, 207, False)]


def test_space_aligned_table_with_series_per_timepoint() -> None:
    text = (
        "PET/CT, fused series 701; prior PET 03/2025 fused series 702.\n"
        "Site         Current   Prior     SUVmax\n"
        "Node 7       701:64    702:66    5.1/9.9\n"
        "Left adrenal 701:118   702:121   2.2/4.0"
    )
    assert _keys(text, "en") == [
        (701, 64, 64, False),
        (701, 118, 118, False),
        (702, 66, 66, True),
        (702, 121, 121, True),
    ]


def test_series_named_per_column_and_outside_study() -> None:
    text = "Befund | unser CT (Serie 4) | auswärtiges CT (Serie 6)\nNierentumor links | Bild 71 | Bild 29"
    assert _keys(text) == [(4, 71, 71, False), (6, 29, 29, True)]


def test_row_labels_give_the_study() -> None:
    text = "Zeitpunkt | Bild | Größe\n2022 | 5/41 | 16 mm\nheute | 5/44 | 17 mm\n\nNachweis vgl. Serie 5."
    assert _cells(text) == []  # no caption names series 5 above the table: the pairs stay the grammar's
    text = (
        "Nebenniere. Voraufnahme 2022 (Se 5); heute Se 5.\nZeitpunkt | Bild | Größe\n2022 | 5/41 | 16 mm\n"
        "heute | 5/44 | 17 mm"
    )
    assert _cells(text) == [(5, ((41, 41),), True), (5, ((44, 44),), False)]


def test_images_without_series_where_the_caption_names_none() -> None:
    text = "Sono Leiste, Bilder ohne Serie.\nLK | Achse | Bild\nLK inguinal re | 8 mm | 12, 13"
    assert _cells(text) == [(None, ((12, 12),), False), (None, ((13, 13),), False)]


# --- column_cells: negative ---------------------------------------------------------------------------------------


def test_tables_without_image_columns_give_nothing() -> None:
    for text in (
        "| Nr | Läsion | Baseline | aktuell |\n| 1 | Leber S6 | 41 mm | 29 mm |\n| 2 | LK | 24 mm | 15 mm |",
        "Region     Volume (ml)   Mean HU\nLeft lobe  612           54\nRight lobe 1140          58",
        "Level   Canal (mm)   Foramina\nL3/4    12           patent\nL4/5    8            narrowed",
        "Segment | Läsionen | größte (mm)\nII | 2 | 14\nVI | 3 | 22",
    ):
        assert column_cell_refs(text) == ([], [])
        assert _keys(text) == []


def test_value_columns_stay_unread_beside_an_image_column() -> None:
    text = "Knoten (Se/Im):\nKnoten | 2024 | heute | Größe (mm)\n1 | 3/70 | 3/72 | 8 / 10"
    assert _keys(text, "en") == [(3, 70, 70, True), (3, 72, 72, False)]  # "8 / 10" under "Größe" is no citation


def test_a_series_column_table_is_left_to_table_refs() -> None:
    text = "Serien: siehe unten, Serie 9\n| Serie | Bild | Befund |\n| 4 | 38 | Rundherd |"
    assert column_cell_refs(text) == ([], [])
    assert _keys(text) == [(4, 38, 38, False)]


def test_anatomy_word_extern_is_no_outside_study() -> None:
    text = "Befund   Serie/Bild   Größe\nLK iliakal extern re   8/140   13 mm\nLK inguinal   8/182   10 mm"
    assert _keys(text) == [(8, 140, 140, False), (8, 182, 182, False)]


def test_one_line_text_is_not_split() -> None:
    assert column_cell_refs("Rundherd  OL  rechts | Bild 40 | 8 mm") == ([], [])


# --- series_legend --------------------------------------------------------------------------------------------------


def test_legend_pairs_and_named_images() -> None:
    text = (
        "MRT HWS. Serien: 4 = T2 sagittal, 7 = T2 axial, 9 = STIR koronar.\n"
        "1) Diskusprotrusion HWK 5/6 (4/11, 7/31).\n2) Ödem im Dornfortsatz (STIR Bild 14)."
    )
    pairs, named = legend_refs(text)
    assert [(r.series, r.images) for r in pairs] == [(4, ((11, 11),)), (7, ((31, 31),))]
    assert [(r.series, r.images) for r in named] == [(9, ((14, 14),))]
    assert _keys(text) == [(4, 11, 11, False), (7, 31, 31, False), (9, 14, 14, False)]


def test_legend_pair_after_a_prior_word_is_the_earlier_study() -> None:
    text = "Serien: 2 = T2 sag, 5 = T1 sag.\nHämangiom BWK 9, unverändert (2/14; VU 2/13)."
    pairs, _ = legend_refs(text)
    assert [(r.series, r.images, r.prior) for r in pairs] == [(2, ((14, 14),), False), (2, ((13, 13),), True)]


def test_legend_look_alikes() -> None:
    # a key that nothing cites below; a level and a date after a key; one series is no key
    assert legend_refs("Serien: 3 = FLAIR axial, 5 = T1 KM axial, 8 = DWI. Keine Auffälligkeiten.") == ([], [])
    assert legend_refs("Serien: 3 = T2 sag, 4 = T1 sag.\nProtrusion LWK 3/4, Kontrolle 4/2026.") == ([], [])
    assert legend_refs("Serie 5 = CT venös.\nHerd (5/40).") == ([], [])
    assert legend_refs("Serien: 3 = axial, 4 = koronar.\nHerd (8/40), Bild 12 ohne Befund.") == ([], [])


# --- bullet_images: list headings ----------------------------------------------------------------------------------


def test_lower_case_im_and_hash_pairs_under_a_series_heading() -> None:
    text = "Findings (series 5, axial):\n• Left renal calculus, 4 mm – im 71\n• Hydroureter – im 80-86\n1) Node – im 92"
    assert [(r.start, r.images) for r in bullet_image_refs(text)] == [
        (text.index("im 71"), ((71, 71),)),
        (text.index("im 80"), ((80, 86),)),
        (text.index("im 92"), ((92, 92),)),
    ]
    text = "Befunde, Serie 6:\n• Embolie links – #51/6, #57/6\n• Erguss – #90/3"
    assert [r.images for r in bullet_image_refs(text)] == [((51, 51),), ((57, 57),)]


def test_lower_case_im_as_a_german_word_stays() -> None:
    text = "Befund (Serie 5):\n- Zyste im 3. Segment\n- Herd im Unterlappen, 8 mm\n- Erguss: im 12 mm breiten Saum"
    assert [r.images for r in bullet_image_refs(text)] == []


def test_a_first_line_that_cites_is_no_header() -> None:
    text = "Serie 4 | Adenom links | Bild 40\nSerie 5 | Zyste rechts | Bild 58"
    assert column_cell_refs(text) == ([], [])
    assert [r.snippet for r in mine_refs(text, "de", include_prior=True)] == ["Adenom links", "Zyste rechts"]


def test_dev16ah_figures() -> None:
    # measured on the branch start (2a14d81): tp 36 fp 6 fn 22; after round 31a's fixes: 57 / 0 / 1 (the one miss: a
    # key's "3/120" at a sentence end without a bracket or lead, left to the grammar's slash rules)
    s = score_dev(BATCH1 + BATCH2 + BATCH3 + BATCH4 + BATCH5 + BATCH6)
    assert (s.tp, s.fp, s.fn) == (57, 0, 1)
    assert s.exact >= 49


def test_a_caption_split_inside_a_bracket_or_spaced_prose_is_no_table() -> None:
    text = (
        "Messläsionen (heute Se/Bi | VU 02/2025 Se/Bi):\n1) Leber S6, 19 mm Se 4/Bi 51 | Se 4/Bi 48.\n"
        "2) Milz, 9 mm Se 4/Bi 80 | Se 4/Bi 77."
    )
    assert column_cell_refs(text) == ([], [])
    # an HTML export's non-breaking spaces as runs of spaces: prose, not columns
    text = "Herd im Oberlappen (Serie      4, Bild      87), 7      mm.\nZyste Segment 7 (Se      6      Bi      44)."
    assert column_cell_refs(text) == ([], [])
    assert _keys(text) == [(4, 87, 87, False), (6, 44, 44, False)]
