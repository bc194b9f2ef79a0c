"""Regression guard on held-out 9 (tests/heldout9/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer. Bounds are 0.02 from the
figures of the single measurement recorded in docs/deid.md ("Held-out 9"): recall 0.801 (289/361),
keep 0.984 (421/428), over-redaction 0.99 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.deid_corpus import EXCERPTS
from tests.heldout9.measure_deid import assert_holds_measurement

MEASURED = {"recall": 0.801, "keep": 0.984, "over_redaction": 0.0099}


@pytest.mark.slow
def test_heldout9_holds_its_single_measurement():
    assert_holds_measurement(EXCERPTS, (84, 361, 428), MEASURED, margin=0.02)
