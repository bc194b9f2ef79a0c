"""Round 17b (legal, forensic, military, occupational and insurance organisations): the dev corpus' shape."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fo.corpus import DEV, DEV_B


def test_shape():
    assert len(DEV) == 63
    assert Counter(s.lang for s in DEV) == Counter({"de": 25, "en": 25, "fr": 8, "it": 5})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert (labels["INSTITUTION"], labels["ID"], labels["PERSON"], labels["ADDRESS"]) == (34, 19, 17, 9)
    assert len(DEV_B) == 45
    assert Counter(label for s in DEV_B for *_, label in s.spans)["INSTITUTION"] == 27
    for s in (*DEV, *DEV_B):
        assert_well_formed(s)
