"""Held-out refs AF (written blind): corpus shape only, fixed before the one measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_af/refs_corpus.py.
"""

from __future__ import annotations

from collections import Counter

from tests.heldout_refs_af.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

SHAPE = {"n_excerpts": 70, "n_refs": 239, "n_prior": 48}


def test_refs_af_shape() -> None:
    floors.assert_corpus_shape(EXCERPTS, **SHAPE)


def test_refs_af_origins_and_confounders() -> None:
    assert Counter(e.origin for e in EXCERPTS) == {"DE": 14, "AT": 14, "CH": 14, "UK": 14, "US": 14}
    assert {e.lang for e in EXCERPTS if e.origin in ("UK", "US")} == {"en"}
    assert sum(len(e.confounders) for e in EXCERPTS) == 338
    assert sum(len(e.confounders) for e in EXCERPTS) >= SHAPE["n_refs"]
