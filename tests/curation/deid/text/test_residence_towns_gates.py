"""residence_towns' per-slot needles (lead, speed): a slot pattern is skipped only where none of its needles is in
the text, so each needle set must hold wherever its pattern matches (fix round 22: the needles are the patterns'
own literal cues, a NeedleGate each; test_fix22 checks every generated cue)."""

from __future__ import annotations

import pytest

from curation.deid.text import residence_towns as rt

TEXTS = [
    "Wohnort: Kastelruth",
    "wohnhaft in Uster.",
    "Heimatort: Glarus,",
    "Herkunftsort: Brig;",
    "Residence: Dungloe)",
    "Resides in Llanelli.",
    "Lives in Clifden, Co. Galway.",
    "Home: Hamilton, ON",
    "domicilio: Bellinzona)",
    "residente a Lugano,",
    "domiciliée à Sion;",
    "nato a Locarno il 3 aprile",
    "née à Sion, le 2 mai",
    "geboren in Feldkirch.",
    "Fait à Sion, le 3 mai",
    "Fatto a Lugano, il 4 maggio",
    "Tochter Eva Moser (Bludenz)",
    "(Hausarzt, Wetzikon)",
    "(Hausärztin; Uster)",
    "(GP, Hamilton)",
    "médecin traitant, Bulle)",
    "medico curante, Biasca)",
    "Gortahork, Co. Donegal",
    "Ballymena, County Antrim",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_needle_is_present_wherever_a_slot_matches(text: str) -> None:
    matched = [gate for pattern, gate in rt._STRONG if pattern.search(text)]
    assert matched  # every probe fills some slot
    for gate in matched:
        assert gate.search(text)


def test_the_gated_reader_still_takes_the_towns() -> None:
    got = {text[h.start : h.end] for text in TEXTS for h in rt.residence_town_hits(text)}
    assert {"Kastelruth", "Locarno", "Sion", "Bludenz", "Wetzikon", "Gortahork, Co. Donegal"} <= got
