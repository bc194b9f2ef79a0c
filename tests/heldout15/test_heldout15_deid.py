"""Regression guard on held-out 15 (tests/heldout15/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single tagger-off (default) measurement recorded in
docs/deid.md ("Held-out 15"), scrubber at commit d7e67fa: recall 0.933 (488/523), keep 0.960
(316/329), over-redaction 1.91 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout15.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.933, "keep": 0.960, "over_redaction": 0.0191}


@pytest.mark.slow
def test_heldout15_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 523, 329), MEASURED, margin=0.02)
