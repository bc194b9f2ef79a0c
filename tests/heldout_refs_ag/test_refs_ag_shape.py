"""Held-out refs AG (written blind): corpus shape, checked before the one measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_ag/refs_corpus.py.
"""

from __future__ import annotations

from collections import Counter

from tests.heldout_refs_ag.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors

SHAPE = {"n_excerpts": 71, "n_refs": 260, "n_prior": 47}


def test_refs_ag_shape() -> None:
    floors.assert_corpus_shape(EXCERPTS, **SHAPE)


def test_refs_ag_mix() -> None:
    assert Counter(e.origin for e in EXCERPTS) == {"DE": 14, "AT": 15, "CH": 14, "UK": 14, "US": 14}
    assert sum(len(e.confounders) for e in EXCERPTS) == 326
    assert Counter(r.category for e in EXCERPTS for r in e.refs) == {
        "list": 46,
        "prior": 47,
        "full_de": 40,
        "abbrev_de": 26,
        "full_en": 26,
        "abbrev_en": 19,
        "range": 15,
        "slice_word": 12,
        "slash": 11,
        "image_only": 10,
        "compact": 8,
    }
