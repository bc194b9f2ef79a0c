"""Shape of the dev14y training corpus: counts per batch and label, so that a markup error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14y/measure.py).
"""

from __future__ import annotations

from tests.dev14w.shape import batch_tests, covered_snippets
from tests.dev14y.corpus import BATCHES

# name: (excerpts, keep-terms, spans per label, excerpts per language)
SHAPE = {
    "BATCH1": (70, 175, {"INSTITUTION": 79, "ADDRESS": 56, "PERSON": 28, "DATE": 19, "ID": 11, "PHONE": 9,
                         "AGE": 1}, {"de": 32, "en": 24, "fr": 8, "it": 6}),
    "BATCH2": (70, 156, {"INSTITUTION": 91, "ADDRESS": 62, "PERSON": 30, "DATE": 22, "ID": 13, "PHONE": 10,
                         "AGE": 1}, {"de": 32, "en": 24, "fr": 8, "it": 6}),
    "BATCH3": (70, 184, {"INSTITUTION": 88, "ADDRESS": 61, "PERSON": 28, "DATE": 20, "PHONE": 11, "ID": 10,
                         "AGE": 2}, {"de": 32, "en": 24, "fr": 8, "it": 6}),
}


test_batch_counts, test_batch_markup_is_clean = batch_tests(BATCHES, SHAPE)


def test_all_batches_are_covered():
    snippets = covered_snippets(BATCHES, SHAPE)
    assert len(snippets) == 210
    assert sum(len(s.spans) for s in snippets) == 652 and sum(len(s.keep) for s in snippets) == 515
