"""Remove one export everywhere it left something: per-export tables, volumes, label maps, vault.

The export's own parts of the corpus tables go at once; other exports' parts that used its images are
recomputed by the next corpus run (which `radcurate forget` starts: their input fingerprints changed),
and the release is rebuilt from the tables. What is removed is reported as counts under the
export id only: never a folder name or path.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from curation.keyslices.images import remove_images
from curation.paths import DataPaths
from curation.phi_memo import prune_memos
from curation.tables.io import partition_dir, read_table
from curation.tables.schemas import CORPUS_PART_TABLES, PER_EXPORT_TABLES
from curation.vault import Vault


@dataclass(frozen=True)
class ForgetReport:
    export_id: str
    tables: int          # per-export table partitions (corpus tables' export parts included) removed
    files: int           # volume, label map and de-identified DICOM files removed
    vault: bool          # registry entry / vault folder removed
    images: int = 0      # stored slice images only this export's rows referenced

    @property
    def anything(self) -> bool:
        return bool(self.tables or self.files or self.vault or self.images)

    def summary(self) -> str:
        return (f"export {self.export_id}: {self.tables} table partitions, {self.files} files, {self.images} images, "
                f"vault entry {'removed' if self.vault else 'absent'}")


def log_forgotten(paths: DataPaths, report: ForgetReport) -> None:
    """Append what was removed to `data_dir/forgotten.jsonl` (ids and counts: no name, no path)."""
    record = {"time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **asdict(report)}
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with (paths.data_dir / "forgotten.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, sort_keys=True) + "\n")


def _remove_tree(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    count = sum(1 for p in folder.rglob("*") if p.is_file())
    shutil.rmtree(folder)
    return count


def forget_export(paths: DataPaths, export_id: str) -> ForgetReport:
    """Delete every trace of `export_id` in the data dir and the vault (idempotent)."""
    if not (export_id.startswith("exp_") and len(export_id) > 4 and export_id[4:].isalnum()):
        raise ValueError("not an export partition key (expected exp_ followed by hex)")
    images = _forget_images(paths, export_id)   # before its partitions go: they say which rows are its own
    tables = 0
    for table in sorted(PER_EXPORT_TABLES | CORPUS_PART_TABLES):  # the corpus tables' export parts too
        folder = partition_dir(paths, table, export_id)
        if folder.is_dir():
            shutil.rmtree(folder)
            tables += 1
    files = sum(_remove_tree(base / export_id)
                for base in (paths.volumes_dir, paths.segmentations_dir, paths.deid_dicom_dir))
    vault = Vault(paths.vault_dir).unregister_export(export_id)
    prune_memos(paths.data_dir)  # the PHI checks' memo no longer names the removed parts
    return ForgetReport(export_id, tables, files, vault, images)


def _forget_images(paths: DataPaths, export_id: str) -> int:
    """Remove the stored images of the export's image_text_pairs rows that no other export's row references
    (a re-export's identical slice keeps its image). Its own parts are removed by the caller; other exports'
rows that showed its slices are recomputed by the next corpus run."""
    own = set(read_table(paths, "volumes", exports=[export_id], columns=["volume_id"])["volume_id"].to_pylist())
    if not own:
        return 0
    pairs = read_table(paths, "image_text_pairs", columns=["volume_id", "image_sha256"])
    theirs: set[str] = set()
    others: set[str] = set()
    for vid, sha in zip(pairs["volume_id"].to_pylist(), pairs["image_sha256"].to_pylist(), strict=True):
        if sha:
            (theirs if vid in own else others).add(sha)
    return remove_images(paths.data_dir, theirs - others)


def purge_releases(paths: DataPaths, export_id: str) -> list[str]:
    """Remove kept older releases that hold `export_id` (by their manifest's provenance); the current
    release is never removed here (rebuild the corpus first). The removed release ids."""
    releases = paths.data_dir / "releases"
    current = paths.dataset_dir.resolve() if paths.dataset_dir.is_symlink() else None
    removed = []
    for manifest in sorted(releases.glob("*/manifest.json")) if releases.is_dir() else []:
        folder = manifest.parent
        if folder.resolve() != current and export_id in manifest.read_text(encoding="utf-8"):
            shutil.rmtree(folder)
            removed.append(folder.name)
    return removed


def superseded_exports(vault: Vault, source: Path, export_id: str, entries: tuple[str, ...]) -> list[str]:
    """Exports of the same folder that the new content `entries` replaces: the folder grew (every old file
    still there, new ones added) or the old one was registered by an older version, without a manifest.

    Another export that merely sat in a folder of the same path (files changed or removed) stays.
    """
    from curation.export_identity import ExportManifest

    manifest = ExportManifest(export_id, entries)
    out = []
    for old in vault.exports_from(source):
        if old == export_id:
            continue
        old_entries = vault.read_manifest(old)
        if old_entries is None or manifest.grew_from(old_entries):
            out.append(old)
    return out
