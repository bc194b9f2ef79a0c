"""Regression guard on held-out 26 (tests/heldout26/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 26"), corpus and scrubber at commit b810b6e: recall 0.863
(485/562), keep 0.987 (587/595), over-redaction 1.77 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout26.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.863, "keep": 0.987, "over_redaction": 0.0177}


@pytest.mark.slow
def test_heldout26_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 562, 595), MEASURED, margin=0.02)
