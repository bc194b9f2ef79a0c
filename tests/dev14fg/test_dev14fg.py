"""Round 14c (addresses): the dev corpus' shape and floors."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fg.corpus import DEV


def test_shape():
    assert len(DEV) == 51
    assert Counter(s.lang for s in DEV) == Counter({"de": 22, "en": 14, "fr": 8, "it": 7})
    assert Counter(label for s in DEV for *_, label in s.spans)["ADDRESS"] == 93
    for s in DEV:
        assert_well_formed(s)
