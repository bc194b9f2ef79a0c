"""Held-out refs AC (written blind): corpus shape.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_ac/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_ac.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 70, "n_refs": 268, "n_prior": 50}


def test_refs_ac_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
