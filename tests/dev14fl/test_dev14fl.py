"""Round 16b (facilities without a keyword, acronyms of facilities): the dev corpus' shape and floors."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fl.corpus import DEV, DEV_B
from tests.dev14t.measure import assert_rules_floor


def test_shape():
    assert len(DEV) == 45
    assert Counter(s.lang for s in DEV) == Counter({"de": 23, "en": 17, "fr": 3, "it": 2})
    assert Counter(label for s in DEV for *_, label in s.spans) == Counter({"INSTITUTION": 41, "DATE": 1})
    assert len(DEV_B) == 21
    assert Counter(label for s in DEV_B for *_, label in s.spans) == Counter({"INSTITUTION": 19, "DATE": 1})
    for s in (*DEV, *DEV_B):
        assert_well_formed(s)


# Rules only after round 16b: A recall 1.000, keep 1.000, 0 false hits of 42 spans; B 1.000, 1.000, 0 of 20; less a
# margin.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.95, 0.99, 0.03


def test_floor():
    for batch in (DEV, DEV_B):
        assert_rules_floor(batch, FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)
