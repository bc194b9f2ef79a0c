"""Held-out refs AJ (written blind): corpus shape, checked before the one measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_aj/refs_corpus.py.
"""

from __future__ import annotations

from collections import Counter

from tests.heldout_refs_aj.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors


def test_refs_aj_shape() -> None:
    floors.assert_corpus_shape(EXCERPTS, n_excerpts=70, n_refs=270, n_prior=45)
    assert Counter(e.origin for e in EXCERPTS) == {"DE": 14, "AT": 14, "CH": 14, "UK": 14, "US": 14}
    assert sum(len(e.confounders) for e in EXCERPTS) == 402
    assert sum(r.series is None for e in EXCERPTS for r in e.refs) == 34
