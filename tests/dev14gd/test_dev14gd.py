"""Round 25 (addresses in prose, letters and forms, classes shared by many authors): the corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14gd.corpus import DEV


def test_shape():
    assert len(DEV) == len({s.text for s in DEV}) == 57
    assert Counter(s.lang for s in DEV) == Counter({"de": 28, "en": 24, "fr": 3, "it": 2})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter({"ADDRESS": 48})
    assert sum(len(s.keep) for s in DEV) == 133
    for s in DEV:
        assert_well_formed(s)
