"""Mining against held-out set 3 (`heldout3.py`), written before reading the grammar: P >= 0.995, R >= 0.98.

Set 3 names the series a radiologist meant, also for an image-only reference under a "Serie 3:" heading
("Serie 3: Bild 45 Rundherd, Bild 60 Zyste"). The miner writes such a ref with `series=None` and the
heading in `context_series` (the convention of refset.py: `series` is only what the reference itself
writes), and the resolver uses the context series. So set 3 is scored on the series the resolver uses;
the score on the written series alone is printed beside it (docs/snippets.md has both).
"""

from __future__ import annotations

from collections import Counter

import pytest

from curation.snippets.mine import mine_refs, mine_refs_batch
from tests.curation.snippets.heldout3 import CONFOUNDERS, POSITIVES


def score(*, effective: bool) -> tuple[int, int, int, list[str]]:
    """(tp, fp, fn, misses); `effective` scores series or, for an image-only ref, its context series."""
    texts = [t for _, t, _ in POSITIVES] + [t for _, t in CONFOUNDERS]
    langs = [lang for lang, _, _ in POSITIVES] + [lang for lang, _ in CONFOUNDERS]
    expected = [e for _, _, e in POSITIVES] + [[] for _ in CONFOUNDERS]
    tp = fp = fn = 0
    misses = []
    for text, want, got in zip(texts, expected, mine_refs_batch(texts, langs), strict=True):
        want_c = Counter(want)
        got_c = Counter((r.context_series if effective and r.series is None else r.series,
                         r.image_start, r.image_end) for r in got)
        hit = sum((want_c & got_c).values())
        tp, fp, fn = tp + hit, fp + sum(got_c.values()) - hit, fn + sum(want_c.values()) - hit
        if want_c != got_c:
            misses.append(f"{text!r}: want {sorted(want_c)} got {sorted(got_c, key=str)}")
    return tp, fp, fn, misses


def test_heldout3_size() -> None:
    assert len(POSITIVES) >= 120
    assert len(CONFOUNDERS) >= 80
    assert sum(len(refs) for _, _, refs in POSITIVES) == 181
    assert {lang for lang, _, _ in POSITIVES} == {"de", "en"}


def test_precision_recall_on_heldout3() -> None:
    tp, fp, fn, misses = score(effective=True)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    w_tp, w_fp, w_fn, w_misses = score(effective=False)
    print(f"heldout3: tp={tp} fp={fp} fn={fn} precision={precision:.4f} recall={recall:.4f}; written series only: "
          f"tp={w_tp} fp={w_fp} fn={w_fn}")
    assert precision >= 0.995, misses
    assert recall >= 0.98, misses
    # The written-series score differs only by the "Serie 3:" heading refs (2 of 181).
    assert w_fn == w_fp <= 2, w_misses


@pytest.mark.parametrize(("text", "want"), [
    ("Leberzyste (Bildnummer 45).", [(None, 45, 45)]),
    ("Zyste (Bild-Nr. 45, Serie 3).", [(3, 45, 45)]),
    ("Nodule (image number 45 of series 3).", [(3, 45, 45)]),
    ("Milchglas (Aufnahme 63).", [(None, 63, 63)]),
    ("Zyste (Schnittbilder 45-48 der Serie 3).", [(3, 45, 48)]),
    ("Zyste (Serie 3 Schichtbild 47).", [(3, 47, 47)]),
    ("Herd (aktuell Serie 3 [Bild 77]).", [(3, 77, 77)]),
    ("Node (series 3 (image 77)).", [(3, 77, 77)]),
    ("Node (image 77 [series 3]).", [(3, 77, 77)]),
])
def test_round3_forms(text: str, want: list[tuple[int | None, int, int]]) -> None:
    assert [(r.series, r.image_start, r.image_end) for r in mine_refs(text)] == want


@pytest.mark.parametrize("text", [
    "Stationäre Aufnahme 2019 wegen Pneumonie.",
    "Seit Aufnahme 5 kg Gewichtsverlust.",
    "Nach Aufnahme 20 mg Prednisolon i.v.",
    "Aufnahme 3 Tage nach OP.",
    "Aufnahme in 2 Ebenen.",
    "Schnittbildgebung in 3 Monaten.",
    "Serie 3 (Aufnahme 45 kV).",
])
def test_round3_confounders(text: str) -> None:
    assert mine_refs(text) == []
