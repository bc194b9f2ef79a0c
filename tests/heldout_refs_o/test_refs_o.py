"""Held-out refs O (written blind): corpus shape, committed before the one measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_o/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_o.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 76, "n_refs": 234, "n_prior": 44}


def test_refs_o_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
