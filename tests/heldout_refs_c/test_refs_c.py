"""Held-out refs C (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_c/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind.floors import assert_corpus_shape, assert_floors
from tests.heldout_refs_blind.measure_refs import token_f1
from tests.heldout_refs_c.refs_corpus import EXCERPTS

MEASURED_PRECISION = 0.8649
MEASURED_RECALL = 0.8496
MEASURED_SNIPPET_F1 = 0.9832


def test_corpus_shape() -> None:
    assert_corpus_shape(EXCERPTS, 70, 113, 13)


def test_token_f1() -> None:
    assert token_f1("Rundherd im Mittellappen", "rundherd im  Mittellappen.") == 1.0
    assert token_f1("", "Rundherd") == 0.0
    assert token_f1("a b", "a c") == pytest.approx(0.5)


def test_refs_c_floors() -> None:
    assert_floors(EXCERPTS, 113, MEASURED_PRECISION, MEASURED_RECALL, MEASURED_SNIPPET_F1)
