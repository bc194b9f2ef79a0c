"""Mining against held-out set 3 (`heldout3.py`), written before reading the grammar: P >= 0.995, R >= 0.98."""

from __future__ import annotations

from tests.curation.snippets.heldout3 import CONFOUNDERS, POSITIVES
from tests.curation.snippets.test_heldout import score


def test_heldout3_size() -> None:
    assert len(POSITIVES) >= 120
    assert len(CONFOUNDERS) >= 80
    assert {lang for lang, _, _ in POSITIVES} == {"de", "en"}


def test_precision_recall_on_heldout3() -> None:
    tp, fp, fn, misses = score(POSITIVES, CONFOUNDERS)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"heldout3: tp={tp} fp={fp} fn={fn} precision={precision:.4f} recall={recall:.4f}")
    assert precision >= 0.995, misses
    assert recall >= 0.98, misses
