"""Regression guard on held-out 37 (tests/heldout37/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 37"), corpus at commit 215f375, scrubber at 2a14d81:
recall 0.828 (473/571), keep 0.984 (546/555), over-redaction 2.07 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout37.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.828, "keep": 0.984, "over_redaction": 0.0207}


@pytest.mark.slow
def test_heldout37_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 571, 555), MEASURED, margin=0.02)
