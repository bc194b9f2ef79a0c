"""Shape of the issue-16 round-10 DEV set (`dev16k.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch (aggregate only):
`python -m tests.curation.snippets.test_dev16k_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16k import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16h_shape import _counts, print_figures
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def test_batch1_shape() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert _counts(BATCH1) == (101, 136, 38, 26)


def test_batch2_shape() -> None:
    assert _counts(BATCH2) == (100, 144, 38, 26)


def test_batch3_shape() -> None:
    # two of the 27 excerpts without a ref hold a genuinely ambiguous number pair, left unmarked
    assert _counts(BATCH3) == (100, 138, 38, 27)


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES)


def test_planes_are_known_words() -> None:
    planes = {r.plane for ex in BATCH1 + BATCH2 + BATCH3 for r in ex.refs}
    assert planes <= {None, "axial", "coronal", "sagittal"}


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv)
