"""Shape of the dev14x training corpus (exported documents): counts per batch and label, so that a markup
error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14x/measure.py).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14x.corpus import BATCHES

# name: (excerpts, keep-terms, spans per label, excerpts per language)
SHAPE = {
    "BATCH1": (72, 269, {"PERSON": 96, "DATE": 68, "INSTITUTION": 52, "ID": 24, "PHONE": 23, "ADDRESS": 12,
                         "AGE": 3, "EMAIL": 2}, {"de": 34, "en": 24, "fr": 8, "it": 6}),
    "BATCH2": (72, 272, {"PERSON": 90, "DATE": 56, "INSTITUTION": 53, "PHONE": 21, "ID": 20, "ADDRESS": 14,
                         "AGE": 3, "EMAIL": 2}, {"de": 34, "en": 23, "fr": 9, "it": 6}),
    "BATCH3": (71, 261, {"PERSON": 84, "INSTITUTION": 64, "DATE": 56, "ID": 22, "PHONE": 21, "ADDRESS": 13,
                         "AGE": 4, "EMAIL": 1}, {"de": 35, "en": 22, "fr": 8, "it": 6}),
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
        assert s.spans and s.keep, s.text[:40]  # every document mixes PHI and hard negatives
        assert s.phi is None  # rules alone: no patient dictionary


def test_all_batches_are_covered():
    assert sorted(BATCHES) == sorted(SHAPE)
    snippets = [s for batch in BATCHES.values() for s in batch]
    assert len(snippets) == sum(n for n, *_ in SHAPE.values())
    assert len({s.text for s in snippets}) == len(snippets)  # no document twice
    assert sum(len(s.spans) for s in snippets) == sum(sum(labels.values()) for _, _, labels, _ in SHAPE.values())
    assert len(snippets) == 215
    assert sum(len(s.spans) for s in snippets) == 804 and sum(len(s.keep) for s in snippets) == 802
