"""Held-out refs Z (written blind): corpus shape; floors follow after the single measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_z/refs_corpus.py.
"""

from __future__ import annotations

import pytest

from tests.heldout_refs_blind import floors
from tests.heldout_refs_z.refs_corpus import EXCERPTS

# Corpus: excerpts, gold refs, prior refs.
SHAPE = {"n_excerpts": 70, "n_refs": 225, "n_prior": 40}


@pytest.mark.parametrize("check", ("shape",))
def test_refs_z(check: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RADCURATE_REF_SCORER", raising=False)
    floors.check(check, EXCERPTS, {}, SHAPE)
