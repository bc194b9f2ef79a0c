"""Shape of the dev14u training corpus: counts per batch and label, so that a markup error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14u/measure.py).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14u.corpus import BATCHES

SHAPE = {
    "BATCH1": (63, 278, {"PERSON": 117, "INSTITUTION": 53, "DATE": 27, "ADDRESS": 14, "ID": 11, "PHONE": 11,
                         "AGE": 4, "EMAIL": 3}),
    "BATCH2": (64, 286, {"PERSON": 114, "INSTITUTION": 53, "DATE": 22, "ADDRESS": 15, "ID": 12, "PHONE": 11,
                         "AGE": 4, "URL": 3, "EMAIL": 1}),
    "BATCH3": (68, 318, {"PERSON": 101, "INSTITUTION": 62, "DATE": 25, "ADDRESS": 13, "ID": 13, "PHONE": 13,
                         "AGE": 2, "URL": 1, "EMAIL": 4}),
}


@pytest.mark.parametrize("name", sorted(SHAPE))
def test_batch_counts(name):
    snippets, (n, keep, labels) = BATCHES[name], SHAPE[name]
    assert len(snippets) == n
    assert sum(len(s.keep) for s in snippets) == keep
    assert Counter(label for s in snippets for *_, label in s.spans) == Counter(labels)


@pytest.mark.parametrize("name", sorted(SHAPE))
def test_batch_markup_is_clean(name):
    for s in BATCHES[name]:
        assert_well_formed(s)


def test_all_batches_are_covered():
    assert sorted(BATCHES) == sorted(SHAPE)
    snippets = [s for batch in BATCHES.values() for s in batch]
    assert len(snippets) == 195
    assert sum(len(s.spans) for s in snippets) == 709 and sum(len(s.keep) for s in snippets) == 882
    assert Counter(s.lang for s in snippets) == Counter({"de": 100, "en": 78, "fr": 9, "it": 8})
