"""Round 14b (brand-style institutions, phones with an extension suffix, rooms and floors, scanner models): the dev
corpus' shape and floors."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14ff.corpus import DEV, DEV_B
from tests.dev14t.measure import assert_rules_floor

# Round 14b figures, rules only: 1.000 recall, 1.000 keep, 0 false hits on A (31 spans) and B (13), less a margin;
# measured once before (e8c204c): A 0.677 / 0.950 / 6 of 38.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.97, 0.99, 0.03


def test_shape():
    assert len(DEV) == 43
    assert Counter(s.lang for s in DEV) == Counter({"en": 23, "de": 16, "fr": 2, "it": 2})
    assert len(DEV_B) == 17
    for s in (*DEV, *DEV_B):
        assert_well_formed(s)


def test_floor():
    for batch in (DEV, DEV_B):
        assert_rules_floor(batch, FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)
