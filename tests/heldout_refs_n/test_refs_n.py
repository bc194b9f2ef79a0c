"""Held-out refs N (written blind): corpus shape (floors follow after the single measurement).

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_n/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_n.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 85, "n_refs": 226, "n_prior": 36}


def test_refs_n_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
