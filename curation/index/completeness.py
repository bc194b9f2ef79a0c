"""DICOM-level signs that an export is still incomplete: series whose instance numbers have gaps.

A copy that stalls half-way leaves whole series short. Stability over a window catches a pause
shorter than the window; a transfer that sends files out of order (PACS C-STORE, parallel copies)
also leaves holes in InstanceNumber (1, 2, 4, 5...) or fewer files than ImagesInAcquisition says.
Only headers are read (no pixel data), once per export state. Files that are not readable DICOM are
ignored here: the index quarantines them. A hole in the middle of a series that stays after the
export is complete is refused again later by the volume step (`uneven_spacing`).
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError

from curation.export_layout import dicom_candidates

DEFAULT_BUDGET_S = 30.0
_TAGS = ["SeriesInstanceUID", "InstanceNumber", "ImagesInAcquisition", "NumberOfFrames"]


@dataclass(frozen=True)
class SeriesCompleteness:
    """Counts only (no UIDs, no paths): safe for logs, skip reasons and metadata."""

    series: int
    incomplete_series: int
    missing_instances: int
    finished: bool = True            # False: the time budget ran out before every header was read

    def summary(self) -> str:
        if not self.finished:
            return f"not finished within the time budget ({self.series} series seen)"
        return f"{self.series} series, {self.incomplete_series} incomplete"

    @property
    def complete(self) -> bool:
        return self.incomplete_series == 0


def _missing(numbers: set[int], expected: int | None) -> int:
    """Instance numbers absent between the lowest and the highest, or fewer than the announced count."""
    if not numbers:
        return 0
    gaps = max(numbers) - min(numbers) + 1 - len(numbers)
    if expected and expected > len(numbers):
        gaps = max(gaps, expected - len(numbers))
    return gaps


def series_completeness(export_dir: Path, budget_s: float | None = DEFAULT_BUDGET_S) -> SeriesCompleteness:
    """Gaps in InstanceNumber per series (single-frame series only; multi-frame objects are whole files).

    Reading stops after `budget_s` seconds (a sensor tick must end well within Dagster's 60 s): the
    result is then `finished=False` and the caller falls back to stability alone.
    """
    numbers: dict[str, set[int]] = defaultdict(set)
    expected: dict[str, int] = {}
    root = export_dir.resolve()
    deadline = None if budget_s is None else time.monotonic() + budget_s
    for rel in dicom_candidates(root):
        if deadline is not None and time.monotonic() > deadline:
            return SeriesCompleteness(len(numbers), 0, 0, finished=False)
        try:
            ds = pydicom.dcmread(root / rel, stop_before_pixels=True, specific_tags=_TAGS)
            series = str(ds.get("SeriesInstanceUID", "") or "")
            number = ds.get("InstanceNumber")
            frames = int(ds.get("NumberOfFrames", 1) or 1)
            announced = ds.get("ImagesInAcquisition")
        except (InvalidDicomError, OSError, ValueError, TypeError, AttributeError, EOFError):
            continue
        if not series or number in (None, "") or frames > 1:
            continue
        try:
            numbers[series].add(int(number))
            if announced not in (None, ""):
                expected[series] = max(expected.get(series, 0), int(announced))
        except (TypeError, ValueError):
            continue
    missing = {uid: _missing(values, expected.get(uid)) for uid, values in numbers.items()}
    return SeriesCompleteness(series=len(numbers), incomplete_series=sum(1 for m in missing.values() if m),
                              missing_instances=sum(missing.values()))
