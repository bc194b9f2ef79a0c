"""Regression guard on held-out 34 (tests/heldout34/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 34"), corpus at commit 7011c9e, scrubber at 1c7d04c:
recall 0.882 (487/552), keep 0.987 (544/551), over-redaction 1.82 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout34.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.882, "keep": 0.987, "over_redaction": 0.0182}


@pytest.mark.slow
def test_heldout34_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 552, 551), MEASURED, margin=0.02)
