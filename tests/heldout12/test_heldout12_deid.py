"""Regression guard on held-out 12 (tests/heldout12/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer (held-out 9's floor check).
Bounds are 0.02 from the figures of the single measurement recorded in docs/deid.md ("Held-out 12"):
recall 0.744 (300/403), keep 0.991 (345/348), over-redaction 1.02 %. Do not tune the scrubber on this
set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout9.measure_deid import assert_holds_measurement
from tests.heldout12.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.744, "keep": 0.991, "over_redaction": 0.0102}


@pytest.mark.slow
def test_heldout12_holds_its_single_measurement():
    assert_holds_measurement(EXCERPTS, (95, 403, 348), MEASURED, margin=0.02)
