"""Held-out refs D (written blind): floors 0.02 below the figures measured once on 2026-12-06.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_d/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_d.refs_corpus import EXCERPTS

# As measured once: precision, recall, snippet token-F1; corpus: excerpts, gold refs, prior-study refs.
MEASURED = {"precision": 0.9077, "recall": 0.8939, "snippet_f1": 0.9891}
SHAPE = {"n_excerpts": 70, "n_refs": 132, "n_prior": 17}


@pytest.mark.parametrize("check", floors.CHECKS)
def test_refs_d(check: str) -> None:
    floors.check(check, EXCERPTS, MEASURED, SHAPE)
