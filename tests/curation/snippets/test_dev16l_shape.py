"""Shape of the issue-16 round-13 DEV set (`dev16l.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch:
`python -m tests.curation.snippets.test_dev16l_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16l import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16h_shape import _counts, print_figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def test_batch1_shape() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert _counts(BATCH1) == (91, 131, 65, 18)


def test_batch2_shape() -> None:
    assert _counts(BATCH2) == (87, 127, 65, 18)


def test_batch3_shape() -> None:
    assert _counts(BATCH3) == (86, 118, 61, 20)


def test_markup_is_stripped_and_items_ordered() -> None:
    # "|" stays legal: the follow-up tables are pipe tables; a broken mark leaves a bracket behind
    check_markup(_BATCHES, "⟦⟧⟨⟩")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv)
