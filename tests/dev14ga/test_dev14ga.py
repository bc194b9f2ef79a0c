"""Fix round 23b (aliases, foreign identity documents, phones after cue words, weekdays, DICOM dumps, accident
places): the corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14ga.corpus import DEV


def test_shape():
    assert len(DEV) == len({s.text for s in DEV}) == 51
    assert Counter(s.lang for s in DEV) == Counter({"en": 24, "de": 23, "fr": 2, "it": 2})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter({"ID": 23, "DATE": 12, "ADDRESS": 4, "PHONE": 3, "PERSON": 2, "INSTITUTION": 1})
    assert sum(len(s.keep) for s in DEV) == 133
    for s in DEV:
        assert_well_formed(s)
