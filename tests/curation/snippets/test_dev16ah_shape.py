"""Shape of the issue-16 round-31a fix DEV set (`dev16ah.py`): it parses, each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`). Measure (refs and snippet token-F1 per batch): `python -m tests.curation.snippets.test_dev16ah_shape`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16ah import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6
from tests.curation.snippets.test_dev16ag_shape import figures
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (5, 16, 6, 0),
        2: (5, 16, 6, 0),
        3: (5, 11, 0, 0),
        4: (4, 8, 0, 0),
        5: (4, 5, 0, 0),
        6: (8, 2, 0, 7),
    }


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩", snippets=True)


if __name__ == "__main__":
    for k in sys.argv[1:] or map(str, _BATCHES):
        print(f"BATCH{k}: {figures(_BATCHES[int(k)])}")
    print(f"all: {figures([e for b in _BATCHES.values() for e in b])}")
