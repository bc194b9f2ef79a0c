"""Shape of the issue-16 round-22a DEV set (`dev16m.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`). Measure: `python -m tests.curation.snippets.test_dev16m_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16m import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup
from tests.curation.snippets.test_dev16z_shape import print_all_figures

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (27, 45, 27, 0), 2: (12, 24, 8, 0), 3: (10, 24, 11, 2)}  # round 29 (refs-conv29): 2 re-marked prior


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")  # pipe tables keep their "|"


if __name__ == "__main__":
    print_all_figures(_BATCHES, sys.argv)
