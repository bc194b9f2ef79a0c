"""Shared checks of the training corpora's shape tests (tests/dev14w, dev14x, dev14y): each test module keeps its
own SHAPE table and totals and calls these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import pytest

from tests.curation.deid.text.corpus_de_en import Snippet, assert_well_formed

# (excerpts, keep-terms, spans per label, excerpts per language)
BatchShape = tuple[int, int, Mapping[str, int], Mapping[str, int]]


def assert_batch_counts(snippets: Sequence[Snippet], shape: BatchShape) -> None:
    n, keep, labels, langs = shape
    assert len(snippets) == n
    assert sum(len(s.keep) for s in snippets) == keep
    assert Counter(label for s in snippets for *_, label in s.spans) == Counter(labels)
    assert Counter(s.lang for s in snippets) == Counter(langs)


def assert_markup_clean(snippets: Sequence[Snippet], *, no_phi_dictionary: bool = False) -> None:
    for s in snippets:
        assert_well_formed(s)
        assert s.spans and s.keep, s.text[:40]  # every excerpt mixes PHI and hard negatives
        if no_phi_dictionary:
            assert s.phi is None  # rules alone: no patient dictionary


def covered_snippets(batches: Mapping[str, Sequence[Snippet]], shape: Mapping[str, BatchShape]) -> list[Snippet]:
    """All excerpts of all batches, after checking every batch has a shape and no excerpt is there twice."""
    assert sorted(batches) == sorted(shape)
    snippets = [s for batch in batches.values() for s in batch]
    assert len(snippets) == sum(n for n, *_ in shape.values())
    assert len({s.text for s in snippets}) == len(snippets)  # no excerpt twice
    return snippets


def batch_tests(batches: Mapping[str, Sequence[Snippet]], shape: Mapping[str, BatchShape], *,
                no_phi_dictionary: bool = False) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """The two per-batch tests of a shape test module, parametrised over its batches; bind them to test_ names:
    `test_batch_counts, test_batch_markup_is_clean = batch_tests(BATCHES, SHAPE)`."""

    @pytest.mark.parametrize("name", sorted(shape))
    def test_batch_counts(name: str) -> None:
        assert_batch_counts(batches[name], shape[name])

    @pytest.mark.parametrize("name", sorted(shape))
    def test_batch_markup_is_clean(name: str) -> None:
        assert_markup_clean(batches[name], no_phi_dictionary=no_phi_dictionary)

    return test_batch_counts, test_batch_markup_is_clean
