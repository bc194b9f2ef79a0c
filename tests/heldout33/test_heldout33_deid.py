"""Regression guard on held-out 33 (tests/heldout33/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 33"), corpus at commit a92c4a1 on scrubber 1c7d04c:
recall 0.922 (636/690), keep 0.967 (648/670), over-redaction 3.40 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout33.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.922, "keep": 0.967, "over_redaction": 0.0340}


@pytest.mark.slow
def test_heldout33_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 690, 670), MEASURED, margin=0.02)
