"""Shared checks of the blind held-out reference sets (refs C, refs D): corpus shape and measured floors."""

from __future__ import annotations

from tests.heldout_refs_blind.measure_refs import measure

MARGIN = 0.02


def assert_corpus_shape(excerpts, n_excerpts: int, n_refs: int, n_prior: int) -> None:
    """Counts, unique ids, offsets inside the text, and a non-empty snippet outside each citation."""
    assert len(excerpts) == n_excerpts
    assert len({e.id for e in excerpts}) == len(excerpts)
    assert sum(len(e.refs) for e in excerpts) == n_refs
    assert sum(r.prior_study for e in excerpts for r in e.refs) == n_prior
    for e in excerpts:
        for r in e.refs:
            assert 0 <= r.start < r.end <= len(e.text)
            assert r.image_start <= r.image_end
            assert r.snippet.strip() and r.snippet not in e.text[r.start:r.end]
        for c in e.confounders:
            assert 0 <= c.start < c.end <= len(e.text)


def assert_floors(excerpts, n_refs: int, precision: float, recall: float, snippet_f1: float) -> None:
    """One black-box run of `radcurate mine-refs`; each figure at most MARGIN below the one measured once."""
    res = measure(excerpts, adjacent=True)
    assert res["gold_refs"] == n_refs
    assert res["snippets_scored"] == res["tp"]
    assert res["precision"] >= precision - MARGIN, res
    assert res["recall"] >= recall - MARGIN, res
    assert res["snippet_f1"] >= snippet_f1 - MARGIN, res


CHECKS = ("shape", "floors")


def check(name: str, excerpts, measured: dict[str, float], shape: dict[str, int]) -> None:
    """One blind set's check by name: its corpus shape, or its floors below the figures measured once."""
    if name == "shape":
        assert_corpus_shape(excerpts, **shape)
    else:
        assert_floors(excerpts, shape["n_refs"], **measured)
