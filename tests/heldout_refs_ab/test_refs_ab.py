"""Held-out refs AB (written blind): corpus shape; floors follow once the set has been measured.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_ab/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_ab.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 70, "n_refs": 252, "n_prior": 50}


def test_refs_ab_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
