"""Held-out refs Y (written blind): corpus shape; floors follow once measured.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_y/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_y.refs_corpus import EXCERPTS

# corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 68, "n_refs": 265, "n_prior": 49}


def test_refs_y_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
