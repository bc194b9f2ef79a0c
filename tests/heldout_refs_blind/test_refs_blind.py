"""Held-out refs B (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_blind/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind.measure_refs import measure
from tests.heldout_refs_blind.refs_corpus import EXCERPTS

MEASURED_PRECISION = 1.0
MEASURED_RECALL = 0.8833


def test_corpus_shape() -> None:
    assert len(EXCERPTS) >= 50
    assert len({e.id for e in EXCERPTS}) == len(EXCERPTS)
    for e in EXCERPTS:
        for r in e.refs:
            assert 0 <= r.start < r.end <= len(e.text)
            assert r.image_start <= r.image_end
        for c in e.confounders:
            assert 0 <= c.start < c.end <= len(e.text)


def test_refs_blind_floors() -> None:
    res = measure()
    assert res["gold_refs"] == 60
    assert res["precision"] >= MEASURED_PRECISION - 0.02, res
    assert res["recall"] >= MEASURED_RECALL - 0.02, res
