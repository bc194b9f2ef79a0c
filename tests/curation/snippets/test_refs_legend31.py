"""refs-legend31: one series-key reader (`series_legend`, round 31b's `declared_series` merged into it). Class 4 of
the review of round 31a: fractions and ratios after a colon or a dash whose first number is a key's series, with the
pairs that must still read, under the learned decision AND the grammar alone."""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs
from curation.snippets.refscore.decide import packaged_model, using
from curation.snippets.series_legend import declared_series, legend_refs

Row = tuple[int | None, int, int, bool]


@pytest.fixture(params=["model", "grammar"])
def scorer(request: pytest.FixtureRequest):
    with using(packaged_model() if request.param == "model" else None):
        yield request.param


def _refs(text: str, lang: str = "de") -> list[Row]:
    return [
        (r.series_used, r.image_start, r.image_end, r.prior_study) for r in mine_refs(text, lang, include_prior=True)
    ]


def _pairs(text: str) -> list[tuple[int | None, int, bool]]:
    return [(r.series, r.images[0][0], r.prior) for r in legend_refs(text)[0]]


# --- class 4: fractions and ratios after a colon or dash -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the review's probes (L12, L14, L15): the look-alike goes, the citation beside it stays
        ("Series: 3 = axial, 4 = coronal.\nNodule in RUL - 3/4 of the previous size. Mass (4/55).", "en", [(4, 55)]),
        (
            "Serien: 2 = T2 sag, 3 = T2 tra.\nSignalverhältnis Läsion/Muskel: 3:1. Befall: 2/3 der Zirkumferenz.",
            "de",
            [],
        ),
        (
            "Serien: 2 = T2 sag, 5 = T1 sag.\nWirbelkörperhöhe BWK 8 – 2/3 der Ausgangshöhe. Hämangiom (5/19).",
            "de",
            [(5, 19)],
        ),
        # other forms: a ratio word without a colon, a fraction and a comparative, a bracketed fraction of a noun
        ("Serien: 2 = T2 sag, 3 = T2 tra.\nVerhältnis 2:1 zugunsten der Läsion. Herd (3/14).", "de", [(3, 14)]),
        ("Serien: 2 = T2 sag, 3 = T2 tra.\nStenose – 1/3 kleiner als zuvor. Herd (3/14).", "de", [(3, 14)]),
        ("Serien: 2 = T2 sag, 3 = T2 tra.\nWandverdickung (2/3) der Wand, Herd (3/40).", "de", [(3, 40)]),
        ("Serien: 2 = T2 sag, 3 = T2 tra.\nSignalverhältnis: 3:1. Herd (2/12).", "de", [(2, 12)]),
        ("Series: 2 = axial, 3 = coronal.\nT2 signal ratio lesion to muscle: 2:1. Cyst (3/25).", "en", [(3, 25)]),
        ("Series: 2 = axial, 4 = coronal.\nCanal narrowing - 2/3 of its width. Disc (4/30).", "en", [(4, 30)]),
    ],
)
def test_fractions_and_ratios_under_a_key_are_no_citation(
    scorer: str, text: str, lang: str, expected: list[tuple[int, int]]
) -> None:
    assert [(s, i) for s, i, _, _ in _refs(text, lang)] == expected


def test_the_key_function_refuses_them_too() -> None:
    # the reader itself, not only the miner: every look-alike of class 4 gives no pair
    assert _pairs("Series: 3 = axial, 4 = coronal.\nNodule in RUL - 3/4 of the previous size. Mass (4/55).") == [
        (4, 55, False)
    ]
    assert _pairs("Serien: 2 = T2 sag, 3 = T2 tra.\nSignalverhältnis Läsion/Muskel: 3:1. Befall: 2/3 der Wand.") == []
    assert _pairs("Serien: 2 = T2 sag, 5 = T1 sag.\nBWK 8 – 2/3 der Ausgangshöhe. Hämangiom (5/19).") == [
        (5, 19, False)
    ]


# --- the pairs that must still read ----------------------------------------------------------------------------------


def test_pairs_after_a_colon_dash_or_at_still_read(scorer: str) -> None:
    # a colon, a dash or "@" before a key's pair whose image is no fraction shape
    assert _refs("Serien: 3 = T2 tra, 6 = T1 tra KM.\nLäsion re (3:14), Enhancement (6:15).") == [
        (3, 14, 14, False),
        (6, 15, 15, False),
    ]
    assert _refs("Series: 2 = axial, 5 = coronal.\nRight adrenal nodule - 2/40, left - 5/33.", "en") == [
        (2, 40, 40, False),
        (5, 33, 33, False),
    ]
    assert _refs("Serien: 3 = FLAIR, 12 = T1 KM.\nVergleich Voruntersuchung vom 3/24: unverändert (3/18).") == [
        (3, 18, 18, False)
    ]
    # a descending pair after a dash (no fraction shape) in a text that backs the key
    assert _pairs("Serien: 4 = T2 tra, 7 = T1 KM.\nHerd (4/22). Zweiter Herd – 7/5.") == [
        (4, 22, False),
        (7, 5, False),
    ]


def test_fraction_shapes_in_brackets_of_several_pairs_still_read(scorer: str) -> None:
    # the fraction-shape refusal holds after a value's colon or dash only, never inside a bracket of several pairs
    assert _refs("Serien: 2 = T2 sag, 3 = T1 sag.\nProtrusion L4/5 (2/3, 3/4).") == [(2, 3, 3, False), (3, 4, 4, False)]


def test_a_key_needs_two_named_series() -> None:
    # one series named is no key (round 31a); a number after "=" names nothing (round 31b)
    assert declared_series("Serie 5 = CT venös.\nHerd (5/40).") == frozenset()
    assert declared_series("Serien: 3 = 45 mm, 4 = 12 mm") == frozenset()
    assert declared_series("Serie 3 = PD fs kor, Serie 4 = PD fs sag") == {3, 4}
