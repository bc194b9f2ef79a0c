"""Round 21b (structured exports, facilities, places, IDs, phones, keep-terms): the dev corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fx.corpus import DEV


def test_shape():
    assert len(DEV) == 81
    assert Counter(s.lang for s in DEV) == Counter({"de": 40, "en": 32, "it": 5, "fr": 4})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    figures = (labels["INSTITUTION"], labels["DATE"], labels["ADDRESS"], labels["ID"], labels["PERSON"])
    assert figures == (32, 15, 15, 14, 13)
    assert (labels["PHONE"], labels["EMAIL"]) == (4, 1)
    assert sum(len(s.keep) for s in DEV) == 150
    for s in DEV:
        assert_well_formed(s)
