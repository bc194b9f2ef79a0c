"""Round 18b (facility brands, networks and services): the dev corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fq.corpus import DEV


def test_shape():
    assert len(DEV) == 58
    assert Counter(s.lang for s in DEV) == Counter({"en": 27, "de": 22, "fr": 7, "it": 2})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert (labels["INSTITUTION"], labels["ADDRESS"], labels["PERSON"]) == (44, 3, 1)  # re-marked: conventions
    for s in DEV:
        assert_well_formed(s)
