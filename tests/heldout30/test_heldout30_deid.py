"""Regression guard on held-out 30 (tests/heldout30/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 30"), corpus at commit 637b070 and scrubber at the
session's start commit ab1ec4e: recall 0.943 (698/740), keep 0.981 (730/744), over-redaction 1.55 %.
Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout30.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.943, "keep": 0.981, "over_redaction": 0.0155}


@pytest.mark.slow
def test_heldout30_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 740, 744), MEASURED, margin=0.02)
