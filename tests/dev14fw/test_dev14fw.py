"""Round 21a (logins, trial initials, relatives, role labels, titles, log rows, name shapes, ages): the dev corpus'
shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fw.corpus import DEV


def test_shape():
    assert len(DEV) == 92
    assert Counter(s.lang for s in DEV) == Counter({"en": 45, "de": 35, "fr": 7, "it": 5})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter({"PERSON": 78, "AGE": 4, "ID": 1, "DATE": 1})
    assert sum(len(s.keep) for s in DEV) == 164
    for s in DEV:
        assert_well_formed(s)
