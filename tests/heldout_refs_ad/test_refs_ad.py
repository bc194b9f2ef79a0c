"""Held-out refs AD (written blind): corpus shape, checked before the one measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_ad/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_ad.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 70, "n_refs": 268, "n_prior": 46}


def test_refs_ad_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
