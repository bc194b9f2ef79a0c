"""Shape of the issue-16 round-18 DEV set (`dev16x.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch: `python -m tests.curation.snippets.test_dev16x_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16x import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5
from tests.curation.snippets.test_dev16h_shape import _counts, figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (20, 32, 0, 3), 2: (13, 17, 0, 2), 3: (13, 13, 0, 0), 4: (7, 20, 10, 0), 5: (7, 14, 7, 0)}


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES)


if __name__ == "__main__":
    for k in sys.argv[1:] or map(str, _BATCHES):
        print(f"BATCH{k}: {figures(_BATCHES[int(k)])}")
