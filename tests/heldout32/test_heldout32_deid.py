"""Regression guard on held-out 32 (tests/heldout32/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 32"), corpus at commit 6deb952 and scrubber at efe4f61:
recall 0.902 (605/671), keep 0.995 (592/595), over-redaction 1.69 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout32.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.902, "keep": 0.995, "over_redaction": 0.0169}


@pytest.mark.slow
def test_heldout32_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 671, 595), MEASURED, margin=0.02)
