"""Held-out refs G (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_g/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_g.refs_corpus import EXCERPTS

# As measured once (branch refsG-blind 8f8add0, miner as main 1be37f2): precision, recall, snippet token-F1;
# corpus: excerpts, gold refs, prior refs.
MEASURED = {"precision": 0.976, "recall": 0.9422, "snippet_f1": 0.9212}
SHAPE = {"n_excerpts": 80, "n_refs": 173, "n_prior": 32}


@pytest.mark.parametrize("check", floors.CHECKS)
def test_refs_g(check: str) -> None:
    floors.check(check, EXCERPTS, MEASURED, SHAPE)
