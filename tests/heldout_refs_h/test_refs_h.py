"""Held-out refs H (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_h/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_h.refs_corpus import EXCERPTS

# As measured once (branch refsH-blind 4ded844, miner as main e4f27e6): precision, recall, snippet token-F1;
# corpus: excerpts, gold refs, prior refs.
MEASURED = {"precision": 0.9538, "recall": 0.9073, "snippet_f1": 0.8112}
SHAPE = {"n_excerpts": 85, "n_refs": 205, "n_prior": 36}


@pytest.mark.parametrize("check", floors.CHECKS)
def test_refs_h(check: str) -> None:
    floors.check(check, EXCERPTS, MEASURED, SHAPE)
