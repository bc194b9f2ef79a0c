"""Shape of the issue-16 round-28b DEV set (`dev16ad.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`). Measure: `python -m tests.curation.snippets.test_dev16ad_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16ad import (
    BATCH1,
    BATCH2,
    BATCH3,
    BATCH4,
    BATCH5,
    BATCH6,
    BATCH7,
    BATCH8,
    BATCH9,
    BATCH10,
)
from tests.curation.snippets.test_dev16a_shape import print_figures
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {
    1: BATCH1,
    2: BATCH2,
    3: BATCH3,
    4: BATCH4,
    5: BATCH5,
    6: BATCH6,
    7: BATCH7,
    8: BATCH8,
    9: BATCH9,
    10: BATCH10,
}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (12, 13, 0, 2),
        2: (12, 14, 0, 2),
        3: (13, 10, 0, 3),
        4: (14, 20, 0, 1),
        5: (8, 15, 1, 1),
        6: (8, 13, 0, 2),
        7: (8, 6, 0, 2),
        8: (6, 10, 0, 0),
        9: (8, 7, 0, 1),
        10: (6, 2, 0, 4),
    }


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv[1:])
