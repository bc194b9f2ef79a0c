"""Held-out refs AH (written blind): corpus shape; floors are added once the set has been measured once.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_ah/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_ah.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 70, "n_refs": 268, "n_prior": 49}


def test_refs_ah_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
