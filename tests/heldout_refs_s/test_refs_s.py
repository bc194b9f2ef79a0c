"""Held-out refs S (written blind): corpus shape; floors follow after the one measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_s/refs_corpus.py.
"""

from __future__ import annotations

from tests.heldout_refs_blind import floors
from tests.heldout_refs_s.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 76, "n_refs": 227, "n_prior": 44}


def test_refs_s_shape() -> None:
    floors.check("shape", EXCERPTS, {}, SHAPE)
