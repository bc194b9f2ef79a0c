"""When is an export complete? A marker file, or no change over a window and no series with holes.

The watcher only `stat`s files, except once per export state when the window has passed: then the
DICOM headers are read for instance-number gaps (curation.index.completeness). Its state between
looks (the sensor's cursor) is a small JSON-able dict keyed by keyed pseudonyms of the folder names
(`key`), never by the raw names, which can carry patient names.

Cheap check first: an export already submitted whose directory tree (the mtimes of its directories,
which change whenever a file is added, removed or renamed) is unchanged is not walked again. Only
exports that changed, or are still waiting, have every file stat'ed.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from curation.export_layout import COMPLETION_MARKERS
from curation.index.completeness import SeriesCompleteness, series_completeness
from curation.keys import Pseudonymizer

STABLE_SECONDS_ENV = "RADCURATE_STABLE_SECONDS"
DEFAULT_STABLE_SECONDS = 600.0
CURSOR_VERSION = 2


@dataclass(frozen=True)
class ReadyExport:
    folder: Path
    key: str
    signature: str
    by_marker: bool
    series_check: str = ""          # what the DICOM check found ("" with a marker: not needed)


@dataclass(frozen=True)
class WaitingExport:
    """An export not curated yet: `reason` is "copying" (changed within the window) or "incomplete_series"."""

    key: str
    reason: str
    seconds_left: int
    detail: str = ""


@dataclass
class ExportScan:
    ready: list[ReadyExport] = field(default_factory=list)
    waiting: list[WaitingExport] = field(default_factory=list)
    cursor: dict = field(default_factory=dict)
    root_exists: bool = True
    folders: int = 0
    walked: int = 0


def inbox_key(pseudonymizer: Pseudonymizer) -> Callable[[str], str]:
    """Keyed name of an inbox folder, as the sensor's cursor and skip reasons show it (`w_` + 12 hex)."""
    return lambda name: "w_" + pseudonymizer.token("inbox", name, 12)


def stable_seconds(value: str | None = None) -> float:
    """The stability window from `value` or RADCURATE_STABLE_SECONDS (default 600 s)."""
    raw = value if value is not None else os.environ.get(STABLE_SECONDS_ENV)
    if raw in (None, ""):
        return DEFAULT_STABLE_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        raise ValueError(f"{STABLE_SECONDS_ENV} must be a number of seconds, got {raw!r}") from None
    if seconds < 0:
        raise ValueError(f"{STABLE_SECONDS_ENV} must be >= 0")
    return seconds


def folder_signature(folder: Path) -> str:
    """A digest of (relative path, size, mtime) of every file: changes whenever the export does."""
    digest = hashlib.sha256()
    count = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            stat = path.lstat()  # a dangling link or a FIFO is looked at, never followed or opened
            line = f"{path.relative_to(folder).as_posix()}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))  # names that are not UTF-8: their bytes
            count += 1
    return f"{count}:{digest.hexdigest()[:20]}" if count else ""


def tree_signature(folder: Path) -> str:
    """A digest of the mtimes of `folder` and its sub-directories: one stat per directory, none per file."""
    digest = hashlib.sha256()
    stack = [folder]
    while stack:
        current = stack.pop()
        line = f"{current.relative_to(folder).as_posix()}\x1f{current.lstat().st_mtime_ns}\n"
        digest.update(line.encode("utf-8", "surrogateescape"))
        with os.scandir(current) as entries:
            stack.extend(sorted((Path(e.path) for e in entries if e.is_dir(follow_symlinks=False)), reverse=True))
    return digest.hexdigest()[:20]


def settled_since(folder: Path) -> float:
    """The newest mtime or ctime of any file (ctime also moves when a copy keeps old mtimes)."""
    newest = 0.0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            stat = (Path(dirpath) / name).lstat()
            newest = max(newest, stat.st_mtime, stat.st_ctime)
    return newest


