"""Regression guard on held-out 17 (tests/heldout17/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 17"), scrubber at commit 1f070ba: recall 0.875
(583/666), keep 0.942 (622/660), over-redaction 2.72 % (414/15210). Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout17.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.875, "keep": 0.942, "over_redaction": 0.0272}


@pytest.mark.slow
def test_heldout17_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (95, 666, 660), MEASURED, margin=0.02)
