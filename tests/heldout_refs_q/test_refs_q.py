"""Held-out refs Q (written blind): corpus shape; floors follow from the one measurement (docs/snippets_blind.md).

Do not tune the miner on tests/heldout_refs_q/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_q.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 74, "n_refs": 260, "n_prior": 48}


def test_refs_q_shape() -> None:
    floors.assert_corpus_shape(EXCERPTS, **SHAPE)
