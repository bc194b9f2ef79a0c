"""What the files of an export are, before any of them is opened.

An export holds DICOM files (any name, with or without .dcm), report tables (CSV/TSV/JSONL/Parquet),
a completion marker and sometimes readme/DICOMDIR files. Every entry is accounted for exactly once:
DICOM candidates go to the index (which indexes or quarantines them), report tables to the report
loader, entries that cannot be read as files (`SkippedEntry`) to the index's quarantine, and only the
marker is skipped.

The walk (`walk_export`) looks at entries with `stat` only, so it never opens (or blocks on) a FIFO:
- symbolic links are followed once: a folder reached twice (a link into the export, or two links to one
  folder) is walked once, a link to a folder above it is a loop; a file reached through a link that is
  already reached by its own path is counted once (the link is `duplicate_link`);
- dangling links, link loops, FIFOs, sockets and device files, and folders that cannot be listed become
  `SkippedEntry`s with a reason code;
- names are kept as the OS gives them: a name that is not valid UTF-8 carries surrogate escapes
  (`os.fsencode` gives its bytes back), so ids are made from its bytes (`keys.Pseudonymizer.file_id`).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COMPLETION_MARKERS = frozenset({"EXPORT_COMPLETE", ".export_complete", "EXPORT_COMPLETE.txt"})
REPORT_TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".parquet"})
# Quarantine codes of entries that are not read at all (see SkippedEntry).
SKIP_CODES = frozenset({"dangling_link", "link_loop", "duplicate_link", "special_file", "unreadable"})


def is_completion_marker(relative_path: str) -> bool:
    return "/" not in relative_path and relative_path in COMPLETION_MARKERS


def is_report_table(relative_path: str) -> bool:
    """Report tables are recognised by suffix; the loader quarantines the ones it cannot read."""
    return Path(relative_path).suffix.lower() in REPORT_TABLE_SUFFIXES


@dataclass(frozen=True)
class SkippedEntry:
    """An export entry that is not read as a file: `code` is one of SKIP_CODES, `detail` PHI-free."""

    relative_path: str
    code: str
    detail: str


@dataclass(frozen=True)
class ExportWalk:
    files: tuple[str, ...]              # regular files (marker excluded), sorted POSIX relative paths
    skipped: tuple[SkippedEntry, ...]   # sorted by relative path

    @property
    def entries(self) -> tuple[str, ...]:
        """Every accounted entry: files and skipped ones."""
        return tuple(sorted((*self.files, *(s.relative_path for s in self.skipped))))


_SPECIAL = ((stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
            (stat.S_ISBLK, "block device"))


def _special_kind(mode: int) -> str:
    return next((name for test, name in _SPECIAL if test(mode)), "not a regular file")


def _stat_problem(exc: OSError, is_link: bool) -> tuple[str, str]:
    if exc.errno == errno.ELOOP:
        return "link_loop", "symbolic link loop"
    if is_link and exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "dangling_link", "symbolic link to nothing"
    return "unreadable", f"cannot be looked at ({type(exc).__name__})"


def walk_export(export_dir: Path) -> ExportWalk:
    """Every entry under `export_dir`: regular files to read and entries to quarantine (see module doc)."""
    root = Path(export_dir).resolve()
    root_stat = root.stat()
    visited = {(root_stat.st_dev, root_stat.st_ino)}
    # Folders by their own paths first, then those reached through links, so a real folder keeps its
    # own path and a link into it is the duplicate.
    own: list[tuple[Path, str, frozenset[tuple[int, int]]]] = [(root, "", frozenset(visited))]
    linked: list[tuple[Path, str, frozenset[tuple[int, int]]]] = []
    found: list[tuple[bool, str, tuple[int, int]]] = []  # (reached through a link, path, inode)
    skipped: list[SkippedEntry] = []
    while own or linked:
        through_link = not own
        folder, prefix, ancestors = own.pop() if own else linked.pop(0)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(SkippedEntry(prefix.rstrip("/"), "unreadable",
                                        f"folder cannot be listed ({type(exc).__name__})"))
            continue
        for entry in entries:
            rel = prefix + entry.name
            is_link = entry.is_symlink()
            try:
                st = os.stat(entry.path)  # follows links; never opens the entry
            except OSError as exc:
                code, detail = _stat_problem(exc, is_link)
                skipped.append(SkippedEntry(rel, code, detail))
                continue
            key = (st.st_dev, st.st_ino)
            if stat.S_ISDIR(st.st_mode):
                if key in ancestors:
                    skipped.append(SkippedEntry(rel, "link_loop", "link to a folder above it"))
                elif key in visited:
                    skipped.append(SkippedEntry(rel, "duplicate_link", "folder already reached by another path"))
                else:
                    visited.add(key)
                    (linked if is_link or through_link else own).append((Path(entry.path), rel + "/",
                                                                         ancestors | {key}))
            elif stat.S_ISREG(st.st_mode):
                found.append((is_link or through_link, rel, key))
            else:
                skipped.append(SkippedEntry(rel, "special_file", _special_kind(st.st_mode)))
    files: list[str] = []
    claimed: set[tuple[int, int]] = set()
    for via_link, rel, key in sorted(found):
        if via_link and key in claimed:
            skipped.append(SkippedEntry(rel, "duplicate_link", "file already reached by another path"))
            continue
        claimed.add(key)
        if not is_completion_marker(rel):
            files.append(rel)
    return ExportWalk(tuple(sorted(files)), tuple(sorted(skipped, key=lambda s: s.relative_path)))


def iter_export_files(export_dir: Path) -> Iterator[str]:
    """Every regular file under `export_dir` as a sorted POSIX relative path (marker excluded)."""
    yield from walk_export(export_dir).files


def dicom_candidates(export_dir: Path) -> list[str]:
    """Files the DICOM index must account for: all but report tables and the marker."""
    return [rel for rel in iter_export_files(export_dir) if not is_report_table(rel)]


def report_tables(export_dir: Path) -> list[str]:
    return [rel for rel in iter_export_files(export_dir) if is_report_table(rel)]


def has_dicom_file(export_dir: Path) -> bool:
    """Whether any DICOM candidate carries the Part 10 `DICM` prefix (stops at the first one)."""
    for rel in dicom_candidates(export_dir):
        try:
            with (Path(export_dir) / rel).open("rb") as handle:
                if handle.read(132)[128:132] == b"DICM":
                    return True
        except OSError:
            continue
    return False
