"""Regression guard on held-out 21 (tests/heldout21/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 21"), scrubber at commit e39aa10: recall 0.894
(479/536), keep 0.967 (500/517), over-redaction 2.31 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout21.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.894, "keep": 0.967, "over_redaction": 0.0231}


@pytest.mark.slow
def test_heldout21_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (75, 536, 517), MEASURED, margin=0.02)
