"""Shape of the dev14x training corpus (exported documents): counts per batch and label, so that a markup
error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14x/measure.py).
"""

from __future__ import annotations

from tests.dev14w.shape import batch_tests, covered_snippets
from tests.dev14x.corpus import BATCHES

# name: (excerpts, keep-terms, spans per label, excerpts per language)
SHAPE = {
    "BATCH1": (72, 269, {"PERSON": 96, "DATE": 68, "INSTITUTION": 52, "ID": 24, "PHONE": 23, "ADDRESS": 12,
                         "AGE": 3, "EMAIL": 2}, {"de": 34, "en": 24, "fr": 8, "it": 6}),
    "BATCH2": (72, 270, {"PERSON": 90, "DATE": 56, "INSTITUTION": 55, "PHONE": 21, "ID": 20, "ADDRESS": 14,
                         "AGE": 3, "EMAIL": 2}, {"de": 34, "en": 23, "fr": 9, "it": 6}),
    "BATCH3": (71, 261, {"PERSON": 84, "INSTITUTION": 64, "DATE": 56, "ID": 22, "PHONE": 21, "ADDRESS": 13,
                         "AGE": 4, "EMAIL": 1}, {"de": 35, "en": 22, "fr": 8, "it": 6}),
}


test_batch_counts, test_batch_markup_is_clean = batch_tests(BATCHES, SHAPE, no_phi_dictionary=True)


def test_all_batches_are_covered():
    snippets = covered_snippets(BATCHES, SHAPE)
    assert sum(len(s.spans) for s in snippets) == sum(sum(labels.values()) for _, _, labels, _ in SHAPE.values())
    assert len(snippets) == 215
    assert sum(len(s.spans) for s in snippets) == 806 and sum(len(s.keep) for s in snippets) == 800
