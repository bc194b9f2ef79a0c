"""Held-out refs AK (written blind): corpus shape, fixed before the single measurement.

See docs/snippets_blind.md. Do not tune the miner on tests/heldout_refs_ak/refs_corpus.py.
"""

from __future__ import annotations

from collections import Counter

from tests.heldout_refs_ak.refs_corpus import EXCERPTS
from tests.heldout_refs_blind import floors


def test_refs_ak_shape() -> None:
    floors.assert_corpus_shape(EXCERPTS, n_excerpts=70, n_refs=239, n_prior=46)


def test_refs_ak_mix() -> None:
    assert Counter(e.origin for e in EXCERPTS) == {"DE": 14, "AT": 14, "CH": 14, "UK": 14, "US": 14}
    assert sum(len(e.confounders) for e in EXCERPTS) == 257
    # Withdrawn citations (corrections, addenda) are confounders, never gold.
    assert sum(c.category == "bild_word" for e in EXCERPTS for c in e.confounders) == 7
    assert Counter(r.category for e in EXCERPTS for r in e.refs) == {
        "abbrev_de": 20,
        "abbrev_en": 14,
        "compact": 7,
        "full_de": 43,
        "full_en": 21,
        "image_only": 4,
        "impression": 19,
        "list": 34,
        "plane": 5,
        "prior": 46,
        "range": 13,
        "slash": 9,
        "slice_word": 4,
    }
