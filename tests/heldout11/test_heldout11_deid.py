"""Regression guard on held-out 11 (tests/heldout11/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single measurement recorded in docs/deid.md ("Held-out 11"):
recall 0.852 (364/427), keep 0.989 (438/443), over-redaction 1.78 %. Do not tune the scrubber on this
set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout11.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.852, "keep": 0.989, "over_redaction": 0.0178}


@pytest.mark.slow
def test_heldout11_holds_its_single_measurement():
    assert_holds_measurement(EXCERPTS, (94, 427, 443), MEASURED, margin=0.02)
