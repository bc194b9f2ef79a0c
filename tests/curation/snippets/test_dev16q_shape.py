"""Shape of the issue-16 round-21b DEV set (`dev16q.py`, the prior-study decision): it parses, each batch holds the
refs it was written with, and the study figures can be printed:
`python -m tests.curation.snippets.test_dev16q_shape [batch ...]`.
"""

from __future__ import annotations

import sys

from curation.snippets.mine import mine_refs_batch
from tests.curation.snippets.dev16c import Excerpt
from tests.curation.snippets.dev16q import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6
from tests.curation.snippets.study_scoring import StudyScore, score_study
from tests.curation.snippets.test_dev16h_shape import _counts
from tests.curation.snippets.test_dev16r_shape import check_markup

_BATCHES = {1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6}


def study_figures(batch: list[Excerpt]) -> StudyScore:
    """The miner's study score on one batch (`include_prior=True`, the configured scorer)."""
    mined = mine_refs_batch([e.text for e in batch], [e.lang for e in batch], include_prior=True)
    return score_study(
        ([((r.series, r.image_start, r.image_end), r.prior) for r in ex.refs],
         [((r.series if r.series is not None else r.context_series, r.image_start, r.image_end), r.prior_study)
          for r in got])
        for ex, got in zip(batch, mined, strict=True))


def test_batch_shapes() -> None:
    # (excerpts, refs, prior refs, excerpts without a ref)
    assert {k: _counts(b) for k, b in _BATCHES.items()} == {
        1: (12, 18, 5, 0), 2: (11, 16, 7, 0), 3: (11, 21, 10, 0), 4: (8, 21, 10, 0), 5: (10, 13, 7, 0),
        6: (10, 19, 12, 0)}


def test_markup_is_stripped_and_items_ordered() -> None:
    check_markup(_BATCHES, marks="⟦⟧⟨⟩")  # pipe tables keep their "|"


if __name__ == "__main__":
    total = None
    for k in sys.argv[1:] or map(str, _BATCHES):
        s = study_figures(_BATCHES[int(k)])
        total = s if total is None else total + s
        print(f"BATCH{k}: {s.line()}")
    print(f"all: {total.line()}")
