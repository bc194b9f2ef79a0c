"""Round 19b (facilities partly or not covered, bracket places, keep losses): the dev corpus' shape and floors."""

from __future__ import annotations

from tests.dev14ft.corpus import DEV
from tests.dev14t.dev_checks import assert_dev_shape, assert_rules_floors


def test_shape():
    assert_dev_shape(
        DEV,
        84,
        langs={"de": 43, "en": 29, "it": 6, "fr": 6},
        all_labels={"INSTITUTION": 53, "ADDRESS": 4, "PERSON": 2, "DATE": 2},
        keep=198,
    )


# Rules only after round 19b: recall 0.984 (the one miss a charity named without a keyword), keep 1.000, 1 false
# hit of 61 spans; less a margin.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.96, 0.99, 0.03


def test_floor():
    assert_rules_floors((DEV,), FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)
