"""Regression guard on held-out 22 (tests/heldout22/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 22"), scrubber at commit e8c204c (corpus commit d67e972):
recall 0.848 (403/475), keep 0.986 (581/589), over-redaction 2.23 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout22.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.848, "keep": 0.986, "over_redaction": 0.0223}


@pytest.mark.slow
def test_heldout22_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 475, 589), MEASURED, margin=0.02)
