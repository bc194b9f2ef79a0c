"""Mining against the issue-16 round-2 DEV set (`dev16c.py`, inline-marked, tuned on openly).

A ref is (series the resolver uses, image_start, image_end, prior_study); snippets are scored on the refs found
(exact and mean token F1); planes: the one plane word of the hint text the resolver gets. The floors are the
dev figures recorded in docs/snippets.md (dev, not an estimate for unseen reports).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from curation.snippets.mine import Reference, mine_refs_batch
from curation.snippets.series_choice import plane_hint
from tests.curation.snippets.dev16c import CONFOUNDERS, EXCERPTS, DevRef, Excerpt, parse
from tests.curation.snippets.report_scoring import RefRates, token_f1


@dataclass(frozen=True)
class DevScore(RefRates):
    tp: int
    fp: int
    fn: int
    snippets: int
    exact: int
    f1_sum: float
    planes_right: int
    misses: tuple[str, ...]

    @property
    def snippet_f1(self) -> float:
        return self.f1_sum / self.snippets


def _key(r: Reference) -> tuple:
    return (r.series if r.series is not None else r.context_series, r.image_start, r.image_end, r.prior_study)


def _want(r: DevRef) -> tuple:
    return r.series, r.image_start, r.image_end, r.prior


def score_dev(excerpts: list[Excerpt]) -> DevScore:
    mined = mine_refs_batch([e.text for e in excerpts], [e.lang for e in excerpts], include_prior=True)
    tp = fp = fn = snippets = exact = planes = 0
    f1 = 0.0
    misses: list[str] = []
    for ex, got in zip(excerpts, mined, strict=True):
        want_c, got_c = Counter(_want(r) for r in ex.refs), Counter(_key(r) for r in got)
        hit = sum((want_c & got_c).values())
        tp, fp, fn = tp + hit, fp + sum(got_c.values()) - hit, fn + sum(want_c.values()) - hit
        if want_c != got_c:
            want_s, got_s = sorted(want_c.elements(), key=str), sorted(got_c.elements(), key=str)
            misses.append(f"refs want {want_s} got {got_s}: {ex.text!r}")
        pool = list(got)
        for ref in ex.refs:
            match = next((r for r in pool if _key(r) == _want(ref)), None)
            if match is None:
                continue
            pool.remove(match)
            planes += plane_hint(ex.text[match.hint_start:match.hint_end]) == ref.plane
            if ref.snippet is not None:
                snippets += 1
                exact += match.snippet == ref.snippet
                f1 += token_f1(match.snippet, ref.snippet)
                if match.snippet != ref.snippet:
                    misses.append(f"snippet want {ref.snippet!r} got {match.snippet!r}")
    return DevScore(tp, fp, fn, snippets, exact, f1, planes, tuple(misses))


def test_dev_set_parses_into_plain_text() -> None:
    assert parse("de", "⟨a|Herd⟩ (⟦Se 3 Bi 12/15|3:12 3:15 P #a @coronal⟧).") == Excerpt(
        "de", "Herd (Se 3 Bi 12/15).", (DevRef(3, 12, 12, True, "Herd", "coronal"),
                                         DevRef(3, 15, 15, True, "Herd", "coronal")))
    for ex in EXCERPTS + CONFOUNDERS:
        assert not any(c in ex.text for c in "⟦⟧⟨⟩|")
    refs = [r for ex in EXCERPTS for r in ex.refs]
    assert len(EXCERPTS) >= 60 and len(refs) >= 100 and len(CONFOUNDERS) >= 25
    assert sum(r.prior for r in refs) >= 12 and sum(r.plane is not None for r in refs) >= 8


def test_dev_set_figures() -> None:
    s = score_dev(EXCERPTS + CONFOUNDERS)
    print(f"dev16c: tp={s.tp} fp={s.fp} fn={s.fn} P={s.precision:.3f} R={s.recall:.3f} "
          f"snippets exact={s.exact}/{s.snippets} token-F1={s.snippet_f1:.3f} planes={s.planes_right}/{s.tp}")
    for line in s.misses:
        print(line)
    # before this round (main 5696f65, the first 113 refs): P 0.846, R 0.681, snippets exact 74/77, planes 75/77
    assert s.precision >= 0.99 and s.recall >= 0.99
    assert s.exact / s.snippets >= 0.97 and s.snippet_f1 >= 0.99
    assert s.planes_right == s.tp


def test_dev_confounders_give_no_reference() -> None:
    mined = mine_refs_batch([e.text for e in CONFOUNDERS], [e.lang for e in CONFOUNDERS], include_prior=True)
    assert {e.text: [(r.series, r.image_start) for r in got] for e, got in zip(CONFOUNDERS, mined, strict=True)
            if got} == {}
