"""Regression guard on held-out 10 (tests/heldout10/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single measurement recorded in docs/deid.md ("Held-out 10"):
recall 0.852 (311/365), keep 0.975 (306/314), over-redaction 2.91 %. Do not tune the scrubber on this
set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout10.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.852, "keep": 0.975, "over_redaction": 0.0291}


@pytest.mark.slow
def test_heldout10_holds_its_single_measurement():
    assert_holds_measurement(EXCERPTS, (80, 365, 314), MEASURED, margin=0.02)
