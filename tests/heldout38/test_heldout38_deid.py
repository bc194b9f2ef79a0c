"""Regression guard on held-out 38 (tests/heldout38/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 38"), corpus at commit d42450c on scrubber commit
2a14d81: recall 0.920 (560/609), keep 0.961 (572/595), over-redaction 3.60 %. Do not tune the
scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout38.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.920, "keep": 0.961, "over_redaction": 0.0360}


@pytest.mark.slow
def test_heldout38_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 609, 595), MEASURED, margin=0.02)
