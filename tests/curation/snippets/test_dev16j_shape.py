"""Shape of the issue-16 round-9 DEV set (`dev16j.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch:
`python -m tests.curation.snippets.test_dev16j_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16j import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16h_shape import _counts, print_figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def test_batch1_shape() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert _counts(BATCH1) == (102, 129, 35, 27)


def test_batch2_shape() -> None:
    assert _counts(BATCH2) == (102, 127, 31, 27)


def test_batch3_shape() -> None:
    assert _counts(BATCH3) == (101, 125, 32, 27)


def test_markup_is_stripped_and_items_ordered() -> None:
    # "|" stays legal: BATCH2 holds a markdown comparison table; a broken mark leaves a bracket behind
    check_markup(_BATCHES, "⟦⟧⟨⟩")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv)
