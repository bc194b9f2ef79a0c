"""Figures of the scrubber on the issue-14 class dev corpus (dev_classes_corpus.py): a DEV set, tuned on, so
these floors guard the classes against regressions; they are no measure of unseen text (held-out 8/9 are)."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.corpus_measure import measure
from tests.curation.deid.text.dev_classes_corpus import DEV_CORPUS


@pytest.fixture(scope="module", params=[True, False], ids=["spacy", "rules"])
def figures(request):
    return measure(DEV_CORPUS, {}, use_spacy=request.param)


def test_dev_corpus_covers_the_classes():
    labels = {label for s in DEV_CORPUS for _, _, label in s.spans}
    assert labels == {"PERSON", "INSTITUTION", "ADDRESS", "AGE", "ID", "DATE", "PHONE"}
    assert {s.lang for s in DEV_CORPUS} == {"de", "en"}
    assert sum(len(s.spans) for s in DEV_CORPUS) >= 120
    assert sum(len(s.keep) for s in DEV_CORPUS) >= 60


def test_dev_recall(figures):
    assert figures.recall() >= 0.90, figures.missed


def test_dev_keep_terms(figures):
    assert figures.keep_rate == 1.0, figures.lost


def test_dev_over_redaction(figures):
    assert figures.over_redaction <= 0.02, figures.false_hits
