"""Read-through rt5-refs: quick word gates must be necessary for the patterns they guard (every text the pattern
matches passes the gate), or the pattern's class is lost for the forms the gate misses."""

from __future__ import annotations

import random

import pytest

from curation.snippets.grammar import _PRIOR_STATE, _STATE_WORDS
from curation.snippets.machine_text import _DICTATED, dictated, sr_tree
from curation.snippets.mine import mine_refs

_COMMANDS = ("Punkt neue Zeile", "period new paragraph", "full stop next line", "point new line", "punto a capo",
             "Klammer auf", "à la ligne", "a capo", "Punkt", "full stop", "punto")


def _cased(text: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


def test_every_dictation_command_the_pattern_reads_passes_the_gate() -> None:
    rng = random.Random(30)
    for _ in range(400):
        command = rng.choice(_COMMANDS)
        for form in (command, command.upper(), command.title(), _cased(command, rng)):
            text = f"Leberzyste 12 mm Serie 5 Bild 31 {form}"
            assert _DICTATED.search(text) is not None, text
            assert dictated(text), text


@pytest.mark.parametrize("text", ["Zyste Serie 5 Bild 31 Full Stop", "milza normale A CAPO fegato",
                                  "no effusion POINT NEW LINE liver", "kyste À LA LIGNE foie"])
def test_capitalised_commands_end_a_finding(text: str) -> None:
    assert dictated(text)


def test_a_capitalised_command_cuts_the_snippet() -> None:
    text = "Milz normal A CAPO Leberzyste 12 mm Serie 5 Bild 31 A CAPO Niere normal"
    assert [(r.series, r.image_start, r.snippet) for r in mine_refs(text, "de")] == [(5, 31, "Leberzyste 12 mm")]


def test_prose_stop_words_stay_ordinary_words() -> None:
    assert not dictated("Kein Fokus am McBurney-Punkt (Serie 3, Bild 90).")
    assert not dictated("Stable over a period of three months (series 4, image 33).")
    assert not dictated("STOP-Bang score 5; nodule (series 4, image 33).")


def test_a_has_properties_tree_takes_the_finding_item_above() -> None:
    text = ("HAS PROPERTIES: Finding = Lymphknoten iliakal rechts\n"
            "HAS PROPERTIES: Image Reference = Serie 3 / Bild 140")
    assert sr_tree(text)
    assert [(r.series, r.image_start, r.snippet) for r in mine_refs(text, "de")] == [
        (3, 140, "Lymphknoten iliakal rechts")]
    assert not sr_tree("Lymphknoten iliakal rechts (Serie 3, Bild 140).")


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t", "  "])
def test_the_state_gate_passes_every_space_the_pattern_reads(space: str) -> None:
    before = f"Herd in der Voruntersuchung noch{space}unauffällig ("
    assert _PRIOR_STATE.search(before) is not None
    assert any(w in before.lower() for w in _STATE_WORDS)
