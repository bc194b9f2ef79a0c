"""Held-out refs P (written blind): corpus shape; floors follow once the set is measured.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_p/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_p.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 78, "n_refs": 228, "n_prior": 45}


def test_refs_p_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