def has_marker(folder: Path) -> bool:
    """A completion marker that was written after every other file (a stale marker from an earlier
    copy does not vouch for files added since)."""
    markers = [folder / name for name in COMPLETION_MARKERS if (folder / name).is_file()]
    if not markers:
        return False
    marked = max(m.stat().st_mtime_ns for m in markers)
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            if path not in markers and path.lstat().st_mtime_ns > marked:
                return False
    return True


def export_folders(root: Path) -> list[Path]:
    """The export folders of an inbox: its visible sub-directories (dot folders are staging)."""
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _series_entry(entry: dict, folder: Path, check: Callable[[Path], SeriesCompleteness]) -> list:
    """[signature, incomplete series, missing instances, summary], computed once per signature."""
    cached = entry.get("series")
    if not cached or cached[0] != entry["sig"]:
        result = check(folder)
        cached = [entry["sig"], result.incomplete_series, result.missing_instances, result.summary()]
    entry["series"] = cached
    return cached


def scan_exports(root: Path, cursor: dict, *, key: Callable[[str], str], now: float, window: float,
                 check: Callable[[Path], SeriesCompleteness] = series_completeness) -> ExportScan:
    """Exports under `root` that became ready since the last look, those still waiting, and the new cursor.

    cursor = {"v": 2, "exports": {key(name): {"tree", "sig", "since", "done", "series"}}}. A folder is
    ready when it has a completion marker, or when its signature has not changed for `window` seconds
    and no series has instance-number gaps. A submitted folder that changes later (files added) becomes
    ready again with its new signature, after the same wait.
    """
    before = cursor.get("exports", {}) if cursor.get("v") == CURSOR_VERSION else {}
    scan = ExportScan()
    if not root.is_dir():
        scan.root_exists = False
        scan.cursor = {"v": CURSOR_VERSION, "exports": before}
        return scan
    state: dict[str, dict] = {}
    for folder in export_folders(root):
        scan.folders += 1
        name_key = key(folder.name)
        old = before.get(name_key, {})
        tree = tree_signature(folder)
        if old.get("done") and old["done"] == old.get("sig") and old.get("tree") == tree:
            state[name_key] = old                      # curated and unchanged: not walked
            continue
        scan.walked += 1
        sig = folder_signature(folder)
        entry = {"tree": tree, "sig": sig, "since": old["since"] if old.get("sig") == sig else now,
                 "done": old.get("done", "")}
        if old.get("series"):
            entry["series"] = old["series"]
        state[name_key] = entry
        if not sig or entry["done"] == sig:
            continue
        marker = has_marker(folder)
        summary = ""
        if not marker:
            left = window - (now - entry["since"])
            if left > 0:
                scan.waiting.append(WaitingExport(name_key, "copying", math.ceil(left)))
                continue
            _, incomplete, missing, summary = _series_entry(entry, folder, check)
            if incomplete:
                scan.waiting.append(WaitingExport(name_key, "incomplete_series", 0,
                                                  f"{incomplete} series missing {missing} instances"))
                continue
        scan.ready.append(ReadyExport(folder, name_key, sig, marker, summary))
        entry["done"] = sig
    scan.cursor = {"v": CURSOR_VERSION, "exports": state}
    return scan


def describe_waiting(scan: ExportScan, limit: int = 5) -> str:
    """A skip reason for the UI: how many exports wait, why, and seconds left (keyed names only)."""
    copying = sorted((w for w in scan.waiting if w.reason == "copying"), key=lambda w: w.seconds_left)
    holes = [w for w in scan.waiting if w.reason == "incomplete_series"]
    parts = []
    if copying:
        shown = ", ".join(f"{w.key} ({w.seconds_left} s)" for w in copying[:limit])
        parts.append(f"{len(copying)} still changing, curated once unchanged for the window: {shown}"
                     + (" ..." if len(copying) > limit else ""))
    if holes:
        shown = ", ".join(f"{w.key} ({w.detail})" for w in holes[:limit])
        parts.append(f"{len(holes)} with incomplete series (waiting for the missing files; add an "
                     f"EXPORT_COMPLETE marker to curate as is): {shown}" + (" ..." if len(holes) > limit else ""))
    return f"{len(scan.waiting)} export(s) waiting: " + "; ".join(parts)
