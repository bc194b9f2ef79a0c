"""Regression guard on held-out 35 (tests/heldout35/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 35"), corpus at commit 65c1ca6 and scrubber at 86a8c9b:
recall 0.933 (629/674), keep 0.980 (696/710), over-redaction 2.79 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout35.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.933, "keep": 0.980, "over_redaction": 0.0279}


@pytest.mark.slow
def test_heldout35_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 674, 710), MEASURED, margin=0.02)
