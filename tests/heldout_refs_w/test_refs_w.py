"""Held-out refs W (written blind): corpus shape; the floors follow once the set has been measured.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_w/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_w.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 70, "n_refs": 250, "n_prior": 49}


def test_refs_w_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
