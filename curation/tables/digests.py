"""Cheap content fingerprints of table part files: sha256 memoized by (path, size, mtime_ns, inode).

A part file is hashed once per version (every write is a rename: a new inode and mtime); the study uids
it holds (for the study -> exports lookup of the corpus parts) are read once per version too, one column
only. The memo is
`tables/.digests.json`; a lost update (two runs saving at once) only costs hashing a file again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from curation.atomic import exclusive, write_text_atomic
from curation.paths import DataPaths

MEMO_NAME = ".digests.json"
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class FileDigests:
    """sha256 and study uids of part files under `tables/`, memoized by (relative path, size, mtime_ns, inode)."""

    def __init__(self, paths: DataPaths) -> None:
        self.base = paths.tables_dir
        self._memo: dict[str, dict[str, Any]] = self._load()
        self._dirty: set[str] = set()
        self.hashed = 0  # files hashed by this instance (not found in the memo)

    @property
    def memo_path(self) -> Path:
        return self.base / MEMO_NAME

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.memo_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _entry(self, path: Path) -> dict[str, Any]:
        key = path.relative_to(self.base).as_posix()
        st = path.stat()
        entry = self._memo.get(key)
        if not entry or (entry.get("size"), entry.get("mtime_ns"), entry.get("ino")) != (
                st.st_size, st.st_mtime_ns, st.st_ino):
            entry = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino, "sha256": file_sha256(path)}
            self.hashed += 1
            self._memo[key] = entry
            self._dirty.add(key)
        return entry

    def sha256(self, path: Path) -> str:
        return str(self._entry(path)["sha256"])

    def studies(self, path: Path) -> frozenset[str]:
        """The distinct non-null study_uid values of one part file (its study_uid column only)."""
        entry = self._entry(path)
        if "studies" not in entry:
            column = pq.read_table(path, columns=["study_uid"])["study_uid"]
            entry["studies"] = sorted(str(s) for s in pc.unique(column.drop_null()).to_pylist())
            self._dirty.add(path.relative_to(self.base).as_posix())
        return frozenset(entry["studies"])

    def save(self) -> None:
        """Merge this instance's new entries into the memo file; entries of files gone are dropped."""
        if not self._dirty:
            return
        with exclusive(self.base / ".digests.lock"):
            merged = self._load()
            merged.update({k: self._memo[k] for k in self._dirty})
            merged = {k: v for k, v in merged.items() if (self.base / k).is_file()}
            write_text_atomic(self.memo_path, json.dumps(merged, sort_keys=True, separators=(",", ":")))
        self._dirty.clear()
