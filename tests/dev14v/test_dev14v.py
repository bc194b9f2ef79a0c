"""Shape of the dev14v training corpus: documents, keep-terms and PHI spans per label, so a markup slip fails.

The figures of each batch's single measurement are in tests/dev14v/corpus.py's docstring (tests/dev14v/measure.py).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14v.corpus import BATCHES

# batch: (documents, keep-terms, PHI spans per label)
SHAPE = {
    "BATCH1": (54, 305, {"PERSON": 217, "DATE": 83, "ID": 50, "INSTITUTION": 48, "ADDRESS": 30, "PHONE": 19,
                         "EMAIL": 3, "AGE": 3, "URL": 1}),
    "BATCH2": (54, 278, {"PERSON": 216, "DATE": 81, "INSTITUTION": 54, "ID": 35, "ADDRESS": 33, "PHONE": 14,
                         "EMAIL": 3, "AGE": 2, "URL": 1}),
    "BATCH3": (55, 290, {"PERSON": 216, "DATE": 80, "INSTITUTION": 61, "ID": 29, "ADDRESS": 24, "PHONE": 15,
                         "EMAIL": 4, "AGE": 3, "URL": 1}),
}


@pytest.mark.parametrize("name", sorted(SHAPE))
def test_shape(name):
    docs, (n_docs, n_keep, labels) = BATCHES[name], SHAPE[name]
    assert (len(docs), sum(len(d.keep) for d in docs)) == (n_docs, n_keep)
    assert Counter(label for d in docs for *_, label in d.spans) == Counter(labels)


@pytest.mark.parametrize("name", sorted(SHAPE))
def test_spans_and_keep_terms_are_well_formed(name):
    for doc in BATCHES[name]:
        assert doc.lang in {"de", "en", "fr", "it"}
        assert_well_formed(doc)


def test_every_batch_has_a_shape():
    assert list(BATCHES) == list(SHAPE)


def test_totals_meet_the_brief():
    docs = [d for batch in BATCHES.values() for d in batch]
    assert all(50 <= len(batch) <= 60 for batch in BATCHES.values())
    assert sum(len(d.spans) for d in docs) == 1326 and sum(len(d.keep) for d in docs) == 873
    assert Counter(d.lang for d in docs) == Counter({"de": 75, "en": 67, "fr": 12, "it": 9})
