"""Regression guard on held-out 36 (tests/heldout36/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 36"), corpus at commit 3369cca and scrubber at 86a8c9b:
recall 0.902 (509/564), keep 0.983 (532/541), over-redaction 2.67 %. Do not tune the scrubber on this
set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout36.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.902, "keep": 0.983, "over_redaction": 0.0267}


@pytest.mark.slow
def test_heldout36_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 564, 541), MEASURED, margin=0.02)
