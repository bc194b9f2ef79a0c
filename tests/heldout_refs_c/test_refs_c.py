"""Held-out refs C (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_c/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind.measure_refs import measure, token_f1
from tests.heldout_refs_c.refs_corpus import EXCERPTS

MEASURED_PRECISION = 0.8649
MEASURED_RECALL = 0.8496
MEASURED_SNIPPET_F1 = 0.9832


def test_corpus_shape() -> None:
    assert len(EXCERPTS) == 70
    assert len({e.id for e in EXCERPTS}) == len(EXCERPTS)
    assert sum(len(e.refs) for e in EXCERPTS) == 113
    assert sum(r.prior_study for e in EXCERPTS for r in e.refs) == 13
    for e in EXCERPTS:
        for r in e.refs:
            assert 0 <= r.start < r.end <= len(e.text)
            assert r.image_start <= r.image_end
            assert r.snippet.strip() and r.snippet not in e.text[r.start:r.end]
        for c in e.confounders:
            assert 0 <= c.start < c.end <= len(e.text)


def test_token_f1() -> None:
    assert token_f1("Rundherd im Mittellappen", "rundherd im  Mittellappen.") == 1.0
    assert token_f1("", "Rundherd") == 0.0
    assert token_f1("a b", "a c") == pytest.approx(0.5)


def test_refs_c_floors() -> None:
    res = measure(EXCERPTS, adjacent=True)
    assert res["gold_refs"] == 113
    assert res["snippets_scored"] == res["tp"]
    assert res["precision"] >= MEASURED_PRECISION - 0.02, res
    assert res["recall"] >= MEASURED_RECALL - 0.02, res
    assert res["snippet_f1"] >= MEASURED_SNIPPET_F1 - 0.02, res
