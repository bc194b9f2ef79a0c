"""name_shapes' cheap gates (lead, speed): each gate is a necessary substring of its pattern, so a text the gate
skips could not have matched, and the hits of texts that do match are found as before."""

from __future__ import annotations

import pytest

from curation.deid.text import name_shapes as ns

TEXTS = [
    "Patientin: Lily-Mae Barrett, geb. 02.03.2019",
    "Sohn Hans-Jörg Imfeld informiert.",
    "Rücksprache mit Prof. Reto Imhof-Team erfolgt.",
    "Termin bei Dr. Anna Keller-Sprechstunde am Montag.",
    "Gertrud M., 96, wohnt allein.",
    "Winifred Trelawney, 92, admitted via ED.",
    "Non-Hodgkin-Lymphom, Guillain-Barré Syndrom, Stenose 95 %.",
    "Computer-Tomographie des Thorax, Segment 94, Bild 91.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_each_gate_holds_wherever_its_pattern_matches(text: str) -> None:
    for pattern, gate in ((ns._HYPHENATED, ns._HYPHENATED_GATE), (ns._TEAM, ns._TEAM_GATE), (ns._AGED, ns._AGED_GATE)):
        if pattern.search(text):
            assert gate.search(text)


def test_the_gated_reader_still_finds_each_shape() -> None:
    found = {(TEXTS[i][h.start : h.end], h.label) for i in range(6) for h in ns.name_shape_hits(TEXTS[i])}
    assert {
        ("Lily-Mae Barrett", "PERSON"),
        ("Hans-Jörg Imfeld", "PERSON"),
        ("Reto Imhof", "PERSON"),
        ("Anna Keller", "PERSON"),
        ("Gertrud M.", "PERSON"),
        ("96", "AGE"),
        ("Winifred Trelawney", "PERSON"),
        ("92", "AGE"),
    } <= found
    assert ns.name_shape_hits(TEXTS[6]) == [] and ns.name_shape_hits(TEXTS[7]) == []
