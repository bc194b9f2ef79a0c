"""Recall, keep words and over-redaction on the seventh held-out corpus (heldout7_corpus.py, 65 excerpts).

Written for issue 14 and measured once before its writer read the scrubber: all labels 0.667 (154/231),
names/dates/ids 0.673 (109/162), keep 134/135, over-redaction 7.0% (12 of 171 spans), on both paths.
Then the scrubber was built for the issue's classes on separate dev sentences (test_text_general7.py),
never on this corpus's misses, and measured once more: all labels 0.931 (215/231), names/dates/ids 0.920
(149/162), keep 135/135, over-redaction 4.0% (9 of 225 spans), on both paths (docs/deid.md). The floors
are those after-figures, as counts, so a later change may raise them but not lose ground. Below the
issue's goal (recall >= 0.99, over-redaction <= 3%).
"""

from __future__ import annotations

import pytest

from tests.curation.deid.text.corpus_measure import STRICT_LABELS, measure
from tests.curation.deid.text.heldout7_corpus import HELDOUT7, PHI_HELDOUT7


@pytest.fixture(scope="module", params=[True, False], ids=["spacy", "rules"])
def figures(request):
    return measure(HELDOUT7, PHI_HELDOUT7, use_spacy=request.param)


def test_heldout7_size():
    assert len(HELDOUT7) == 65
    assert {s.lang for s in HELDOUT7} == {"de", "en"}
    assert sum(len(s.spans) for s in HELDOUT7) == 231
    assert sum(len(s.keep) for s in HELDOUT7) == 135
    assert len(PHI_HELDOUT7) == 3 and {s.phi for s in HELDOUT7} >= set(PHI_HELDOUT7)


def test_heldout7_recall(figures):
    print(figures.line())
    assert sum(figures.found[k] for k in STRICT_LABELS) >= 149, len(figures.missed)
    assert sum(figures.found.values()) >= 215, len(figures.missed)


def test_heldout7_keep_words(figures):
    assert len(figures.lost) == 0, len(figures.lost)


def test_heldout7_over_redaction(figures):
    assert len(figures.false_hits) <= 9, len(figures.false_hits)
    assert figures.over_redaction <= 0.04
