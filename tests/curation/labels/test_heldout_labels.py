"""The held-out set (heldout_labels.py): the set's shape, the baseline as measured before, and the floors.

Measured once before the labeller existed (keyword baseline, docs/labels.md "Before") and once after it was
finished (rules, "After"); the floors are the "after" figures rounded down to two decimals. The rules were
never tuned on this set.
"""

from __future__ import annotations

from collections import Counter

import pytest

from curation.labels.rules import label_report
from tests.curation.labels.heldout_labels import REPORTS
from tests.curation.labels.keyword_baseline import bare_keywords, ct_clip_as_is
from tests.curation.labels.scoring import ABDOMINAL_LABELS, CT_RATE_LABELS, format_score, score


def _rules(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    labels = label_report(text)
    return labels.positive, labels.uncertain


def test_heldout_set_shape() -> None:
    assert len(REPORTS) >= 80
    assert Counter(r.origin for r in REPORTS) == {"de": 24, "at": 12, "ch": 12, "uk": 18, "us": 18}
    positives = Counter(label for r in REPORTS for label in r.positive)
    assert all(positives[label] >= 4 for label in CT_RATE_LABELS)  # every label has cases to score
    assert all(positives[label] >= 2 for label in ABDOMINAL_LABELS)
    assert sum(not r.positive for r in REPORTS) == 9  # normal reports (all 27 labels 0)
    assert sum(bool(r.uncertain) for r in REPORTS) == 7  # reports with a suspected finding


def test_keyword_baseline_as_measured_before() -> None:
    assert score(ct_clip_as_is, REPORTS).macro_f1_ct_rate == pytest.approx(0.178, abs=0.0005)
    assert score(bare_keywords, REPORTS).macro_f1_ct_rate == pytest.approx(0.867, abs=0.0005)


def test_rule_labeller_floors_on_heldout() -> None:
    s = score(_rules, REPORTS)
    print(format_score("rules", s))
    for line in s.misses:
        print(line)
    # Measured once after the labeller was finished (2026-12-06): 0.993 / 1.000 / 1.000 (4 label misses).
    assert s.macro_f1_ct_rate >= 0.99, s.misses
    assert s.macro_f1_abdominal >= 1.00, s.misses
    assert s.uncertain_agreement >= 1.00
    assert min(s.f1[label] for label in CT_RATE_LABELS) >= 0.90, s.f1
