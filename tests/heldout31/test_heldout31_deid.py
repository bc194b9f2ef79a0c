"""Regression guard on held-out 31 (tests/heldout31/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 31"), corpus commit 2a04d6a on scrubber commit efe4f61:
recall 0.845 (686/812), keep 0.984 (787/800), over-redaction 2.03 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout31.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.845, "keep": 0.984, "over_redaction": 0.0203}


@pytest.mark.slow
def test_heldout31_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 812, 800), MEASURED, margin=0.02)
