"""The vault: the only place that holds re-identification material.

It keeps, per export: the file-path map (file_id -> relative path inside the export), and the PHI
dictionary of each patient read from the DICOM headers (names, ids, birth date, physicians,
institution...). The report scrubber and the PHI asset check use that dictionary; nothing from here is
ever copied to the data dir, a log line or Dagster metadata.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from curation.atomic import write_text_atomic
from curation.tables.io import write_parquet_atomic

DEMO_KEY_NAME = "demo_secret.key"


class UnknownExportError(ValueError):
    """An export id that this vault has no folder for (a clear message instead of a raw KeyError)."""


@contextmanager
def registry_lock(root: Path) -> Iterator[None]:
    """Serialize read-modify-write of the export registry between processes (two curates at once)."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".exports.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass(frozen=True)
class PatientPhi:
    """Raw identifying values seen for one patient (by pseudonym) in the headers of an export."""

    patient_pid: str
    patient_ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    accessions: tuple[str, ...] = ()
    physicians: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    other: tuple[str, ...] = field(default=())

    def merged(self, other: PatientPhi) -> PatientPhi:
        """Union of two dictionaries of the same patient (order kept, duplicates dropped)."""
        if other.patient_pid != self.patient_pid:
            raise ValueError("cannot merge PHI of two different patients")

        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys((*a, *b)))

        return PatientPhi(self.patient_pid, *(union(getattr(self, f), getattr(other, f))
                                             for f in _PHI_FIELDS))

    def strings(self) -> list[str]:
        """Every stored value, for dictionary matching and PHI scans."""
        return [v for f in _PHI_FIELDS for v in getattr(self, f) if v]


_PHI_FIELDS = ("patient_ids", "names", "birth_dates", "accessions", "physicians", "institutions",
               "addresses", "other")


@dataclass(frozen=True)
class Vault:
    """Re-identification store rooted at `root` (RADCURATE_VAULT_DIR)."""

    root: Path

    def export_dir(self, export_id: str) -> Path:
        return self.root / "exports" / export_id

    # -- exports registry: export_id -> source folder ------------------------------------------
    def register_export(self, export_id: str, source: Path, manifest: Sequence[str] | None = None) -> None:
        """Record where `export_id` is read from; with its manifest entries (curation/export_identity.py)."""
        if manifest is not None:
            self.write_manifest(export_id, manifest)
        with registry_lock(self.root):
            registry = self.exports()
            registry[export_id] = str(source.resolve())
            self._write_registry(registry)

    def unregister_export(self, export_id: str) -> bool:
        """Drop `export_id` from the registry and remove its vault folder; False when it was unknown."""
        with registry_lock(self.root):
            registry = self.exports()
            known = registry.pop(export_id, None) is not None
            self._write_registry(registry)
        folder = self.export_dir(export_id)
        if folder.is_dir():
            shutil.rmtree(folder)
            known = True
        return known

    def _write_registry(self, registry: dict[str, str]) -> None:
        write_text_atomic(self.root / "exports.json", json.dumps(registry, indent=1, sort_keys=True))

    def exports_from(self, source: Path) -> list[str]:
        """Export ids registered for the folder `source` (one folder may have held several exports)."""
        where = str(source.resolve())
        return sorted(e for e, path in self.exports().items() if path == where)

    # -- manifests (keyed entries only: no path or name) ------------------------------------------
    def write_manifest(self, export_id: str, entries: Sequence[str]) -> None:
        write_parquet_atomic(self.export_dir(export_id) / "manifest.parquet",
                             pa.table({"entry": pa.array(sorted(entries), pa.string())}))

    def read_manifest(self, export_id: str) -> tuple[str, ...] | None:
        """The stored manifest entries, or None for an export registered without one (older versions)."""
        path = self.export_dir(export_id) / "manifest.parquet"
        return tuple(pq.read_table(path)["entry"].to_pylist()) if path.is_file() else None

    def exports(self) -> dict[str, str]:
        path = self.root / "exports.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    def export_source(self, export_id: str) -> Path:
        try:
            return Path(self.exports()[export_id])
        except KeyError:
            raise UnknownExportError(
                f"export {export_id} is not registered in this vault (RADCURATE_VAULT_DIR; curated with another vault, "
                "or forgotten): curate its folder with `radcurate curate` to register it") from None

    # -- file map --------------------------------------------------------------------------------
    def write_file_map(self, export_id: str, file_ids: Sequence[str], relative_paths: Sequence[str]) -> None:
        """file_id -> relative path; `relative_path_bytes` holds the path's bytes (os.fsencode), since a
        name that is not valid UTF-8 has no string form (its `relative_path` is then null)."""
        raw = [os.fsencode(p) for p in relative_paths]
        text = [None if any(0xDC80 <= ord(c) <= 0xDCFF for c in p) else p for p in relative_paths]
        table = pa.table({"file_id": pa.array(file_ids, pa.string()), "relative_path": pa.array(text, pa.string()),
                          "relative_path_bytes": pa.array(raw, pa.binary())})
        table = table.sort_by("file_id")
        write_parquet_atomic(self.export_dir(export_id) / "file_map.parquet", table)

    def read_file_map(self, export_id: str) -> dict[str, str]:
        path = self.export_dir(export_id) / "file_map.parquet"
        if not path.is_file():
            return {}
        table = pq.read_table(path)
        if "relative_path_bytes" in table.column_names:
            paths = [os.fsdecode(b) for b in table["relative_path_bytes"].to_pylist()]
        else:  # a map written before the bytes column
            paths = table["relative_path"].to_pylist()
        return dict(zip(table["file_id"].to_pylist(), paths, strict=True))

    # -- patient PHI dictionary ------------------------------------------------------------------
    def write_patient_phi(self, export_id: str, patients: Iterable[PatientPhi]) -> None:
        rows = sorted((asdict(p) for p in patients), key=lambda r: r["patient_pid"])
        write_text_atomic(self.export_dir(export_id) / "patient_phi.json",
                           json.dumps(rows, ensure_ascii=False, indent=0, sort_keys=True))

    def read_patient_phi(self, export_ids: Iterable[str] | None = None) -> dict[str, PatientPhi]:
        """The merged PHI dictionary per patient_pid over the given (default: all) exports."""
        ids = sorted(self.exports()) if export_ids is None else list(export_ids)
        merged: dict[str, PatientPhi] = {}
        for export_id in ids:
            path = self.export_dir(export_id) / "patient_phi.json"
            if not path.is_file():
                continue
            for row in json.loads(path.read_text(encoding="utf-8")):
                phi = PatientPhi(row["patient_pid"], *(tuple(row.get(f, ())) for f in _PHI_FIELDS))
                merged[phi.patient_pid] = merged[phi.patient_pid].merged(phi) if phi.patient_pid in merged else phi
        return merged

    # -- demo key --------------------------------------------------------------------------------
    def demo_secret(self) -> str:
        """The demo HMAC key, created on first use. Only `radcurate demo` may call this."""
        path = self.root / DEMO_KEY_NAME
        if not path.is_file():
            write_text_atomic(path, secrets.token_hex(32))
            path.chmod(0o600)
        return path.read_text(encoding="utf-8").strip()
