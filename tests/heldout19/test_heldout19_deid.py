"""Regression guard on held-out 19 (tests/heldout19/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 19"), scrubber at commit 0454315 (corpus commit d1aaf5d):
recall 0.939 (462/492), keep 0.985 (509/517), over-redaction 1.98 %. Do not tune the scrubber on this
set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout19.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.939, "keep": 0.985, "over_redaction": 0.0198}


@pytest.mark.slow
def test_heldout19_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (95, 492, 517), MEASURED, margin=0.02)
