"""What a snippet_pairs run reports: counts per report and per status, and markdown for the asset page.

Plain values and markdown strings only (no dagster here): the asset wraps the markdown for its metadata.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from curation.snippets.histogram import histogram_markdown
from curation.snippets.pairs import PairsResult


def pairs_counts(result: PairsResult, report_count: int) -> dict[str, int | float | str]:
    """Pairs, reports mined/kept/with references and the rows per status (for metadata and logs)."""
    per_report = Counter(r["report_id"] for r in result.rows)
    return {
        "pairs": len(result.rows),
        "reports": report_count,
        "reports_mined": result.mined_reports,
        "reports_kept": result.kept_reports,
        # mined again because another miner version (a grammar change) or an unversioned ledger had mined them
        "reports_remined_for_miner_version": result.remined_for_version,
        "reports_with_refs": len(per_report),
        "refs_per_report": round(len(result.rows) / report_count, 3) if report_count else 0.0,
        # References into a prior study ("Bild 20 der Voruntersuchung"): rows with status prior_study, no depth.
        "prior_study_refs": result.prior_refs,
        **{f"status_{k}": v for k, v in result.status_counts().items()},
        "miner_version": result.miner_version,
    }


def status_table_markdown(statuses: Mapping[str, int]) -> str:
    """A two-column markdown table: status, pairs."""
    return "| status | pairs |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in statuses.items())


def depth_histogram_markdown(rows: Sequence[Mapping[str, Any]]) -> str:
    """The depth_mm histogram of the rows that have a depth."""
    return histogram_markdown([r["depth_mm"] for r in rows if r["depth_mm"] is not None])
