"""Held-out refs U (written blind): corpus shape; floors follow once the set has been measured.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_u/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_u.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 80, "n_refs": 260, "n_prior": 50}


def test_refs_u_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
