"""Shape of the issue-16 round-25 DEV set (`dev16a.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting is dev16h's
(`_counts`); `figures` prints "-" for P without hits. Measure: `python -m tests.curation.snippets.test_dev16a_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16a import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5
from tests.curation.snippets.dev16c import Excerpt
from tests.curation.snippets.test_dev16c import score_dev
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (14, 37, 0, 1), 2: (10, 17, 0, 2), 3: (10, 21, 12, 1), 4: (12, 12, 8, 0), 5: (9, 15, 0, 1)}


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")  # pipe tables keep their "|"


def figures(batch: list[Excerpt]) -> str:
    """Aggregate reference precision / recall of the miner on one batch (no excerpt text); P is '-' without hits."""
    s = score_dev(batch)
    p = f"{s.tp / (s.tp + s.fp):.3f}" if s.tp + s.fp else "-"
    return f"tp={s.tp} fp={s.fp} fn={s.fn} P={p} R={s.tp / (s.tp + s.fn):.3f}"


def print_figures(batches: dict[int, list[Excerpt]], which: list[str]) -> None:
    """Print `figures` for the batches named in `which` (all when empty), then for all of them together."""
    for k in which or map(str, batches):
        print(f"BATCH{k}: {figures(batches[int(k)])}")
    print(f"all: {figures([e for b in batches.values() for e in b])}")


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv[1:])
