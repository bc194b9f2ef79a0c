"""Build a release: every config split by patient, sharded, with card and manifest, switched in atomically.

A release is written in full under `releases/<release_id>/` and only then becomes `dataset/` by an
atomic symlink swap, so a reader never sees a half-written release. The release id is a hash of the
content, so an unchanged corpus re-uses the same release.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from curation.faults import kill_point
from curation.keyslices.images import GRACE_SECONDS, Collected, collect_unreferenced, images_in_use
from curation.paths import DataPaths
from curation.processes import process_alive
from curation.release.card import render_card
from curation.release.configs import RELEASE_CONFIGS, ReleaseConfig, dedup
from curation.release.conventions import example_row
from curation.release.groups import ExportGroups
from curation.release.integrity import restrict
from curation.release.shards import (
    IMAGE_PATH_COLUMN,
    PreviousRelease,
    ShardFile,
    ShardLimits,
    ShardStats,
    ShardWriter,
    link_or_copy,
    release_form,
)
from curation.release.splits import SplitPolicy
from curation.tables.io import read_table
from curation.tables.snapshot import TablesSnapshot

KEEP_RELEASES = 3
VOLUME_COLUMNS = ("volume_path",)


@dataclass(frozen=True)
class ReleaseSummary:
    release_id: str
    path: Path
    counts: dict[str, dict[str, int]]
    patients_per_split: dict[str, int]
    files: list[ShardFile]
    dropped_dangling: dict[str, int] = field(default_factory=dict)
    shards: ShardStats = field(default_factory=ShardStats)   # written / reused, bytes hashed
    images_collected: Collected | None = None                # unreferenced stored images removed afterwards


def _split_column(table: pa.Table, policy: SplitPolicy) -> list[str]:
    return [policy.split_of(p) for p in table["patient_pid"].to_pylist()]


def _link_volumes(table: pa.Table, paths: DataPaths, staging: Path) -> pa.Table:
    """Hard-link referenced NIfTI volumes into the release and point `volume_path` at the copy."""
    if "volume_path" not in table.column_names:
        return table
    new_paths: list[str | None] = []
    for rel in table["volume_path"].to_pylist():
        if rel is None:
            new_paths.append(None)
            continue
        source = paths.data_dir / rel
        target_rel = f"volumes/{Path(rel).name}"
        target = staging / target_rel
        if not target.exists():
            link_or_copy(source, target)
        new_paths.append(target_rel)
    index = table.column_names.index("volume_path")
    return table.set_column(index, "volume_path", pa.array(new_paths, pa.string()))


def _without_missing_images(table: pa.Table, data_dir: Path) -> tuple[pa.Table, int]:
    """Rows whose stored image is gone (a forgotten export before the corpus re-ran) are left out, counted."""
    if IMAGE_PATH_COLUMN not in table.column_names or table.num_rows == 0:
        return table, 0
    rels = table[IMAGE_PATH_COLUMN].to_pylist()
    present = {rel for rel in set(rels) if rel is not None and (data_dir / rel).is_file()}   # one stat per image
    keep = [rel in present for rel in rels]
    kept = table.filter(pa.array(keep, pa.bool_()))
    return kept, table.num_rows - kept.num_rows


def _config_tables(config: ReleaseConfig, paths: DataPaths, policy: SplitPolicy,
                   present: dict[str, set[str]], dangling: dict[str, int]) -> dict[str, pa.Table]:
    """One config's rows (text and image references, no image bytes) per split, in the config's order."""
    table = dedup(config.build(paths), config.dedup_key)
    table = table.filter(pc.is_valid(table["patient_pid"])) if table.num_rows else table
    table, dangling[config.name] = restrict(config.name, table, present)
    table, missing = _without_missing_images(table, paths.data_dir)
    dangling[config.name] += missing
    if "pair_id" in table.column_names:
        present[config.name] = set(table["pair_id"].to_pylist())
    if table.num_rows:
        table = table.sort_by([(c, "ascending") for c in config.dedup_key])  # unique after dedup: a total order
    splits = _split_column(table, policy) if table.num_rows else []
    column = pa.array(splits, pa.string())
    out: dict[str, pa.Table] = {}
    for name in policy.ratios:
        mask = pc.equal(column, name) if table.num_rows else pa.array([], pa.bool_())
        out[name] = table.filter(mask)
    return out


def remove_stale_staging(releases: Path) -> list[str]:
    """Remove `.staging-<pid>/` folders of processes that are gone (a build killed half-way)."""
    removed = []
    for folder in releases.glob(".staging-*") if releases.is_dir() else []:
        pid = folder.name.removeprefix(".staging-")
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


@dataclass
class _Build:
    """What the release accumulates while its configs are written one (config, split, export group) at a time."""

    policy: SplitPolicy
    files: list[ShardFile] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    schemas: dict[str, pa.Schema] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    present: dict[str, set[str]] = field(default_factory=dict)
    dangling: dict[str, int] = field(default_factory=dict)
    patients: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.patients = {name: set() for name in self.policy.ratios}

    def add_config(self, config: ReleaseConfig, paths: DataPaths, staging: Path, writer: ShardWriter,
                   groups: ExportGroups) -> None:
        per_split = _config_tables(config, paths, self.policy, self.present, self.dangling)
        self.counts[config.name] = {}
        for split, table in per_split.items():
            table = _link_volumes(table, paths, staging)
            self.patients[split].update(table["patient_pid"].to_pylist())
            for group, part in groups.split(table):
                self.files.extend(writer.write(config.name, split, group, part))
            self.counts[config.name][split] = table.num_rows
            if config.name not in self.schemas or (table.num_rows and config.name not in self.examples):
                first = release_form(table.slice(0, 1), paths.data_dir)
                self.schemas[config.name] = first.schema
                if table.num_rows:
                    self.examples[config.name] = example_row(first)


def build_release(paths: DataPaths, *, policy: SplitPolicy | None = None, provenance: dict[str, object],
                  deid_profile: str, snapshot: TablesSnapshot | None = None, limits: ShardLimits | None = None,
                  image_grace_s: float = GRACE_SECONDS) -> ReleaseSummary:
    """Write a complete release and make it the current `dataset/`.

    Shards whose rows did not change since the current release are hard-linked from it (see shards.py).
    With `snapshot` (taken before the tables were read) the switch is refused when the tables changed
    meanwhile (StaleSnapshotError), so an older build never replaces a newer release. Afterwards stored
    images no image_text_pairs row references (and older than `image_grace_s`) are collected.
    """
    policy = policy or SplitPolicy()
    if paths.dataset_dir.exists() and not paths.dataset_dir.is_symlink():
        raise ValueError("data_dir/dataset exists and is not a release link: move it away first")
    releases = paths.data_dir / "releases"
    remove_stale_staging(releases)
    staging = releases / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    previous = PreviousRelease.load(paths.dataset_dir) if paths.dataset_dir.is_symlink() else None
    writer = ShardWriter(staging, paths.data_dir, previous, limits or ShardLimits())
    build = _Build(policy)
    try:
        with images_in_use(paths.data_dir):
            groups = ExportGroups.read(paths)
            for config in RELEASE_CONFIGS:
                build.add_config(config, paths, staging, writer, groups)
        files, counts, dangling = build.files, build.counts, build.dangling
        manifest = {"files": [asdict(f) for f in files], "counts": counts, "split_policy": dict(policy.ratios),
                    "split_salt": policy.salt, "provenance": provenance, "deidentification": deid_profile,
                    "dropped_dangling_references": {k: v for k, v in sorted(dangling.items()) if v}}
        body = json.dumps(manifest, indent=1, sort_keys=True)
        release_id = hashlib.sha256(body.encode()).hexdigest()[:16]
        (staging / "manifest.json").write_text(body, encoding="utf-8")
        (staging / "README.md").write_text(
            render_card(RELEASE_CONFIGS, counts, build.schemas, policy, provenance, deid_profile, release_id,
                        build.examples),
            encoding="utf-8")
        kill_point("release")
        final = releases / release_id
        with snapshot.publishing("the release") if snapshot else nullcontext():
            if final.exists():
                shutil.rmtree(staging)
            else:
                os.replace(staging, final)
            _switch_current(paths.dataset_dir, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune(releases, keep=final)
    referenced = read_table(paths, "image_text_pairs", columns=["image_sha256"])["image_sha256"].to_pylist()
    collected = collect_unreferenced(paths.data_dir, (s for s in referenced if s), grace_s=image_grace_s)
    return ReleaseSummary(release_id, final, counts, {k: len(v) for k, v in build.patients.items()}, files,
                          {k: v for k, v in dangling.items() if v}, writer.stats, collected)


def _switch_current(link: Path, target: Path) -> None:
    """Atomically point `dataset` at `target` (a relative symlink, replaced by rename)."""
    if link.exists() and not link.is_symlink():
        raise ValueError("data_dir/dataset exists and is not a release link: move it away first")
    tmp = link.with_name(f".dataset-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(os.path.relpath(target, link.parent), target_is_directory=True)
    os.replace(tmp, link)


def _prune(releases: Path, *, keep: Path) -> None:
    old = sorted((p for p in releases.iterdir() if p.is_dir() and not p.name.startswith(".") and p != keep),
                 key=lambda p: p.stat().st_mtime, reverse=True)
    for path in old[KEEP_RELEASES - 1:]:
        shutil.rmtree(path, ignore_errors=True)


def split_overlap(summary: ReleaseSummary) -> Counter[str]:
    """Patients found in more than one split (must be empty): a check for the asset."""
    seen: Counter[str] = Counter()
    root = summary.path
    import pyarrow.parquet as pq

    by_split: dict[str, set[str]] = {}
    for f in summary.files:
        pids = pq.read_table(root / f.relative_path, columns=["patient_pid"])["patient_pid"].to_pylist()
        by_split.setdefault(f.split, set()).update(pids)
    for pids in by_split.values():
        seen.update(pids)
    return Counter({pid: n for pid, n in seen.items() if n > 1})
