"""One report's labels: 1/0 per label, the positives that were only suspected, evidence per positive."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from curation.labels.vocabulary import ALL_LABELS

SOURCES = ("rules", "llm", "llm_fallback_rules")


@dataclass(frozen=True)
class ReportLabels:
    """Labels of one report. `evidence` maps each positive label to a sentence found verbatim in the report."""

    positive: frozenset[str]
    uncertain: frozenset[str] = frozenset()
    evidence: Mapping[str, str] = field(default_factory=dict)
    source: str = "rules"

    def __post_init__(self) -> None:
        unknown = sorted(set(self.positive) - set(ALL_LABELS))
        if unknown:
            raise ValueError(f"unknown labels {unknown}")
        if not self.uncertain <= self.positive:
            raise ValueError(f"uncertain labels {sorted(self.uncertain - self.positive)} are not positive")
        if set(self.evidence) != set(self.positive):
            raise ValueError("evidence must name exactly the positive labels")
        if self.source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, got {self.source!r}")

    def as_vector(self, labels: tuple[str, ...] = ALL_LABELS) -> dict[str, int]:
        """{label: 1/0} in label order."""
        return {name: int(name in self.positive) for name in labels}
