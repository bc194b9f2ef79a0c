"""Where radcurate keeps things: the de-identified data dir and the re-identification vault.

The two roots must never nest: the data dir is shareable, the vault is not.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "RADCURATE_DATA_DIR"
VAULT_DIR_ENV = "RADCURATE_VAULT_DIR"
EXPORTS_DIR_ENV = "RADCURATE_EXPORTS_DIR"


@dataclass(frozen=True)
class DataPaths:
    """Resolved folder layout of one radcurate installation (ARCHITECTURE.md section 4)."""

    data_dir: Path
    vault_dir: Path

    def __post_init__(self) -> None:
        data = self.data_dir.resolve()
        vault = self.vault_dir.resolve()
        if data == vault or vault.is_relative_to(data) or data.is_relative_to(vault):
            raise ValueError("vault_dir and data_dir must not contain one another: "
                             "the vault holds re-identification material")

    @classmethod
    def from_env(cls, data_dir: str | os.PathLike[str] | None = None,
                 vault_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        """Explicit arguments win, then RADCURATE_DATA_DIR / RADCURATE_VAULT_DIR, then ./data and ./vault."""
        data = Path(data_dir or os.environ.get(DATA_DIR_ENV) or "data")
        vault = Path(vault_dir or os.environ.get(VAULT_DIR_ENV) or "vault")
        return cls(data_dir=data.absolute(), vault_dir=vault.absolute())

    @property
    def tables_dir(self) -> Path:
        return self.data_dir / "tables"

    def table_dir(self, table: str) -> Path:
        return self.tables_dir / table

    @property
    def volumes_dir(self) -> Path:
        return self.data_dir / "volumes"

    @property
    def segmentations_dir(self) -> Path:
        return self.data_dir / "segmentations"

    @property
    def dataset_dir(self) -> Path:
        return self.data_dir / "dataset"

    @property
    def deid_dicom_dir(self) -> Path:
        return self.data_dir / "deid_dicom"

    def relative(self, path: Path) -> str:
        """A path under the data dir as the POSIX string stored in tables (portable across machines)."""
        return path.resolve().relative_to(self.data_dir.resolve()).as_posix()
