"""Regression guard on held-out 24 (tests/heldout24/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 24"), scrubber at commit 9763c67 (corpus committed as
41dd79b): recall 0.877 (511/583), keep 0.981 (516/526), over-redaction 2.34 %. Do not tune the
scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout24.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.877, "keep": 0.981, "over_redaction": 0.0234}


@pytest.mark.slow
def test_heldout24_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 583, 526), MEASURED, margin=0.02)
