"""Regression guard on held-out 20 (tests/heldout20/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 20"), scrubber at commit 5968021: recall 0.909 (458/504),
keep 0.962 (506/526), over-redaction 3.78 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout20.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.909, "keep": 0.962, "over_redaction": 0.0378}


@pytest.mark.slow
def test_heldout20_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (75, 504, 526), MEASURED, margin=0.02)
