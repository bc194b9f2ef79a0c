"""Shape of the issue-16 round-8 DEV set (`dev16i.py`, whole reports): it parses, and each batch holds its refs.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The figures recorded in
dev16i's docstring come from dev16h's `figures` scorer, run once per batch on the unchanged miner (aggregate only:
`python -m tests.curation.snippets.test_dev16i_shape 1`).
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16c import Excerpt
from tests.curation.snippets.dev16i import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16h_shape import figures

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def _counts(batch: list[Excerpt]) -> tuple[int, int, int, int, int]:
    """(reports, refs, prior refs, refs with a plane word, reports without a ref) of one batch."""
    refs = [r for ex in batch for r in ex.refs]
    return (len(batch), len(refs), sum(r.prior for r in refs), sum(r.plane is not None for r in refs),
            sum(not ex.refs for ex in batch))


def test_batch1_shape() -> None:
    assert _counts(BATCH1) == (21, 117, 31, 11, 2)


def test_batch2_shape() -> None:
    assert _counts(BATCH2) == (19, 120, 30, 16, 3)


def test_batch3_shape() -> None:
    assert _counts(BATCH3) == (18, 119, 31, 12, 2)


def test_reports_are_whole_and_markup_is_stripped() -> None:
    for ex in BATCH1 + BATCH2 + BATCH3:
        assert ex.lang in {"de", "en"}
        assert not any(c in ex.text for c in "⟦⟧⟨⟩|"), ex.text[:30]
        assert all(r.image_start <= r.image_end for r in ex.refs)
    # whole reports: every citing excerpt under five lines is an addendum (one paragraph)
    short = [ex.text[:8] for ex in BATCH1 + BATCH2 + BATCH3 if ex.refs and ex.text.count("\n") < 4]
    assert short == ["ADDENDUM", "Nachtrag", "ADDENDUM", "Nachtrag"]


if __name__ == "__main__":
    print(f"BATCH{sys.argv[1]}: {figures(_BATCHES[int(sys.argv[1])])}")
