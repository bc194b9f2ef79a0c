"""Held-out refs F (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_f/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_f.refs_corpus import EXCERPTS

# As measured once (main 2b8a480): precision, recall, snippet token-F1; corpus: excerpts, gold refs, prior refs.
MEASURED = {"precision": 0.9809, "recall": 0.9747, "snippet_f1": 0.9782}
SHAPE = {"n_excerpts": 81, "n_refs": 158, "n_prior": 20}


@pytest.mark.parametrize("check", floors.CHECKS)
def test_refs_f(check: str) -> None:
    floors.check(check, EXCERPTS, MEASURED, SHAPE)
