"""Regression guard on held-out 28 (tests/heldout28/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single default-setting measurement (RADCURATE_DEID_TAGGER
unset) recorded in docs/deid.md ("Held-out 28"), corpus at commit 6dff521 and scrubber at ab1ec4e:
recall 0.841 (621/738), keep 0.972 (734/755), over-redaction 2.41 %. Do not tune the scrubber on
this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout28.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.841, "keep": 0.972, "over_redaction": 0.0241}


@pytest.mark.slow
def test_heldout28_holds_its_single_measurement(monkeypatch):
    monkeypatch.delenv("RADCURATE_DEID_TAGGER", raising=False)  # the default setting was measured
    assert_holds_measurement(EXCERPTS, (80, 738, 755), MEASURED, margin=0.02)
