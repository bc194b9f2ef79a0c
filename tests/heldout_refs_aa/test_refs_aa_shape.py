"""Held-out refs AA (written blind): corpus shape before the one measurement (see docs/snippets_blind.md)."""

from __future__ import annotations

from collections import Counter

from tests.heldout_refs_aa.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

SHAPE = {"n_excerpts": 70, "n_refs": 282, "n_prior": 48}


def test_refs_aa_shape() -> None:
    floors.assert_corpus_shape(EXCERPTS, **SHAPE)
    assert Counter(e.origin for e in EXCERPTS) == {"DE": 14, "AT": 14, "CH": 14, "UK": 14, "US": 14}
    assert sum(len(e.confounders) for e in EXCERPTS) == 366
