"""Shape of the issue-16 round-30a fix DEV set (`dev16af.py`): it parses, each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`). Measure: `python -m tests.curation.snippets.test_dev16af_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16af import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5
from tests.curation.snippets.test_dev16a_shape import print_figures
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (6, 19, 13, 0),
        2: (8, 18, 8, 0),
        3: (8, 16, 8, 0),
        4: (4, 8, 4, 0),
        5: (10, 13, 0, 0),
    }


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv[1:])
