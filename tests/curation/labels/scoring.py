"""Scoring of a report labeller against a hand-labelled set (macro-F1 over the 18 CT-RATE labels).

A labeller is scored as a function ``(text, lang) -> (positive labels, uncertain labels)`` so that any
approach (the old keyword list, the rule labeller, an LLM) is measured the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.curation.labels.heldout_labels import CODES, Gold

CT_RATE_LABELS: tuple[str, ...] = tuple(CODES.values())[:18]
ABDOMINAL_LABELS: tuple[str, ...] = tuple(CODES.values())[18:]

Predict = Callable[[str, str], tuple[set[str] | frozenset[str], set[str] | frozenset[str]]]


@dataclass(frozen=True)
class LabelScore:
    """Per-label F1, macro-F1 and the uncertain flag's agreement over one set."""

    f1: dict[str, float]
    macro_f1_ct_rate: float
    macro_f1_abdominal: float
    uncertain_agreement: float
    reports_per_s: float
    misses: tuple[str, ...]


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def score(predict: Predict, reports: Sequence[Gold]) -> LabelScore:
    """Run ``predict`` over ``reports`` and compare with the gold labels."""
    t0 = time.perf_counter()
    predictions = [predict(r.text, r.lang) for r in reports]
    elapsed = time.perf_counter() - t0
    counts = {label: [0, 0, 0] for label in (*CT_RATE_LABELS, *ABDOMINAL_LABELS)}
    flag_agree = flag_total = 0
    misses: list[str] = []
    for gold, (pos, unc) in zip(reports, predictions, strict=True):
        for label, c in counts.items():
            g, p = label in gold.positive, label in pos
            c[0] += g and p
            c[1] += p and not g
            c[2] += g and not p
            if g != p:
                misses.append(f"{gold.id}: {label} gold={int(g)} predicted={int(p)}")
            if g and p:
                flag_total += 1
                flag_agree += (label in gold.uncertain) == (label in unc)
    f1 = {label: _f1(*c) for label, c in counts.items()}
    return LabelScore(
        f1=f1,
        macro_f1_ct_rate=sum(f1[x] for x in CT_RATE_LABELS) / len(CT_RATE_LABELS),
        macro_f1_abdominal=sum(f1[x] for x in ABDOMINAL_LABELS) / len(ABDOMINAL_LABELS),
        uncertain_agreement=flag_agree / flag_total if flag_total else 1.0,
        reports_per_s=len(reports) / elapsed if elapsed > 0 else float("inf"),
        misses=tuple(misses),
    )


def format_score(name: str, s: LabelScore) -> str:
    """A table of the figures (for docs/labels.md and test output)."""
    lines = [f"{name}: macro-F1 CT-RATE {s.macro_f1_ct_rate:.3f}, abdominal {s.macro_f1_abdominal:.3f}, "
             f"uncertain flag agreement {s.uncertain_agreement:.3f}, {s.reports_per_s:.0f} reports/s"]
    lines += [f"  {label:36s} {value:.3f}" for label, value in s.f1.items()]
    return "\n".join(lines)
