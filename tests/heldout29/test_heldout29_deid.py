"""Regression guard on held-out 29 (tests/heldout29/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 29"), corpus at commit 99ed83d and scrubber at commit
ab1ec4e: recall 0.895 (586/655), keep 0.970 (682/703), over-redaction 2.12 %. Do not tune the
scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout29.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.895, "keep": 0.970, "over_redaction": 0.0212}


@pytest.mark.slow
def test_heldout29_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 655, 703), MEASURED, margin=0.02)
