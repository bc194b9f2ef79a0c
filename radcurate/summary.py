"""What a `radcurate curate` run produced, per asset, for the closing lines of the command.

Read from the run's own events: each materialization's counts (its integer metadata), failed steps and
failed checks. Metadata never holds PHI (assets write counts, rates and pseudonymous ids only), so these
lines are safe on a terminal and in a log.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_COUNTS = 5


@dataclass(frozen=True)
class AssetLine:
    asset: str
    counts: tuple[tuple[str, int], ...]
    label: str | None = None


@dataclass(frozen=True)
class RunSummary:
    assets: tuple[AssetLine, ...]
    failed_steps: tuple[str, ...]
    failed_checks: tuple[str, ...]


def summarize(result) -> RunSummary:  # dagster ExecuteInProcessResult (imported lazily by the caller)
    """Counts per materialized asset (first MAX_COUNTS integer entries), failed steps and checks."""
    lines: list[AssetLine] = []
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization
        counts, label = [], None
        for key, entry in materialization.metadata.items():
            value = getattr(entry, "value", entry)
            if key == "export" and isinstance(value, str):
                label = value
            elif isinstance(value, int) and not isinstance(value, bool) and len(counts) < MAX_COUNTS:
                counts.append((key, value))
        lines.append(AssetLine(materialization.asset_key.to_user_string(), tuple(counts), label))
    failed_checks = tuple(sorted(
        f"{e.asset_key.to_user_string()}:{e.check_name}" for e in result.get_asset_check_evaluations()
        if not e.passed))
    failed_steps = tuple(sorted(e.step_key for e in result.get_step_failure_events()))
    return RunSummary(tuple(lines), failed_steps, failed_checks)


def render(summary: RunSummary) -> list[str]:
    """Aligned lines: `asset  key n, key n` per asset, then failures (or that there were none)."""
    width = max((len(a.asset) for a in summary.assets), default=0)
    out = []
    for line in summary.assets:
        counts = ", ".join(f"{k} {v}" for k, v in line.counts) or "done"
        out.append(f"  {line.asset:<{width}}  {counts}")
    if summary.failed_steps:
        out.append("  FAILED steps: " + ", ".join(summary.failed_steps))
    if summary.failed_checks:
        out.append("  FAILED checks: " + ", ".join(summary.failed_checks))
    return out

