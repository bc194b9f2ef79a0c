"""Regression guard on held-out 23 (tests/heldout23/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 23"), scrubber at commit e8c204c (corpus committed as
9b2a116): recall 0.878 (404/460), keep 0.984 (485/493), over-redaction 1.95 %. Do not tune the
scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout23.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.878, "keep": 0.984, "over_redaction": 0.0195}


@pytest.mark.slow
def test_heldout23_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (75, 460, 493), MEASURED, margin=0.02)
