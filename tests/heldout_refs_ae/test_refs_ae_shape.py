"""Held-out refs AE (written blind): the corpus's shape beyond floors.assert_corpus_shape.

Mix per site, confounder count and the prior convention (a prior ref always carries class `prior`). Do not tune
the miner on tests/heldout_refs_ae/refs_corpus.py.
"""

from __future__ import annotations

from collections import Counter

from tests.heldout_refs_ae.refs_corpus import EXCERPTS


def test_mix_by_site() -> None:
    assert Counter(e.origin for e in EXCERPTS) == {"DE": 15, "AT": 14, "CH": 14, "UK": 14, "US": 14}
    assert {e.lang for e in EXCERPTS if e.origin in ("DE", "AT", "CH")} == {"de"}
    assert {e.lang for e in EXCERPTS if e.origin in ("UK", "US")} == {"en"}


def test_confounders_outnumber_refs() -> None:
    n_refs = sum(len(e.refs) for e in EXCERPTS)
    n_conf = sum(len(e.confounders) for e in EXCERPTS)
    assert (n_refs, n_conf) == (265, 350)


def test_prior_refs_carry_prior_class() -> None:
    priors = [r for e in EXCERPTS for r in e.refs if r.prior_study]
    assert len(priors) == 46
    assert {r.category for r in priors} == {"prior"}
    assert not [r for e in EXCERPTS for r in e.refs if r.category == "prior" and not r.prior_study]
    assert sum(r.series is None for r in priors) == 6
