"""The prior-study decision scored on its own (round 21b): prior recall / precision and the wrong-study count.

A reference is matched on (series the resolver uses, image_start, image_end) first; a matched pair whose prior flag
differs is a WRONG-STUDY error (a citation into an earlier exam read as current, or the reverse). Prior recall is
the share of wanted prior refs found with the prior flag; prior precision the share of mined prior refs that are
wanted prior refs. Aggregate counts only (no text), so it can be printed for any set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["StudyScore", "score_study"]

Key = tuple[int | None, int, int]


@dataclass(frozen=True)
class StudyScore:
    tp: int  # refs right, study included
    fp: int
    fn: int
    prior_want: int
    prior_got: int
    prior_tp: int
    wrong_study: int  # position right, study wrong

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def prior_precision(self) -> float:
        return self.prior_tp / self.prior_got if self.prior_got else 1.0

    @property
    def prior_recall(self) -> float:
        return self.prior_tp / self.prior_want if self.prior_want else 1.0

    def __add__(self, other: StudyScore) -> StudyScore:
        return StudyScore(*(a + b for a, b in zip(self._t(), other._t(), strict=True)))

    def _t(self) -> tuple[int, ...]:
        return (self.tp, self.fp, self.fn, self.prior_want, self.prior_got, self.prior_tp, self.wrong_study)

    def line(self) -> str:
        return (f"tp={self.tp} fp={self.fp} fn={self.fn} P={self.precision:.4f} R={self.recall:.4f} | prior "
                f"want={self.prior_want} got={self.prior_got} tp={self.prior_tp} P={self.prior_precision:.3f} "
                f"R={self.prior_recall:.3f} wrong-study={self.wrong_study}")


def score_study(pairs: Iterable[tuple[Sequence[tuple[Key, bool]], Sequence[tuple[Key, bool]]]]) -> StudyScore:
    """Score (wanted, mined) pairs of one text each; every ref is ((series, image_start, image_end), prior)."""
    tp = fp = fn = pw = pg = ptp = wrong = 0
    for want, got in pairs:
        want_c, got_c = Counter(want), Counter(got)
        hit = want_c & got_c
        tp += sum(hit.values())
        fp += sum(got_c.values()) - sum(hit.values())
        fn += sum(want_c.values()) - sum(hit.values())
        pw += sum(n for (_, p), n in want_c.items() if p)
        pg += sum(n for (_, p), n in got_c.items() if p)
        ptp += sum(n for (_, p), n in hit.items() if p)
        left_w, left_g = want_c - hit, got_c - hit
        pos_w = Counter(k for (k, _), n in left_w.items() for _ in range(n))
        pos_g = Counter(k for (k, _), n in left_g.items() for _ in range(n))
        wrong += sum((pos_w & pos_g).values())
    return StudyScore(tp, fp, fn, pw, pg, ptp, wrong)
