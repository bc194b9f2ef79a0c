"""Shape of the dev14u training corpus: counts per batch and label, so that a markup error fails.

The figures of each batch's single measurement are in the corpus module's docstring (tests/dev14u/measure.py).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.dev14u.corpus import BATCHES

LABELS = {"PERSON", "INSTITUTION", "ADDRESS", "DATE", "PHONE", "ID", "AGE", "EMAIL", "URL"}

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
        assert not any(m in s.text for m in ("[[", "]]", "{{", "}}")), s.text[:40]
        assert {label for *_, label in s.spans} <= LABELS
        for start, end, _ in s.spans:
            value = s.text[start:end]
            assert value and value == value.strip(), repr(value)
            # a keep-term inside a PHI span would be counted lost when the span is scrubbed
            assert not any(k in value for k in s.keep), value
        assert all(k.strip() == k and k for k in s.keep)


def test_all_batches_are_covered():
    assert sorted(BATCHES) == sorted(SHAPE)
    snippets = [s for batch in BATCHES.values() for s in batch]
    assert len(snippets) == 195
    assert sum(len(s.spans) for s in snippets) == 709 and sum(len(s.keep) for s in snippets) == 882
    assert Counter(s.lang for s in snippets) == Counter({"de": 100, "en": 78, "fr": 9, "it": 8})
