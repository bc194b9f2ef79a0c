"""Fix round 24b (interpreter services, nicknames, lone given names after roles, UK ambulance services, generic
services as keep-terms): the corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14gc.corpus import DEV


def test_shape():
    assert len(DEV) == len({s.text for s in DEV}) == 38
    assert Counter(s.lang for s in DEV) == Counter({"en": 24, "de": 13, "fr": 1})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter({"PERSON": 24, "INSTITUTION": 11, "ID": 1})
    assert sum(len(s.keep) for s in DEV) == 57
    for s in DEV:
        assert_well_formed(s)
