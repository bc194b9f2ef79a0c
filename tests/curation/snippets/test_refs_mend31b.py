"""Mend of round 31b (refs-mend31b): every NEW wrong row of the review of round 31b, with the study expected, under
the learned decision AND the grammar alone: declared-series look-alikes and their earlier-exam citations, the "im"
item's years / doses / German prepositions, two line-end items that do not go up, and a finding absent or new on a
dated earlier exam."""

from __future__ import annotations

import pytest

from curation.snippets.grammar import RefSpan
from curation.snippets.mine import mine_refs
from curation.snippets.refscore.decide import packaged_model, using
from curation.snippets.series_legend import legend_refs

Row = tuple[int | None, int, int, bool]

_LEGEND = "Serien: 2 = T2 sag, 3 = T1 sag, 4 = STIR sag, 6 = T2 tra.\n"


@pytest.fixture(params=["model", "grammar"])
def scorer(request: pytest.FixtureRequest):
    with using(packaged_model() if request.param == "model" else None):
        yield request.param


def _pairs(text: str) -> list[RefSpan]:
    """The bare pairs the text's series key makes readable (refs-legend31: `series_legend`, round 31b's
    `declared_pair_refs` merged into it)."""
    return legend_refs(text)[0]


def _refs(text: str, lang: str = "de") -> list[Row]:
    return [
        (r.series_used, r.image_start, r.image_end, r.prior_study) for r in mine_refs(text, lang, include_prior=True)
    ]


# --- 1. declared-series bare pairs: fraction / date / count look-alikes ----------------------------------------------

_LOOKALIKES = [
    "Verkalkte Lymphknoten (3/5) verkalkt, übrige unauffällig.",
    "Höhenminderung BWK 8 um (2/3).",
    "RR 130/80 mmHg. Gleason (3/4). Befund (4/4) Kriterien erfüllt.",
    "Klinische Angabe: Unfall (2/9). Verlaufskontrolle.",
    "Befund unverändert zur Voruntersuchung (6/2).",
    "Tumorinfiltration von (3/4) der Zirkumferenz.",
    "Nachweis in (2/6) Proben positiv.",
    "Kompression (3/4) des Spinalkanals.",
    "Wirbelkörperhöhe (2/3 ) erhalten.",
]


@pytest.mark.parametrize("finding", _LOOKALIKES)
def test_lone_small_pairs_under_a_legend_are_no_citation(scorer: str, finding: str) -> None:
    assert _refs(_LEGEND + finding) == []


def test_more_lone_lookalikes(scorer: str) -> None:
    assert _refs("Series: 2 = axial T2, 3 = sagittal T1.\nTears involve (2/4) quadrants.", "en") == []
    assert _refs("Serie 2 = Kontrastmittel iv\nDosis (2/5) mg.") == []
    assert _refs("Bewertung: Serie 1 = leicht, 2 = mittel, 3 = schwer\nBefund (2/3).") == []


def test_context_refuses_a_bracket_even_with_support() -> None:
    # another bracket of the text backs the legend, yet a measure, count, date or dose word still refuses the bracket
    backed = _LEGEND + "Protrusion (2/9, 6/22).\n"
    assert [(r.series, r.images) for r in _pairs(backed + "Höhenminderung um (2/3).")] == [
        (2, ((9, 9),)),
        (6, ((22, 22),)),
    ]
    for refused in (
        "Infiltration von (3/4).",
        "Kompression (3/4) des Kanals.",
        "Nachweis in (2/6) Proben.",
        "Unfall (2/9).",
        "Dosis (2/5) mg.",
        "Anteil (3/4) of canal.",
    ):
        assert len(_pairs(backed + refused)) == 2, refused
    # the same backed text keeps a plain lone pair ("(4/8)" after "(2/9, 6/22)")
    assert [(r.series, r.images) for r in _pairs(backed + "Arthrose C6/7 (4/8).")][-1] == (4, ((8, 8),))


