"""Round 16b (facilities without a keyword, acronyms of facilities): the dev corpus' shape and floors."""

from __future__ import annotations

from tests.dev14fl.corpus import DEV, DEV_B
from tests.dev14t.dev_checks import assert_dev_shape, assert_rules_floors


def test_shape():
    assert_dev_shape(DEV, 45, langs={"de": 23, "en": 17, "fr": 3, "it": 2}, all_labels={"INSTITUTION": 41, "DATE": 1})
    assert_dev_shape(DEV_B, 21, all_labels={"INSTITUTION": 19, "DATE": 1})


# Rules only after round 16b: A recall 1.000, keep 1.000, 0 false hits of 42 spans; B 1.000, 1.000, 0 of 20; less a
# margin.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.95, 0.99, 0.03


def test_floor():
    assert_rules_floors((DEV, DEV_B), FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)
