"""Round 18a (boards, rotas, staff lists, first-name sign-offs): the dev corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fp.corpus import DEV, DEV_B


def test_shape():
    assert len(DEV) == 33
    assert len(DEV_B) == 14
    for s in (*DEV, *DEV_B):
        assert_well_formed(s)
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert labels["PERSON"] > 60
