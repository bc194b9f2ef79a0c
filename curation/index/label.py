"""A partition's human label: which export this is, without a folder name, path or patient value in it.

Partition keys are keyed hashes; an operator still needs to tell exports apart in the UI and the CLI. The
label uses only the operator's own site name (RADCURATE_SITE), the day the export folder was last changed
(its arrival) and counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path


def received_date(export_dir: Path) -> dt.date | None:
    """The local date the export folder last changed (files landing), None where it cannot be read."""
    try:
        return dt.datetime.fromtimestamp(export_dir.stat().st_mtime).date()
    except OSError:
        return None


def export_label(*, site: str, received: dt.date | None, studies: int, patients: int, files: int,
                 modalities: Iterable[str | None]) -> str:
    """'site A · received 2026-12-06 · CT, MR · 12 studies, 4 patients, 585 files'."""
    if studies < 0 or patients < 0 or files < 0:
        raise ValueError(f"counts must be >= 0, got studies={studies} patients={patients} files={files}")
    kinds = ", ".join(sorted({m for m in modalities if m})) or "no images"
    parts = [site.strip() or "site not set (RADCURATE_SITE)",
             f"received {received.isoformat()}" if received else "received ?", kinds,
             f"{studies} studies, {patients} patients, {files} files"]
    return " · ".join(parts)
