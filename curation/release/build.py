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
from curation.paths import DataPaths
from curation.processes import process_alive
from curation.release.card import render_card
from curation.release.configs import RELEASE_CONFIGS, ReleaseConfig, dedup
from curation.release.conventions import example_row
from curation.release.integrity import restrict
from curation.release.shards import ShardFile, write_split_shards
from curation.release.splits import SplitPolicy
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
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)
        new_paths.append(target_rel)
    index = table.column_names.index("volume_path")
    return table.set_column(index, "volume_path", pa.array(new_paths, pa.string()))


def _config_tables(config: ReleaseConfig, paths: DataPaths, policy: SplitPolicy,
                   present: dict[str, set[str]], dangling: dict[str, int]) -> dict[str, pa.Table]:
    table = dedup(config.build(paths), config.dedup_key)
    table = table.filter(pc.is_valid(table["patient_pid"])) if table.num_rows else table
    table, dangling[config.name] = restrict(config.name, table, present)
    if "pair_id" in table.column_names:
        present[config.name] = set(table["pair_id"].to_pylist())
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


def build_release(paths: DataPaths, *, policy: SplitPolicy | None = None, provenance: dict[str, object],
                  deid_profile: str, snapshot: TablesSnapshot | None = None) -> ReleaseSummary:
    """Write a complete release and make it the current `dataset/`.

    With `snapshot` (taken before the tables were read) the switch is refused when the tables changed
    meanwhile (StaleSnapshotError), so an older build never replaces a newer release.
    """
    policy = policy or SplitPolicy()
    if paths.dataset_dir.exists() and not paths.dataset_dir.is_symlink():
        raise ValueError("data_dir/dataset exists and is not a release link: move it away first")
    releases = paths.data_dir / "releases"
    remove_stale_staging(releases)
    staging = releases / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    files: list[ShardFile] = []
    counts: dict[str, dict[str, int]] = {}
    schemas: dict[str, pa.Schema] = {}
    patients: dict[str, set[str]] = {name: set() for name in policy.ratios}
    examples: dict[str, str] = {}
    present: dict[str, set[str]] = {}
    dangling: dict[str, int] = {}
    try:
        for config in RELEASE_CONFIGS:
            per_split = _config_tables(config, paths, policy, present, dangling)
            counts[config.name] = {}
            for split, table in per_split.items():
                table = _link_volumes(table, paths, staging)
                schemas[config.name] = table.schema
                patients[split].update(table["patient_pid"].to_pylist())
                files.extend(write_split_shards(staging, config.name, split, table))
                counts[config.name][split] = table.num_rows
                if table.num_rows and config.name not in examples:
                    examples[config.name] = example_row(table)
        manifest = {"files": [asdict(f) for f in files], "counts": counts, "split_policy": dict(policy.ratios),
                    "split_salt": policy.salt, "provenance": provenance, "deidentification": deid_profile,
                    "dropped_dangling_references": {k: v for k, v in sorted(dangling.items()) if v}}
        body = json.dumps(manifest, indent=1, sort_keys=True)
        release_id = hashlib.sha256(body.encode()).hexdigest()[:16]
        (staging / "manifest.json").write_text(body, encoding="utf-8")
        (staging / "README.md").write_text(
            render_card(RELEASE_CONFIGS, counts, schemas, policy, provenance, deid_profile, release_id,
                        examples),
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
    return ReleaseSummary(release_id, final, counts,
                          {k: len(v) for k, v in patients.items()}, files, {k: v for k, v in dangling.items() if v})


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
