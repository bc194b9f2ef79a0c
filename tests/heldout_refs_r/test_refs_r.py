"""Held-out refs R (written blind): corpus shape; floors follow from the single measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_r/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_r.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 75, "n_refs": 252, "n_prior": 45}


def test_refs_r_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
