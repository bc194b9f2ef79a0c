"""Rules-only against rules + tagger on the hand-written dev set (figures in docs/deid.md, "Learned tagger").

A DEV set: the tagger's confidence floor was chosen with it, so this guards against regressions only.
"""

from __future__ import annotations

from tests.dev14t.corpus import DEV
from tests.dev14t.measure import figures


def test_dev14t_size():
    assert len(DEV) == 40
    assert sum(len(s.spans) for s in DEV) == 93 and sum(len(s.keep) for s in DEV) == 45


def test_tagger_adds_recall_without_losing_keep_terms_or_precision():
    off, on = figures(False), figures(True)
    layout = ("PERSON", "INSTITUTION", "ADDRESS")
    assert on.recall(layout) > off.recall(layout)
    assert on.recall() >= 0.98 and on.found["PERSON"] == on.total["PERSON"] == 38
    assert on.keep_rate >= off.keep_rate
    assert on.over_redaction <= off.over_redaction + 0.005
