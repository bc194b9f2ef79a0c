"""Regression guard on held-out 25 (tests/heldout25/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 25"), scrubber at commit 0b7e3ec (corpus committed as
bfc275c): recall 0.827 (431/521), keep 0.983 (452/460), over-redaction 3.78 %. Do not tune the
scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout25.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.827, "keep": 0.983, "over_redaction": 0.0378}


@pytest.mark.slow
def test_heldout25_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 521, 460), MEASURED, margin=0.02)
