"""Shared checks of the round dev sets' tests (tests/dev14fg ... dev14fo): each test module keeps its own counts
and floors and calls these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from tests.curation.deid.text.corpus_de_en import Snippet, assert_well_formed
from tests.dev14t.measure import assert_rules_floor


def assert_dev_shape(snippets: Sequence[Snippet], n: int, *, langs: Mapping[str, int] | None = None,
                     labels: Mapping[str, int] | None = None, all_labels: Mapping[str, int] | None = None,
                     spans: int | None = None, keep: int | None = None) -> None:
    """`snippets` holds `n` well-formed excerpts and, where given: these excerpts per language (`langs`), these
    spans of the named labels (`labels`; others not checked), exactly these spans per label (`all_labels`), this
    many spans and keep-terms in all (`spans`, `keep`)."""
    assert len(snippets) == n
    if langs is not None:
        assert Counter(s.lang for s in snippets) == Counter(langs)
    counts = Counter(label for s in snippets for *_, label in s.spans)
    if labels is not None:
        assert {label: counts[label] for label in labels} == dict(labels)
    if all_labels is not None:
        assert counts == Counter(all_labels)
    if spans is not None:
        assert sum(counts.values()) == spans
    if keep is not None:
        assert sum(len(s.keep) for s in snippets) == keep
    for s in snippets:
        assert_well_formed(s)


def assert_rules_floors(batches: Sequence[Sequence[Snippet]], recall: float, keep: float, over: float) -> None:
    """`assert_rules_floor` on each batch on its own (not on their union)."""
    for batch in batches:
        assert_rules_floor(batch, recall, keep, over)
