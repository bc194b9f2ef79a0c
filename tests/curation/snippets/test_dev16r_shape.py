"""Shape of the issue-16 round-11 DEV set (`dev16r.py`): it parses, and each batch holds the refs it was written with.

A markup error (a lost bracket, a bad spec token) changes these counts or fails the import. The counting and the
scorer are dev16h's (`_counts`, `figures`); measure one batch:
`python -m tests.curation.snippets.test_dev16r_shape 1`.
"""

from __future__ import annotations

import sys

from tests.curation.snippets.dev16c import Excerpt
from tests.curation.snippets.dev16r import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5
from tests.curation.snippets.test_dev16h_shape import _counts, figures

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5}


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (40, 41, 0, 6), 2: (33, 46, 24, 4), 3: (26, 26, 0, 8), 4: (18, 25, 0, 5), 5: (14, 19, 10, 2)}


def check_markup(batches: dict[int, list[Excerpt]], marks: str = "⟦⟧⟨⟩|", snippets: bool = False) -> None:
    """Every excerpt of `batches` has a known language, none of `marks` left in its text, ordered ranges, no
    snippets (with `snippets`: each snippet a part of its excerpt's text)."""
    for batch in batches.values():
        for ex in batch:
            assert ex.lang in {"de", "en"}
            assert not any(c in ex.text for c in marks), ex.text[:30]
            assert all(r.image_start <= r.image_end for r in ex.refs)
            assert all(r.snippet in ex.text if snippets and r.snippet else r.snippet is None for r in ex.refs)


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES)


if __name__ == "__main__":
    print(f"BATCH{sys.argv[1]}: {figures(_BATCHES[int(sys.argv[1])])}")
