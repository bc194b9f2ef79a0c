"""Round 17a (field-keyed exports): the dev corpus' shape and floors."""

from __future__ import annotations

from tests.dev14fn.corpus import DEV, DEV_B
from tests.dev14t.dev_checks import assert_dev_shape, assert_rules_floors


def test_shape():
    assert_dev_shape(DEV, 41, langs={"en": 22, "de": 14, "it": 3, "fr": 2},
                     labels={"PERSON": 39, "ID": 31, "DATE": 16, "ADDRESS": 7}, keep=82)
    assert_dev_shape(DEV_B, 16, spans=38, keep=34)


# Rules only after round 17a: A recall 1.000 (98/98), keep 1.000 (82/82), 0 false hits of 98 spans; B 1.000 (38/38),
# 1.000, 0 of 38; less a margin.
FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.97, 0.99, 0.03


def test_floor():
    assert_rules_floors((DEV, DEV_B), FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER)
