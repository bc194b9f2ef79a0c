"""Round 15b (institutions): the dev corpus' shape and floors."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fi.corpus import DEV


def test_shape():
    assert len(DEV) == 58
    assert Counter(s.lang for s in DEV) == Counter({"en": 26, "de": 20, "fr": 6, "it": 6})
    assert Counter(label for s in DEV for *_, label in s.spans)["INSTITUTION"] == 56
    for s in DEV:
        assert_well_formed(s)
