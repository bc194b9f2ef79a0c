"""Shape of the issue-16 round-13 DEV set (`dev16t.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch: `python -m tests.curation.snippets.test_dev16t_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16t import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6
from tests.curation.snippets.test_dev16h_shape import _counts, figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (22, 42, 19, 0), 2: (16, 34, 18, 0), 3: (18, 30, 16, 0), 4: (17, 34, 19, 0), 5: (16, 16, 0, 3),
        6: (12, 28, 10, 0)}  # round 29 (refs-conv29): 2 of batch 4 re-marked prior


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, "⟦⟧⟨⟩")  # "|" stays: the follow-up tables are pipe tables


if __name__ == "__main__":
    for k in sys.argv[1:]:
        print(f"BATCH{k}: {figures(_BATCHES[int(k)])}")
