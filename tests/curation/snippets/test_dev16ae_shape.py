"""Shape of the issue-16 round-29 fix DEV set (`dev16ae.py`): it parses, each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`). Measure: `python -m tests.curation.snippets.test_dev16ae_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16ae import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7
from tests.curation.snippets.test_dev16a_shape import print_figures
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6, 7: BATCH7}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (14, 14, 10, 0),
        2: (11, 23, 0, 0),
        3: (14, 12, 0, 2),
        4: (10, 8, 0, 2),
        5: (11, 11, 8, 0),
        6: (9, 7, 0, 2),
        7: (8, 6, 0, 2),
    }


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv[1:])
