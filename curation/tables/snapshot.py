"""Optimistic concurrency for the corpus stage: publish only over the tables that were read.

A corpus step takes a `TablesSnapshot` before it reads anything: the version of every table file under
`tables/` (name, size, mtime, inode). When it publishes (writes its table, or switches the release), it
takes the tables' write lock and compares: if any table changed since the snapshot (an export run
finished, another corpus run published), it refuses with `StaleSnapshotError` instead of overwriting a
newer, more complete result; `radcurate curate` then runs the corpus again on the new tables. The check
and the rename happen under one lock, so two publishers cannot both pass the check.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

from curation.paths import DataPaths

LOCK_NAME = ".tables.lock"


class StaleSnapshotError(RuntimeError):
    """The tables changed after this step read them: publishing would overwrite a newer result."""


def tables_version(paths: DataPaths) -> frozenset[tuple[str, int, int, int]]:
    """(relative name, size, mtime_ns, inode) of every published table file (temporary files excluded)."""
    base = paths.tables_dir
    if not base.is_dir():
        return frozenset()
    out = set()
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.endswith(".parquet") and not name.startswith("."):
                path = Path(dirpath) / name
                try:
                    st = path.stat()
                except FileNotFoundError:
                    continue
                out.add((path.relative_to(base).as_posix(), st.st_size, st.st_mtime_ns, st.st_ino))
    return frozenset(out)


@contextmanager
def tables_write_lock(paths: DataPaths) -> Iterator[None]:
    paths.tables_dir.mkdir(parents=True, exist_ok=True)
    with (paths.tables_dir / LOCK_NAME).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class TablesSnapshot:
    """The tables' version when a corpus step started reading; its publishes are checked against it."""

    def __init__(self, paths: DataPaths, version: frozenset[tuple[str, int, int, int]]) -> None:
        self.paths = paths
        self.version = version

    @classmethod
    def take(cls, paths: DataPaths) -> TablesSnapshot:
        return cls(paths, tables_version(paths))

    def _changed(self) -> list[str]:
        now = tables_version(self.paths)
        names = {entry[0] for entry in now ^ self.version}
        return sorted({name.split("/", 1)[0] for name in names})

    @contextmanager
    def publishing(self, what: str) -> Iterator[None]:
        """Hold the write lock, refuse if the tables changed since the snapshot, then let `what` publish."""
        with tables_write_lock(self.paths):
            changed = self._changed()
            if changed:
                raise StaleSnapshotError(
                    f"not publishing {what}: table(s) {', '.join(changed)} changed after this step read them "
                    "(another run wrote meanwhile); run the corpus again (radcurate curate does so itself)")
            yield
            self.version = tables_version(self.paths)  # this step's own write is not a change to refuse

    def write_table(self, table: str, rows: pa.Table | Sequence[Mapping[str, Any]]) -> pa.Table:
        """`curation.tables.io.write_table` for a corpus table, checked against the snapshot."""
        from curation.tables.io import to_table, write_table

        conformed = to_table(table, rows)  # validate before taking the lock
        with self.publishing(f"table {table}"):
            return write_table(self.paths, table, conformed)
