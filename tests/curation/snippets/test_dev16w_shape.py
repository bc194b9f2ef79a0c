"""Shape of the issue-16 round-17 DEV set (`dev16w.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch: `python -m tests.curation.snippets.test_dev16w_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16w import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16h_shape import _counts, figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (21, 44, 22, 0), 2: (11, 22, 10, 0), 3: (12, 22, 10, 0)}


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES)


if __name__ == "__main__":
    for k in sys.argv[1:] or map(str, _BATCHES):
        print(f"BATCH{k}: {figures(_BATCHES[int(k)])}")
