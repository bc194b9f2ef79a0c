"""Mining against held-out set 6 (`heldout6.py`): six radiologists from other hospitals (AT, CH, US, UK habits).

Measured once on the code as merged (P 1.000, R 0.894), then tuned (refs7): the floors below are the tuned
figures rounded down to 2 decimals (docs/snippets.md, "Held-out set 6"). Scoring is set 5's helper, unchanged.
"""

from __future__ import annotations

from tests.curation.snippets.heldout6 import CONFOUNDER_REPORTS, REPORTS, report_refs
from tests.curation.snippets.report_scoring import assert_snippets_lie_in_text, score, sentence_counts


def test_heldout6_size() -> None:
    ref_sentences, confounders = sentence_counts(REPORTS, CONFOUNDER_REPORTS)
    assert ref_sentences >= 80
    assert confounders >= 50
    assert {r[0] for r in REPORTS} == {"de", "en"}
    assert {r[1] for r in REPORTS} == {"huber", "zwahlen", "miller", "hughes", "koller", "nguyen"}


def test_expected_snippets_lie_in_the_report_text() -> None:
    assert_snippets_lie_in_text(REPORTS)


def test_precision_recall_on_heldout6() -> None:
    s = score(REPORTS + CONFOUNDER_REPORTS)
    n = sum(len(report_refs(r)) for r in REPORTS)
    print(f"heldout6: refs={n} tp={s.tp} fp={s.fp} fn={s.fn} precision={s.precision:.4f} recall={s.recall:.4f} "
          f"snippet exact={s.snippet_exact}/{s.tp} overlap={s.snippet_overlap}/{s.tp}")
    for line in s.misses + s.snippet_misses:
        print(line)
    # Measured once (2026-11-28, main at cca4587): P 84/84, R 84/94, snippets exact 78/84, overlapping 84/84.
    # Tuned on branch refs7: P 94/94, R 94/94, snippets exact 90/94 (the 4 left keep a leading "mit"/"with").
    assert s.precision >= 1.00, s.misses
    assert s.recall >= 1.00, s.misses
    assert s.snippet_exact / s.tp >= 0.95, s.snippet_misses
    assert s.snippet_overlap / s.tp >= 1.00, s.snippet_misses
