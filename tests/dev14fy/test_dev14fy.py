"""Fix round 22 (lower-case names before credentials, plural titles, residence cues, keep losses): the corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fy.corpus import DEV


def test_shape():
    assert len(DEV) == len({s.text for s in DEV}) == 68
    assert Counter(s.lang for s in DEV) == Counter({"en": 29, "de": 21, "fr": 10, "it": 8})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter({"PERSON": 48, "ADDRESS": 13, "DATE": 3})
    assert sum(len(s.keep) for s in DEV) == 116
    for s in DEV:
        assert_well_formed(s)
