"""Fix round 24a (HL7 address components, obfuscated e-mails, export paths, CX identifiers, device serials, dump
keys): the corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14gb.corpus import DEV


def test_shape():
    assert len(DEV) == len({s.text for s in DEV}) == 32
    assert Counter(s.lang for s in DEV) == Counter({"de": 16, "en": 15, "fr": 1})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels == Counter(
        {"ID": 21, "DATE": 16, "ADDRESS": 15, "PERSON": 14, "EMAIL": 5, "PHONE": 4, "INSTITUTION": 1, "AGE": 1}
    )
    assert sum(len(s.keep) for s in DEV) == 99
    for s in DEV:
        assert_well_formed(s)
