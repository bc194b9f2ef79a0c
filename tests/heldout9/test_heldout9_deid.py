"""Regression guard on held-out 9 (tests/heldout9/deid_corpus.py), written blind and measured once.

Runs `radcurate scrub-text` as a black box through held-out 8's scorer. Bounds are 0.02 from the
figures of the single measurement recorded in docs/deid.md ("Held-out 9"): recall 0.801 (289/361),
keep 0.984 (421/428), over-redaction 0.99 %. Do not tune the scrubber on this set's misses.
"""

from __future__ import annotations

import pytest

from tests.heldout8.measure_deid import run_cli, score
from tests.heldout9.deid_corpus import EXCERPTS

MEASURED = {"recall": 0.801, "keep": 0.984, "over_redaction": 0.0099}
MARGIN = 0.02


@pytest.mark.slow
def test_heldout9_holds_its_single_measurement():
    outputs, _ = run_cli(EXCERPTS)
    res = score(EXCERPTS, outputs)
    assert res["missing_outputs"] == 0
    assert (res["excerpts"], res["spans"], res["keep_terms"]) == (84, 361, 428)
    assert res["recall"] >= MEASURED["recall"] - MARGIN, res["per_label"]
    assert res["keep"] >= MEASURED["keep"] - MARGIN, res["keep_ok"]
    assert res["over_redaction"] <= MEASURED["over_redaction"] + MARGIN, res["over_chars"]
