"""Regression guard on held-out 13 (tests/heldout13/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single tagger-off (default) measurement recorded in
docs/deid.md ("Held-out 13"): recall 0.914 (619/677), keep 0.992 (503/507), over-redaction 1.55 %.
The single tagger-on measurement (recall 0.934, keep 0.982, over-redaction 2.47 %) also lies inside
these bounds. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout13.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.914, "keep": 0.992, "over_redaction": 0.0155}


@pytest.mark.slow
def test_heldout13_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (100, 677, 507), MEASURED, margin=0.02)
