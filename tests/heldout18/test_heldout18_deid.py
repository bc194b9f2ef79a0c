"""Regression guard on held-out 18 (tests/heldout18/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 18"), scrubber at commit e1a0870: recall 0.941 (369/392),
keep 0.979 (372/380), over-redaction 2.13 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout18.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.941, "keep": 0.979, "over_redaction": 0.0213}


@pytest.mark.slow
def test_heldout18_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (75, 392, 380), MEASURED, margin=0.02)
