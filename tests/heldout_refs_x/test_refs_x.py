"""Held-out refs X (written blind): corpus shape; floors follow once the set is measured.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_x/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_x.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 65, "n_refs": 222, "n_prior": 49}


@pytest.mark.parametrize("check", ["shape"])
def test_refs_x(check: str) -> None:
    floors.check(check, EXCERPTS, {}, SHAPE)
