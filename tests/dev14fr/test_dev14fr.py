"""Round 18c (IDs, dates, ages, role-prefixed persons, keep-terms): the dev corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fr.corpus import DEV


def test_shape():
    assert len(DEV) == 55
    assert Counter(s.lang for s in DEV) == Counter({"de": 31, "en": 13, "it": 8, "fr": 3})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert (labels["ID"], labels["DATE"], labels["PERSON"], labels["ADDRESS"], labels["AGE"]) == (12, 12, 12, 8, 5)
    assert sum(len(s.keep) for s in DEV) == 119
    for s in DEV:
        assert_well_formed(s)
