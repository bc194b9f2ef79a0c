"""Which labeller labels a batch of reports: the rules (default) or an LLM with rule fallback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from curation.labels.record import ReportLabels
from curation.labels.rules import label_report

RULES_VERSION = "rules-1"


class Labeller(Protocol):
    @property
    def name(self) -> str: ...

    def label_many(self, texts: Sequence[str]) -> list[ReportLabels]: ...

    def finish(self) -> dict[str, int]:
        """Persist what the labeller keeps (the LLM cache) and return its counts for metadata."""
        ...


class RuleLabeller:
    """The rule-based default (curation/labels/rules.py)."""

    name = RULES_VERSION

    def label_many(self, texts: Sequence[str]) -> list[ReportLabels]:
        return [label_report(t) for t in texts]

    def finish(self) -> dict[str, int]:
        return {}
