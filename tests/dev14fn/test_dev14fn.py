"""Round 17a (field-keyed exports): the dev corpus' shape and floors."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fn.corpus import DEV, DEV_B
from tests.dev14t.measure import assert_rules_floor


def test_shape():
    assert len(DEV) == 41
    assert Counter(s.lang for s in DEV) == Counter({"en": 22, "de": 14, "it": 3, "fr": 2})
    labels = Counter(label for s in DEV for *_, label in s.spans)
    assert (labels["PERSON"], labels["ID"], labels["DATE"], labels["ADDRESS"]) == (39, 31, 16, 7)
    assert sum(len(s.keep) for s in DEV) == 82
    assert len(DEV_B) == 16 and sum(len(s.spans) for s in DEV_B) == 38 and sum(len(s.keep) for s in DEV_B) == 34
    for s in (*DEV, *DEV_B):
        assert_well_formed(s)


# Rules only after round 17a: A recall 1.000 (98/98), keep 1.000 (82/82), 0 false hits of 98 spans; B 1.000 (38/38),
# 1.000, 0 of 38; less a margin.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.97, 0.99, 0.03


def test_floor():
    for batch in (DEV, DEV_B):
        assert_rules_floor(batch, FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)
