"""Shape of the issue-16 round-7 DEV set (`dev16h.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. `figures` is the scorer
used once per batch on the unchanged miner (aggregate only: `python -m tests.curation.snippets.test_dev16h_shape 1`).
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16c import Excerpt
from tests.curation.snippets.dev16h import BATCH1, BATCH2, BATCH3
from tests.curation.snippets.test_dev16c import score_dev

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3}


def _counts(batch: list[Excerpt]) -> tuple[int, int, int, int]:
    """(excerpts, refs, prior refs, excerpts without a ref) of one batch."""
    refs = [r for ex in batch for r in ex.refs]
    return len(batch), len(refs), sum(r.prior for r in refs), sum(not ex.refs for ex in batch)


def figures(batch: list[Excerpt]) -> str:
    """Aggregate reference precision / recall of the miner on one batch (no excerpt text)."""
    s = score_dev(batch)
    return f"tp={s.tp} fp={s.fp} fn={s.fn} P={s.precision:.3f} R={s.recall:.3f}"


def print_figures(batches: dict[int, list[Excerpt]], argv: list[str]) -> None:
    """The `__main__` of the shape tests: `figures` of batch number argv[1]."""
    print(f"BATCH{argv[1]}: {figures(batches[int(argv[1])])}")


def test_batch1_shape() -> None:
    assert _counts(BATCH1) == (104, 116, 32, 25)  # round 29 (refs-conv29): 1 re-marked prior


def test_batch2_shape() -> None:
    assert _counts(BATCH2) == (112, 123, 36, 28)  # round 29 (refs-conv29): 1 re-marked prior


def test_batch3_shape() -> None:
    assert _counts(BATCH3) == (103, 122, 39, 28)


def test_markup_is_stripped() -> None:
    for ex in BATCH1 + BATCH2 + BATCH3:
        assert ex.lang in {"de", "en"}
        assert not any(c in ex.text for c in "⟦⟧⟨⟩|"), ex.text[:30]
        assert all(r.image_start <= r.image_end for r in ex.refs)


if __name__ == "__main__":
    print_figures(_BATCHES, sys.argv)
