"""Recall and keep-word survival on the fifth held-out corpus (heldout5_corpus.py, 62 complete reports).

Measured once when the corpus was committed, before its writer read the scrubber: names/dates/ids 0.923,
all labels 0.887, keep words 100%, on both paths (with two corpus marking errors fixed later: 0.924 /
0.889). After the general fixes of test_text_general5.py: 0.994 / 0.984, keep 100%. The thresholds lock
that in (>= 0.99, >= 0.98). The fixes were written with this corpus's misses in view, so it is no longer
held out (see docs/reports.md).
"""

from __future__ import annotations

import pytest

from tests.curation.deid.text.corpus_measure import STRICT_LABELS, measure
from tests.curation.deid.text.heldout5_corpus import HELDOUT5, PHI_HELDOUT5


@pytest.fixture(scope="module", params=[True, False], ids=["spacy", "rules"])
def figures(request):
    return measure(HELDOUT5, PHI_HELDOUT5, use_spacy=request.param)


def test_heldout5_size():
    assert len(HELDOUT5) >= 60
    assert {s.lang for s in HELDOUT5} == {"de", "en"}
    assert sum(len(s.keep) for s in HELDOUT5) >= 80
    assert len(PHI_HELDOUT5) == 4 and {s.phi for s in HELDOUT5} >= set(PHI_HELDOUT5)


def test_heldout5_recall(figures):
    print(figures.line())
    assert figures.recall(STRICT_LABELS) >= 0.99, figures.missed
    assert figures.recall() >= 0.98, figures.missed


def test_heldout5_keep_words(figures):
    assert figures.lost == ()
