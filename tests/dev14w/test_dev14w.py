"""Shape of the dev14w training corpus: counts per batch and label, so that a markup error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14w/measure.py).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14w.corpus import BATCHES

# name: (excerpts, keep-terms, spans per label, excerpts per language)
SHAPE = {
    "BATCH1": (70, 240, {"PERSON": 111, "INSTITUTION": 65, "DATE": 44, "PHONE": 11, "ID": 9, "ADDRESS": 9,
                         "AGE": 4, "EMAIL": 1}, {"de": 34, "en": 22, "fr": 8, "it": 6}),
    "BATCH2": (70, 220, {"PERSON": 129, "INSTITUTION": 57, "DATE": 58, "ADDRESS": 15, "ID": 12, "PHONE": 11,
                         "AGE": 5, "EMAIL": 1}, {"de": 35, "en": 21, "fr": 8, "it": 6}),
    "BATCH3": (70, 237, {"PERSON": 116, "INSTITUTION": 60, "DATE": 44, "ADDRESS": 14, "ID": 10, "PHONE": 11,
                         "AGE": 5, "EMAIL": 1}, {"de": 35, "en": 21, "fr": 8, "it": 6}),
}


@pytest.mark.parametrize("name", sorted(SHAPE))
def test_batch_counts(name):
    snippets, (n, keep, labels, langs) = BATCHES[name], SHAPE[name]
    assert len(snippets) == n
    assert sum(len(s.keep) for s in snippets) == keep
    assert Counter(label for s in snippets for *_, label in s.spans) == Counter(labels)
    assert Counter(s.lang for s in snippets) == Counter(langs)


@pytest.mark.parametrize("name", sorted(SHAPE))
def test_batch_markup_is_clean(name):
    for s in BATCHES[name]:
        assert_well_formed(s)
        assert s.spans and s.keep, s.text[:40]  # every excerpt mixes PHI and hard negatives


def test_all_batches_are_covered():
    assert sorted(BATCHES) == sorted(SHAPE)
    snippets = [s for batch in BATCHES.values() for s in batch]
    assert len(snippets) == sum(n for n, *_ in SHAPE.values())
    assert len({s.text for s in snippets}) == len(snippets)  # no excerpt twice
    assert len(snippets) == 210
    assert sum(len(s.spans) for s in snippets) == 803 and sum(len(s.keep) for s in snippets) == 697
