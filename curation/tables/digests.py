"""File digests remembered by file version, so an untouched file costs a stat: the one memo of its kind.

`FileDigests(base, memo)` gives the sha256 of files under `base` (and facts derived from a file's bytes, such
as the study uids a table part holds), reading a file only when its version is not in the memo. Its users:
the table parts (`tables/.digests.json`: corpus_parts, corpus_inputs), the vault (`cache/vault.digests.json`:
corpus_inputs) and the PHI checks (`cache/phi_checks/<table>.digests.json`: phi_memo).

A version is (relative path, size, mtime_ns, ctime_ns, inode). An atomic rewrite is a new inode; a change in
place changes ctime, which no one can set back (`touch -d` restores mtime, not ctime). What a version cannot
show is a change within the file system's timestamp granule (one second on coarse file systems): so a
version whose ctime is less than `SETTLE_NS` before the end of its hashing is "racy" (as git calls it): used
by the instance that hashed it, written marked racy (its digest is live, for the PHI checks' verdicts), and
hashed again by the next instance. A file that changed while it was read is not remembered at all.

The memo is one JSON file, written atomically (temporary sibling + rename) under an exclusive lock, merged
with what other processes saved meanwhile; entries of files gone are dropped. An unreadable or corrupt memo
counts as empty and is rewritten, an entry of another shape (an older radcurate) as absent: the worst a
damaged or lost memo costs is hashing again, never a wrong digest. It holds relative paths and digests only.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from curation.atomic import exclusive, read_json_object, write_text_atomic
from curation.paths import DataPaths

MEMO_NAME = ".digests.json"  # the table parts' memo, in `tables/`
MEMO_SUFFIX = ".digests.json"  # every digest memo's name ends so (machine-local: stat-keyed)
SETTLE_NS = 1_000_000_000  # a version younger than this when hashed may still change unseen: not memoized
_VERSION = ("size", "mtime_ns", "ctime_ns", "ino")
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _version(st: os.stat_result) -> dict[str, int]:
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "ino": st.st_ino}


def _settled(st: os.stat_result) -> bool:
    return time.time_ns() - st.st_ctime_ns >= SETTLE_NS


class FileDigests:
    """sha256 (and derived facts) of files under `base`, memoized in `memo` by file version (module doc)."""

    def __init__(self, base: Path, memo: Path) -> None:
        if not isinstance(base, Path) or not isinstance(memo, Path):
            raise TypeError(f"FileDigests(base, memo) takes two Paths, got {type(base).__name__}, "
                            f"{type(memo).__name__}")
        self.base = base
        self.memo_path = memo
        self._memo: dict[str, dict[str, Any]] = self._load()
        self._dirty: set[str] = set()      # entries to write
        self._racy_here: set[str] = set()  # racy versions this instance hashed itself: trusted by it alone
        self.hashed = 0  # files hashed by this instance (not found in the memo)

    @property
    def lock_path(self) -> Path:
        return self.memo_path.with_suffix(".lock")

    def _load(self) -> dict[str, dict[str, Any]]:
        data = read_json_object(self.memo_path)
        return {k: v for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("sha256"), str)}

    def key(self, path: Path) -> str:
        """The memo's key of `path`: its path relative to `base`."""
        return path.relative_to(self.base).as_posix()

    def _lookup(self, key: str, version: dict[str, int]) -> dict[str, Any] | None:
        known = self._memo.get(key)
        if not known or any(known.get(k) != v for k, v in version.items()):
            return None
        return known if not known.get("racy") or key in self._racy_here else None

    def _entry(self, path: Path) -> dict[str, Any]:
        key = self.key(path)
        version = _version(path.stat())
        known = self._lookup(key, version)
        if known is not None:
            return known
        entry: dict[str, Any] = {**version, "sha256": file_sha256(path)}
        self.hashed += 1
        after = path.stat()
        if _version(after) != version:  # changed while it was read: use the digest once, remember nothing
            return entry
        if not _settled(after):
            entry["racy"] = True  # written for the live digests (PhiMemo), never trusted by a later instance
            self._racy_here.add(key)
        self._memo[key] = entry
        self._dirty.add(key)
        return entry

    def memoized(self, path: Path) -> str | None:
        """The sha256 of the file's current version if this instance may trust its memo; never reads it."""
        known = self._lookup(self.key(path), _version(path.stat()))
        return None if known is None else str(known["sha256"])

    def sha256(self, path: Path) -> str:
        """The sha256 of the file's bytes; read only when its version is not memoized."""
        return str(self._entry(path)["sha256"])

    def derived(self, path: Path, name: str, compute: Callable[[Path], list[str]]) -> list[str]:
        """A fact `compute` derives from the file's bytes, memoized with its version as `name`."""
        entry = self._entry(path)
        if name not in entry:
            entry[name] = compute(path)
            if self._memo.get(self.key(path)) is entry:
                self._dirty.add(self.key(path))
        return list(entry[name])

    def studies(self, path: Path) -> frozenset[str]:
        """The distinct non-null study_uid values of one table part (its study_uid column only)."""
        return frozenset(self.derived(path, "studies", _study_uids))

    def save(self, *, prune: bool = False) -> None:
        """Merge this instance's new entries into the memo file (others may have saved meanwhile), dropping
        entries of files gone: when there is something new, or always with `prune`."""
        if not (self._dirty or prune):
            return
        with exclusive(self.lock_path):
            merged = self._load()
            merged.update({k: self._memo[k] for k in self._dirty})
            merged = {k: v for k, v in merged.items() if (self.base / k).is_file()}
            write_text_atomic(self.memo_path, json.dumps(merged, sort_keys=True, separators=(",", ":")))
        self._memo = merged
        self._dirty.clear()

    def known(self) -> dict[str, str]:
        """Relative path -> sha256 of every existing file in the memo (as loaded or last saved, with this
        instance's new entries, racy versions included): the digests still live."""
        return {k: str(v["sha256"]) for k, v in self._memo.items() if (self.base / k).is_file()}


def _study_uids(path: Path) -> list[str]:
    column = pq.read_table(path, columns=["study_uid"])["study_uid"]
    return sorted(str(s) for s in pc.unique(column.drop_null()).to_pylist())


def table_digests(paths: DataPaths) -> FileDigests:
    """The table parts' digests (`tables/.digests.json`)."""
    return FileDigests(paths.tables_dir, paths.tables_dir / MEMO_NAME)
