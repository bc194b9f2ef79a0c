"""Labels held-out B floor: macro-F1 of `radcurate label-reports` on the blind set.

Measured once at 0.975 (2026-12-06, main 2382d37); the floor is 0.02 below, rounded down.
The CLI run takes about 0.6 s, so the test is not marked slow.
"""

from __future__ import annotations

from tests.heldout_labels_blind.measure_labels import measure

MACRO_F1_FLOOR = 0.954


def test_labels_blind_macro_f1_floor():
    res = measure()
    assert res["returned"] == res["reports"]
    assert res["macro_f1"] >= MACRO_F1_FLOOR, f"macro-F1 {res['macro_f1']:.3f} < floor {MACRO_F1_FLOOR}"
