"""Shape of the issue-16 round-31b fix DEV set (`dev16ai.py`): it parses, each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`). Measure: `python -m tests.curation.snippets.test_dev16ai_shape`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16ai import BATCH1, BATCH2, BATCH3, BATCH4
from tests.curation.snippets.test_dev16a_shape import print_figures
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (8, 16, 8, 0),
        2: (5, 11, 0, 0),
        3: (2, 7, 0, 0),
        4: (6, 4, 0, 2),
    }


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv[1:])
