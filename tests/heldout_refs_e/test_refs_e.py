"""Held-out refs E (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_e/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_e.refs_corpus import EXCERPTS

# As measured once (main 4f18e80): precision, recall, snippet token-F1; corpus: excerpts, gold refs, prior refs.
MEASURED = {"precision": 0.9877, "recall": 0.9467, "snippet_f1": 0.9877}
SHAPE = {"n_excerpts": 80, "n_refs": 169, "n_prior": 22}


@pytest.mark.parametrize("check", floors.CHECKS)
def test_refs_e(check: str) -> None:
    floors.check(check, EXCERPTS, MEASURED, SHAPE)