def test_supported_pairs_keep_reading(scorer: str) -> None:
    assert _refs(_LEGEND + "Bandscheibenprotrusion LWK 4/5 mit Kontakt zur Wurzel L5 rechts (2/9, 6/22).") == [
        (2, 9, 9, False),
        (6, 22, 22, False),
    ]
    assert _refs(_LEGEND + "Knochenmarködem BWK 12 (4/6-8).") == [(4, 6, 8, False)]  # a range
    assert _refs("Serien: 2 = T2 sag, 3 = T1 sag\nProtrusion L4/5 (2/9 und 3/9).") == [
        (2, 9, 9, False),
        (3, 9, 9, False),
    ]


# --- 1. declared-series pairs: the earlier exam's citation is never today's -----------------------------------------


def test_declared_pairs_get_the_grammars_study_decision(scorer: str) -> None:
    # a lone small pair per bracket, no bracket of several pairs, no image of 10 or more: nothing read (a miss, where
    # round 31b read the earlier exam's pair as today's)
    assert _refs(_LEGEND + "VU (2/7): Hernie 6 mm; heute (2/9) 5 mm.") == []
    assert _refs(_LEGEND + "Damals (2/7) 6 mm, jetzt (2/9) 4 mm.") == []
    assert (
        _refs("Series: 2 = sag T2, 6 = ax T2.\nPrior study: disc extrusion 7 mm (2/7). Today 5 mm (2/9).", "en") == []
    )
    assert (
        _refs(
            "Series: 3 = ax T1 post, 5 = cor T1 post.\n"
            "On the prior MRI the lesion measured 8 mm (3/6); now 12 mm (3/7).",
            "en",
        )
        == []
    )
    # backed by a bracket of several pairs: the earlier exam's pair is flagged, today's stays today's
    assert _refs(
        "Serie 4 = T2 tra, Serie 5 = T1 KM\nIn der Voruntersuchung (4/8) noch nicht abgrenzbar, heute Herd 6 mm "
        "(4/9, 5/9)."
    ) == [(4, 8, 8, True), (4, 9, 9, False), (5, 9, 9, False)]
    assert _refs(_LEGEND + "VU (2/7, 6/20): Hernie 6 mm; heute (2/9, 6/22) 5 mm.") == [
        (2, 7, 7, True),
        (6, 20, 20, True),
        (2, 9, 9, False),
        (6, 22, 22, False),
    ]


# --- 2. the "im" item: never a year, a dose's route, or a German preposition ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anamnese:\n- St. n. Cholezystektomie – im 2019\n- St. n. Appendektomie\n",
        "Voroperation      im 2019\nBefund: Leber unauffällig.",
        "- Status nach Hysterektomie  im 2015\n- Status nach Cholezystektomie  im 2018\n",
        "Anamnese:\n- Chemotherapie – im 2019-2021\n",
        "Tabelle:\nSegment      im 2026\n",
        "Therapie:\n- Diclofenac 75 mg – im 1\n- Analgesie i.v.\n",
        "Medikation:\n– Ceftriaxon 2 g i.v.\n– Enoxaparin 40 mg sc – im 1\n",
        "Leber:  Läsion  im 7  (Segment)\n",
        "Mamma rechts - im 10\n",
    ],
)
def test_im_items_that_are_no_image(scorer: str, text: str) -> None:
    assert _refs(text) == []


def test_im_items_keep_reading(scorer: str) -> None:
    assert _refs("Findings:\n– segment 7 lesion, series 5 – im 54\n– segment 4 lesion – im 40-48\n", "en") == [
        (5, 54, 54, False),
        (5, 40, 48, False),
    ]
    assert _refs("Impression:\n1. Fracture T12 – im 22\n", "en") == [(None, 22, 22, False)]
    assert _refs("Key images (series 4):\n- RLL nodule – im 88\n- LUL nodule – im 112-118\n", "en") == [
        (4, 88, 88, False),
        (4, 112, 118, False),
    ]
    # German with a series in the heading or the item's line
    assert _refs("Befunde (Serie 4):\n- Rundherd rechts – im 88\n") == [(4, 88, 88, False)]
    assert _refs("- Rundherd rechts Serie 4 – im 88\n") == [(4, 88, 88, False)]


