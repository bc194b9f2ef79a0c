"""Shape of the dev14w training corpus: counts per batch and label, so that a markup error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14w/measure.py).
"""

from __future__ import annotations

from tests.dev14w.corpus import BATCHES
from tests.dev14w.shape import batch_tests, covered_snippets

# name: (excerpts, keep-terms, spans per label, excerpts per language)
SHAPE = {
    "BATCH1": (70, 240, {"PERSON": 111, "INSTITUTION": 65, "DATE": 44, "PHONE": 11, "ID": 9, "ADDRESS": 9,
                         "AGE": 4, "EMAIL": 1}, {"de": 34, "en": 22, "fr": 8, "it": 6}),
    "BATCH2": (70, 220, {"PERSON": 129, "INSTITUTION": 57, "DATE": 58, "ADDRESS": 15, "ID": 12, "PHONE": 11,
                         "AGE": 5, "EMAIL": 1}, {"de": 35, "en": 21, "fr": 8, "it": 6}),
    "BATCH3": (70, 237, {"PERSON": 116, "INSTITUTION": 60, "DATE": 44, "ADDRESS": 14, "ID": 10, "PHONE": 11,
                         "AGE": 5, "EMAIL": 1}, {"de": 35, "en": 21, "fr": 8, "it": 6}),
}


test_batch_counts, test_batch_markup_is_clean = batch_tests(BATCHES, SHAPE)


def test_all_batches_are_covered():
    snippets = covered_snippets(BATCHES, SHAPE)
    assert len(snippets) == 210
    assert sum(len(s.spans) for s in snippets) == 803 and sum(len(s.keep) for s in snippets) == 697
