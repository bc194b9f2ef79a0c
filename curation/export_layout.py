"""What the files of an export are, before any of them is opened.

An export holds DICOM files (any name, with or without .dcm), report tables (CSV/TSV/JSONL/Parquet),
a completion marker and sometimes readme/DICOMDIR files. Every file is accounted for exactly once:
DICOM candidates go to the index (which indexes or quarantines them), report tables to the report
loader, and only the marker is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

COMPLETION_MARKERS = frozenset({"EXPORT_COMPLETE", ".export_complete", "EXPORT_COMPLETE.txt"})
REPORT_TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".parquet"})


def is_completion_marker(relative_path: str) -> bool:
    return "/" not in relative_path and relative_path in COMPLETION_MARKERS


def is_report_table(relative_path: str) -> bool:
    """Report tables are recognised by suffix; the loader quarantines the ones it cannot read."""
    return Path(relative_path).suffix.lower() in REPORT_TABLE_SUFFIXES


def iter_export_files(export_dir: Path) -> Iterator[str]:
    """Every regular file under `export_dir` as a sorted POSIX relative path (marker excluded)."""
    root = export_dir.resolve()
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(root).as_posix()
            if not is_completion_marker(rel):
                yield rel


def dicom_candidates(export_dir: Path) -> list[str]:
    """Files the DICOM index must account for: all but report tables and the marker."""
    return [rel for rel in iter_export_files(export_dir) if not is_report_table(rel)]


def report_tables(export_dir: Path) -> list[str]:
    return [rel for rel in iter_export_files(export_dir) if is_report_table(rel)]