# --- 3. two comma items closing their line: the second only when it goes up ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "| Lage | Bild, Größe (mm) |\n|---|---|\n| RUL | Bild 88, 6 |\n| LLL | Bild 120, 9 |\n",
            "de",
            [(None, 88, 88, False), (None, 120, 120, False)],
        ),
        ("| nodule | se 4 im 88, 6 | 6 mm |\n", "en", [(4, 88, 88, False)]),
        ("Befund:\n- Rundherd Segment 6: Bild 44, 12\n", "de", [(None, 44, 44, False)]),
        (
            "- Fraktur Serie 2 Bild 40, 5\n- Fraktur Serie 2 Bild 48, 6\n",
            "de",
            [(2, 40, 40, False), (2, 48, 48, False)],
        ),
        ("Läsion Se 5 Bild 44, 2\n", "de", [(5, 44, 44, False)]),
        ("Nodule series 4 image 88, 9\n", "en", [(4, 88, 88, False)]),
        ("Herd Serie 3 Bild 44, 3\n", "de", [(3, 44, 44, False)]),
        ("Läsion Se 5 Bild 44, 0\n", "de", [(5, 44, 44, False)]),
        # a size column: the second item is a size even where it goes up
        ("| Lage | Bild, Größe (mm) |\n|---|---|\n| RUL | Bild 8, 16 |\n", "de", [(None, 8, 8, False)]),
    ],
)
def test_a_second_item_that_does_not_go_up_is_no_image(scorer: str, text: str, lang: str, expected: list[Row]) -> None:
    assert _refs(text, lang) == expected


def test_ascending_line_end_items_keep_reading(scorer: str) -> None:
    assert _refs("- Adenom rechts: Serie 3, Bild 58, 61\n- Zyste links\n") == [(3, 58, 58, False), (3, 61, 61, False)]
    assert _refs("| Läsion | Se 4 Bild 7, 8 |\n") == [(4, 7, 7, False), (4, 8, 8, False)]
    assert _refs("| RUL | series 3 image 45, 52 | 6 mm |\n", "en") == [(3, 45, 45, False), (3, 52, 52, False)]
    # "\r\n" closes a line too
    assert _refs("Läsion Se 5 Bild 44, 46\r\nZyste Se 5 Bild 50") == [
        (5, 44, 44, False),
        (5, 46, 46, False),
        (5, 50, 50, False),
    ]


# --- 4. a finding absent or new on a dated earlier exam is today's ---------------------------------------------------


def test_absent_on_the_dated_exam_stays_today(scorer: str) -> None:
    assert _refs(
        "Läsion 15 mm (Se 3 Bi 51), in der Mammographie vom 12.01.2026 noch nicht sichtbarer Herd 7 mm (Bild 60)."
    ) == [(3, 51, 51, False), (3, 60, 60, False)]
    assert _refs(
        "Mass 22 mm (series 2 image 30), in the mammogram of 2024 occult, 5 mm satellite (series 2 image 35).", "en"
    ) == [(2, 30, 30, False), (2, 35, 35, False)]


def test_the_earlier_exams_image_of_an_absence_stays_prior(scorer: str) -> None:
    # retired AE de04: the citation shows the earlier exam where the finding was absent (its own sentence, no value);
    # the learned decision reads it as that exam's (the grammar alone reads it as today's, on base and round 31b too)
    rows = _refs(
        "Freie Luft (Serie 3, Bild 112). Die Luft war im Vor-CT vom 05.09.2026 nicht vorhanden (Serie 3, Bild 20)."
    )
    assert rows == [(3, 112, 112, False), (3, 20, 20, scorer == "model")]
    # after today's citation, the absence with no value measured after it: the earlier exam's image
    assert _refs(
        "Freie Luft 12 mm (Serie 3, Bild 112), im Vor-CT vom 05.09.2026 nicht vorhanden (Serie 3, Bild 20)."
    ) == [(3, 112, 112, False), (3, 20, 20, True)]


def test_the_dated_exams_own_value_stays_prior(scorer: str) -> None:
    assert _refs(
        "Der Rundherd misst aktuell 13 mm (Se 3 Bi 95), im PET-CT 09/2025 10 mm mit SUVmax 3,1 (Se 5 Bi 201)."
    ) == [(3, 95, 95, False), (5, 201, 201, True)]
    assert _refs("The cyst measures 22 mm (Se 5/Im 61). Earlier: 18 mm on the MRCP of 06/2025 (Se 9/Im 12).", "en") == [
        (5, 61, 61, False),
        (9, 12, 12, True),
    ]
