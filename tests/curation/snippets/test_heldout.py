"""Mining against the held-out set (`heldout.py`), written without reading the grammar: P >= 0.995, R >= 0.98."""

from __future__ import annotations

from collections import Counter

from curation.snippets.mine import mine_refs_batch
from tests.curation.snippets.heldout import CONFOUNDERS, POSITIVES


def score(positives: list, confounders: list) -> tuple[int, int, int, list[str]]:
    """(tp, fp, fn, misses) of the miner over a reference set; a ref is (series, image_start, image_end)."""
    texts = [t for _, t, _ in positives] + [t for _, t in confounders]
    langs = [lang for lang, _, _ in positives] + [lang for lang, _ in confounders]
    expected = [e for _, _, e in positives] + [[] for _ in confounders]
    tp = fp = fn = 0
    misses = []
    for text, want, got in zip(texts, expected, mine_refs_batch(texts, langs), strict=True):
        want_c = Counter(want)
        got_c = Counter((r.series, r.image_start, r.image_end) for r in got)
        hit = sum((want_c & got_c).values())
        tp, fp, fn = tp + hit, fp + sum(got_c.values()) - hit, fn + sum(want_c.values()) - hit
        if want_c != got_c:
            misses.append(f"{text!r}: want {sorted(want_c)} got {sorted(got_c, key=str)}")
    return tp, fp, fn, misses


def test_heldout_size() -> None:
    assert len(POSITIVES) >= 120
    assert len(CONFOUNDERS) >= 60
    assert {lang for lang, _, _ in POSITIVES} == {"de", "en"}


def test_precision_recall_on_heldout() -> None:
    tp, fp, fn, misses = score(POSITIVES, CONFOUNDERS)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"heldout: tp={tp} fp={fp} fn={fn} precision={precision:.4f} recall={recall:.4f}")
    assert precision >= 0.995, misses
    assert recall >= 0.98, misses
