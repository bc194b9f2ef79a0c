"""Fix round 23a (logins after note cues, law firms with partners, names with particles): the corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fz.corpus import DEV


def test_shape():
    assert len(DEV) == len({s.text for s in DEV}) == 34
    assert Counter(s.lang for s in DEV) == Counter({"en": 16, "de": 15, "fr": 2, "it": 1})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter({"PERSON": 17, "INSTITUTION": 6})
    assert sum(len(s.keep) for s in DEV) == 66
    for s in DEV:
        assert_well_formed(s)
