"""What an export *is*: a manifest of its files, so identity follows content, never the folder name.

The manifest has one entry per regular file (completion markers excepted): a keyed hash of the file's
relative path (as bytes, so undecodable names count too), its size and a content digest. The export id
is a keyed hash of the sorted entries: the same export copied under another name is the same partition,
two different exports that happen to share a name are two.

The content digest reads the first and the last `SAMPLE_BYTES` of each file (the whole file when it is
no longer than twice that). A DICOM file's head holds its SOP Instance UID and the rest of its header, so
two different instances never share a head; report tables are small and read whole. Hashing every byte
would read the whole export (~50 GB for 100k CT slices) before curation even starts; the SOP Instance
UID set would need a DICOM parse of every file and would miss the report tables and unreadable files.

Entries are keyed hashes, so a stored manifest holds no path or name: it can tell whether an export has
*grown* (every old entry still present, new ones added) without keeping anything re-identifying.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from curation.export_layout import is_completion_marker
from curation.keys import Pseudonymizer
from curation.vault import Vault

SAMPLE_BYTES = 8192
READ_THREADS = 8
ENTRY_HEX = 32


@dataclass(frozen=True)
class ExportManifest:
    """The keyed entries of an export's files (sorted) and the export id they give."""

    export_id: str
    entries: tuple[str, ...]

    @property
    def files(self) -> int:
        return len(self.entries)

    def grew_from(self, older: Iterable[str]) -> bool:
        """True when this manifest holds every entry of `older` and more (files were only added)."""
        old = set(older)
        return bool(old) and len(old) < len(self.entries) and old.issubset(self.entries)


def _relative_files(root: Path) -> list[tuple[bytes, Path]]:
    """(relative path as bytes, absolute path) of every regular file, completion markers excepted."""
    out: list[tuple[bytes, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if is_completion_marker(rel):
                continue
            try:
                if not stat.S_ISREG(path.stat().st_mode):
                    continue  # FIFOs, sockets, devices, dangling links carry no content
            except OSError:
                continue
            out.append((os.fsencode(rel), path))
    return out


def content_digest(path: Path) -> tuple[int, bytes]:
    """(size, sha256 of the head and tail samples); the whole file when it is small."""
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        digest = hashlib.sha256()
        if size <= 2 * SAMPLE_BYTES:
            digest.update(handle.read())
        else:
            digest.update(handle.read(SAMPLE_BYTES))
            handle.seek(size - SAMPLE_BYTES)
            digest.update(handle.read(SAMPLE_BYTES))
    return size, digest.digest()


def _entry(pseudonymizer: Pseudonymizer, rel: bytes, path: Path) -> str:
    try:
        size, digest = content_digest(path)
    except OSError as exc:  # unreadable: the path and its error class still make it part of the export
        size, digest = -1, type(exc).__name__.encode()
    value = rel.hex() + "\x1f" + str(size) + "\x1f" + digest.hex()
    return pseudonymizer.token("export-file", value, ENTRY_HEX)


def export_manifest(export_dir: Path, pseudonymizer: Pseudonymizer, *, threads: int = READ_THREADS) -> ExportManifest:
    """The manifest of `export_dir` and its export id ("exp_" + 12 hex); ValueError for a folder without files."""
    root = export_dir.resolve()
    if not root.is_dir():
        raise ValueError("export folder does not exist or is not a folder")
    files = _relative_files(root)
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        entries = tuple(sorted(pool.map(lambda item: _entry(pseudonymizer, *item), files)))
    if not entries:
        raise ValueError("export folder holds no files: nothing to curate")
    return ExportManifest(pseudonymizer.export_id("\n".join(entries)), entries)


class ExportChangedError(ValueError):
    """The folder registered for an export now holds other files: curating it would mix two exports."""


def checked_source(vault: Vault, export_id: str, pseudonymizer: Pseudonymizer) -> Path:
    """The folder of `export_id`, after checking it still holds that export (when a manifest is stored)."""
    source = vault.export_source(export_id)
    stored = vault.read_manifest(export_id)
    if stored is None:
        return source
    current = export_manifest(source, pseudonymizer)
    if current.export_id != export_id:
        change = "grew" if current.grew_from(stored) else "changed"
        raise ExportChangedError(
            f"the folder of export {export_id} no longer holds that export ({len(stored)} files then, "
            f"{current.files} now: it {change}); curate the folder again with `radcurate curate`, which gives "
            f"it its own partition ({current.export_id})")
    return source
