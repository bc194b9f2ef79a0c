"""Mining against held-out set 7 (`heldout7.py`): report excerpts from DE/AT/CH/UK/US departments (issue 16).

Refs are scored on the series the resolver uses (as written, else the context series) and on their status
(`prior_study` or a reference into this study); snippets on the refs found (exact and token F1).
"""

from __future__ import annotations

from typing import Any

from tests.curation.snippets.heldout7 import CONFOUNDER_REPORTS, REPORTS, Ref7, report_refs
from tests.curation.snippets.report_scoring import Score, assert_snippets_lie_in_text, score, sentence_counts


def mined_key(r: Any) -> tuple:
    series = r.series if r.series is not None else getattr(r, "context_series", None)
    status = "prior_study" if getattr(r, "prior_study", False) else "current"
    return series, r.image_start, r.image_end, status


def expected_key(ref: Ref7) -> tuple:
    return ref[0], ref[1], ref[2], ref[4]


def score7() -> Score:
    return score(REPORTS + CONFOUNDER_REPORTS, keys=(mined_key, expected_key))


def test_heldout7_size() -> None:
    ref_sentences, confounders = sentence_counts(REPORTS, CONFOUNDER_REPORTS)
    refs = [ref for r in REPORTS for ref in report_refs(r)]
    assert len(REPORTS) + len(CONFOUNDER_REPORTS) >= 60
    assert len(refs) >= 100
    assert confounders >= 60
    assert ref_sentences >= 90
    assert sum(ref[4] == "prior_study" for ref in refs) == 22
    assert {r[0] for r in REPORTS} == {"de", "en"}


def test_expected_snippets_lie_in_the_report_text() -> None:
    assert_snippets_lie_in_text(REPORTS)


def test_precision_recall_on_heldout7() -> None:
    s = score7()
    print(f"heldout7: tp={s.tp} fp={s.fp} fn={s.fn} precision={s.precision:.4f} recall={s.recall:.4f} "
          f"snippet exact={s.snippet_exact}/{s.tp} overlap={s.snippet_overlap}/{s.tp} token-F1={s.snippet_f1:.4f}")
    for line in s.misses + s.snippet_misses:
        print(line)
