"""Shape of the issue-16 round-20 DEV set (`dev16y.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch: `python -m tests.curation.snippets.test_dev16y_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16y import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6
from tests.curation.snippets.test_dev16h_shape import _counts, figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (11, 20, 10, 3), 2: (11, 16, 8, 0), 3: (11, 22, 10, 0), 4: (9, 20, 11, 0), 5: (10, 19, 2, 1),
        6: (8, 8, 0, 0)}


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")  # pipe tables keep their "|"


if __name__ == "__main__":
    for k in sys.argv[1:] or map(str, _BATCHES):
        b = _BATCHES[int(k)]
        print(f"BATCH{k}: {figures(b) if any(e.refs for e in b) else b}")
