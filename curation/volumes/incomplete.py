"""Series with files the index could not read: called `incomplete`, not blamed on their geometry.

A slice whose file is unreadable (permissions, I/O error) leaves a gap that the geometry check would
report as `uneven_spacing`. The index attributes such a file to the one series of its folder
(`QuarantineRow.series_uid`); here every stack of that series becomes unusable with the reason
`incomplete: N file(s) unreadable` and the flag `incomplete`, so the run counts it as failed and the
operator knows to fix the files and rerun.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from curation.volumes.catalog import CatalogSeries

FLAG = "incomplete"


def unreadable_by_series(quarantine_rows: Iterable[Mapping[str, Any]]) -> Counter[str]:
    """Unreadable files per attributed series_uid, from index-stage quarantine rows."""
    return Counter(r["series_uid"] for r in quarantine_rows
                   if r.get("stage") == "index" and r.get("series_uid")
                   and str(r.get("reason", "")).startswith("unreadable:"))


def incomplete_reason(n_files: int) -> str:
    return f"{FLAG}: {n_files} file{'s' if n_files != 1 else ''} unreadable"


def mark_incomplete(catalog: Sequence[CatalogSeries], unreadable: Mapping[str, int]) -> list[CatalogSeries]:
    """The catalog with every series that lost files marked unusable (`incomplete: N file(s) unreadable`)."""
    out = []
    for series in catalog:
        n = unreadable.get(series.series_uid, 0)
        if n:
            series = replace(series, usable=False, reason=incomplete_reason(n),
                             flags=tuple(dict.fromkeys((*series.flags, FLAG))))
        out.append(series)
    return out
