"""Shape of the issue-16 round-23 DEV set (`dev16o.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`), the figures dev16z's. Measure: `python -m tests.curation.snippets.test_dev16o_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16o import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup
from tests.curation.snippets.test_dev16z_shape import print_all_figures

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6, 7: BATCH7}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (14, 18, 0, 2), 2: (18, 22, 0, 2), 3: (8, 19, 12, 1), 4: (12, 18, 10, 0),
        5: (10, 20, 10, 0), 6: (8, 8, 1, 0), 7: (16, 25, 9, 2)}  # round 29 (refs-conv29): 1 re-marked prior


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")  # pipe tables keep their "|"


if __name__ == "__main__":
    print_all_figures(_BATCHES, sys.argv)
