"""Round 20b (services, clubs, schools, employers, migrant IDs, place-date lines, keep-terms): the dev corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fv.corpus import DEV


def test_shape():
    assert len(DEV) == 76
    assert Counter(s.lang for s in DEV) == Counter({"de": 41, "en": 29, "it": 3, "fr": 3})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    figures = (labels["INSTITUTION"], labels["ID"], labels["ADDRESS"], labels["DATE"], labels["PHONE"])
    assert figures == (34, 17, 8, 6, 2)
    assert sum(len(s.keep) for s in DEV) == 154
    for s in DEV:
        assert_well_formed(s)
