"""Shape of the issue-16 round-21 DEV set (`dev16z.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`); `figures` prints "-" for P without hits. Measure: `python -m tests.curation.snippets.test_dev16z_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16c import Excerpt
from tests.curation.snippets.dev16z import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7, BATCH8
from tests.curation.snippets.test_dev16c import score_dev
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6, 7: BATCH7, 8: BATCH8}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (14, 41, 19, 4), 2: (12, 27, 8, 3), 3: (11, 10, 0, 2), 4: (8, 14, 0, 2), 5: (8, 11, 0, 2),
        6: (10, 23, 16, 0), 7: (8, 7, 0, 2), 8: (12, 23, 17, 0)}


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")  # pipe tables keep their "|"


def figures(batch: list[Excerpt]) -> str:
    """Aggregate reference precision / recall of the miner on one batch (no excerpt text); P is '-' without hits."""
    s = score_dev(batch)
    p = f"{s.tp / (s.tp + s.fp):.3f}" if s.tp + s.fp else "-"
    return f"tp={s.tp} fp={s.fp} fn={s.fn} P={p} R={s.tp / (s.tp + s.fn):.3f}"


def print_all_figures(batches: dict[int, list[Excerpt]], argv: list[str]) -> None:
    """The `__main__` of the later shape tests: `figures` of the batches numbered in argv[1:] (of every batch
    without), then of all batches together."""
    for k in argv[1:] or map(str, batches):
        print(f"BATCH{k}: {figures(batches[int(k)])}")
    print(f"all: {figures([e for b in batches.values() for e in b])}")


if __name__ == "__main__":
    print_all_figures(_BATCHES, sys.argv)
