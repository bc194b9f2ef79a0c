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
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from curation.faults import kill_point
from curation.keyslices.images import GRACE_SECONDS, Collected, collect_unreferenced, images_in_use
from curation.paths import DataPaths
from curation.processes import process_alive
from curation.release.card import render_card
from curation.release.configs import RELEASE_CONFIGS, ReleaseConfig
from curation.release.conventions import example_row
from curation.release.groups import ExportGroups
from curation.release.shards import (
    PreviousRelease,
    ShardFile,
    ShardLimits,
    ShardStats,
    ShardWriter,
    link_or_copy,
    release_form,
)
from curation.release.skip import ConfigOutcome, ConfigSkip
from curation.release.splits import SplitPolicy
from curation.release.stream import StreamedConfig, stream_groups
from curation.tables.io import read_files, read_part
from curation.tables.schemas import schema_for
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
    configs_reused: list[str] = field(default_factory=list)  # configs not read: inputs unchanged (skip.py)


def _link_volumes(table: pa.Table, paths: DataPaths, staging: Path, linked: set[str]) -> pa.Table:
    """Hard-link referenced NIfTI volumes into the release and point `volume_path` at the copy (the source
    paths are added to `linked`)."""
    if "volume_path" not in table.column_names:
        return table
    new_paths: list[str | None] = []
    for rel in table["volume_path"].to_pylist():
        if rel is None:
            new_paths.append(None)
            continue
        linked.add(rel)
        new_paths.append(_link_volume(rel, paths, staging))
    index = table.column_names.index("volume_path")
    return table.set_column(index, "volume_path", pa.array(new_paths, pa.string()))


def _link_volume(rel: str, paths: DataPaths, staging: Path) -> str:
    target_rel = f"volumes/{Path(rel).name}"
    target = staging / target_rel
    if not target.exists():
        link_or_copy(paths.data_dir / rel, target)
    return target_rel


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
    """What the release accumulates while its configs are written one (config, export group) at a time."""

    policy: SplitPolicy
    files: list[ShardFile] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    schemas: dict[str, pa.Schema] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    present: dict[str, np.ndarray] = field(default_factory=dict)   # config -> sorted digests of its pair ids
    dangling: dict[str, int] = field(default_factory=dict)
    patients: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.patients = {name: set() for name in self.policy.ratios}

    def add(self, name: str, outcome: ConfigOutcome) -> None:
        self.files.extend(outcome.files)
        self.counts[name] = outcome.counts
        self.dangling[name] = outcome.dangling
        for split, pids in outcome.patients.items():
            self.patients[split].update(pids)
        if outcome.pairs is not None:
            self.present[name] = outcome.pairs
        self.schemas[name] = outcome.schema
        if outcome.example is not None:
            self.examples[name] = outcome.example

    def reuse(self, outcome: ConfigOutcome, paths: DataPaths, staging: Path, writer: ShardWriter) -> None:
        """A config's remembered shards hard-linked from the previous release, its volumes linked again."""
        assert writer.previous is not None
        for f in outcome.files:
            link_or_copy(writer.previous.root / f.relative_path, staging / f.relative_path)
        writer.stats.reused += len(outcome.files)
        for rel in outcome.volumes:
            _link_volume(rel, paths, staging)

    def write_config(self, config: ReleaseConfig, paths: DataPaths, staging: Path, writer: ShardWriter,
                     groups: ExportGroups) -> ConfigOutcome:
        """Stream the config's export groups (stream.py); each group's rows, in key order, split by patient."""
        splits = list(self.policy.ratios)
        written: list[tuple[int, str, list[ShardFile]]] = []
        counts = dict.fromkeys(splits, 0)
        patients: dict[str, set[str]] = {s: set() for s in splits}
        linked: set[str] = set()
        first: dict[str, pa.Table] = {}      # per split: its smallest-key row (the card's example)
        streamed = StreamedConfig()
        for group, rows in stream_groups(config, paths, groups, self.present, streamed):
            names = pa.array([self.policy.split_of(p) for p in rows["patient_pid"].to_pylist()], pa.string())
            for order, split in enumerate(splits):
                table = _link_volumes(rows.filter(pc.equal(names, split)), paths, staging, linked)
                if table.num_rows == 0:
                    continue
                patients[split].update(table["patient_pid"].to_pylist())
                written.append((order, group, writer.write(config.name, split, group, table)))
                counts[split] += table.num_rows
                first[split] = _smallest(first.get(split), table.slice(0, 1), config.dedup_key)
        files = [f for _, _, group_files in sorted(written, key=lambda w: (w[0], w[1])) for f in group_files]
        schema = config.schema(paths)
        pairs = streamed.released_pairs() if "pair_id" in schema.names else None
        example = next((first[s] for s in splits if s in first), None)
        if example is None:
            schema, example_text = release_form(schema.empty_table(), paths.data_dir).schema, None
        else:
            row = release_form(example, paths.data_dir)
            schema, example_text = row.schema, example_row(row)
        return ConfigOutcome(files, counts, streamed.dangling, {s: sorted(p) for s, p in patients.items()}, schema,
                             example_text, pairs, dict(sorted(streamed.images.items())), sorted(linked))


def _smallest(best: pa.Table | None, candidate: pa.Table, key: tuple[str, ...]) -> pa.Table:
    """The one row with the smaller content key (Arrow's order, as the release sorts)."""
    if best is None:
        return candidate
    both = pa.concat_tables([best, candidate])
    return both.take(pc.sort_indices(both, [(c, "ascending") for c in key])[:1])


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
    skip = ConfigSkip(paths, policy, writer.limits, previous.entries if previous else frozenset())
    build = _Build(policy)
    fresh: dict[str, tuple[str, ConfigOutcome]] = {}
    reused: list[str] = []
    try:
        with images_in_use(paths.data_dir):
            groups: ExportGroups | None = None     # read only when a config is written
            for config in RELEASE_CONFIGS:
                fingerprint = skip.fingerprint(config.name, config.tables, build.present)
                outcome = skip.reusable(config.name, fingerprint) if previous and config.tables else None
                if outcome is not None:
                    build.reuse(outcome, paths, staging, writer)
                    reused.append(config.name)
                else:
                    groups = groups or ExportGroups.read(paths)
                    outcome = build.write_config(config, paths, staging, writer, groups)
                    fresh[config.name] = (fingerprint, outcome)
                build.add(config.name, outcome)
            skip.save()
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
    for name, (fingerprint, outcome) in fresh.items():   # after the switch: the shards now in `dataset/`
        skip.remember(name, fingerprint, outcome)
    _prune(releases, keep=final)
    collected = collect_unreferenced(paths.data_dir, _referenced_images(paths), grace_s=image_grace_s)
    return ReleaseSummary(release_id, final, counts, {k: len(v) for k, v in build.patients.items()}, files,
                          {k: v for k, v in dangling.items() if v}, writer.stats, collected, reused)


def _referenced_images(paths: DataPaths) -> Iterator[str]:
    """The image hashes image_text_pairs rows show, read one part at a time."""
    target = pa.schema([schema_for("image_text_pairs").field("image_sha256")])
    for path in read_files(paths, "image_text_pairs"):
        yield from (s for s in read_part(path, target)["image_sha256"].to_pylist() if s)


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
