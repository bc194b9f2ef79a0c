"""Hugging Face layout, streamed: `data/<config>/<split>-<group>-<NNNNN>.parquet`, bounded shards reused when unchanged.

A shard holds rows of one (config, split, group); the group is the export the rows came from, so adding an
export writes only its own shards and leaves every other shard as it was. Within a group, rows are in a
fixed order and cut into shards by a row cap and a byte cap (image bytes plus the group's text bytes per
row), so a shard is a deterministic function of its group's rows. Shards are written row group by row group
(100 rows for image configs, as `datasets` writes them; the Hub's viewer reads row groups whole), image
bytes read from the content-addressed store one row group at a time: a whole config is never held with its
images. Each image column is a `datasets.Image` struct with the PNG embedded, so a release is self-contained.

Reuse: every shard's manifest entry carries `inputs`, a hash of its group's rows as stored (image hash, not
bytes), the shard limits and the format version. When the previous release has shards for the same
`inputs`, they are hard-linked into the new release and their sha256 carried over: nothing is rewritten or
hashed again. A written shard is hashed while it is written (`bytes_hashed` counts those bytes).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from curation.keyslices.images import read_png
from curation.release.features import IMAGE_STRUCT, with_hf_features

FORMAT_VERSION = "shards-v2"
MAX_ROW_GROUP_BYTES = 64 * 1024**2
IMAGE_ROWS_PER_GROUP = 100
IMAGE_COLUMN, IMAGE_PATH_COLUMN = "image", "image_path"


@dataclass(frozen=True)
class ShardLimits:
    """A shard closes before it would pass `max_bytes` (estimated: image bytes + text bytes) or `max_rows`."""

    max_bytes: int = 200 * 1024**2
    max_rows: int = 100_000

    def __post_init__(self) -> None:
        if self.max_bytes < 1 or self.max_rows < 1:
            raise ValueError(f"shard limits must be >= 1, got {self.max_bytes} bytes / {self.max_rows} rows")


@dataclass(frozen=True)
class ShardFile:
    config: str
    split: str
    relative_path: str
    rows: int
    bytes: int
    sha256: str
    inputs: str = ""     # hash of the rows (as stored) the shard was written from


@dataclass
class ShardStats:
    written: int = 0
    reused: int = 0
    bytes_hashed: int = 0


@dataclass(frozen=True)
class PreviousRelease:
    """The shards of the release being replaced, by the inputs they were written from."""

    root: Path
    by_inputs: Mapping[str, tuple[ShardFile, ...]] = field(default_factory=dict)
    entries: frozenset[tuple[str, str]] = frozenset()    # (relative_path, sha256) of every shard (skip.py)

    @classmethod
    def load(cls, root: Path) -> PreviousRelease | None:
        """The release at `root` (a folder with manifest.json), or None when there is none to reuse from."""
        manifest = root / "manifest.json"
        if not manifest.is_file():
            return None
        found: dict[str, list[ShardFile]] = {}
        entries = set()
        for entry in json.loads(manifest.read_text(encoding="utf-8")).get("files", []):
            if entry.get("inputs"):
                found.setdefault(entry["inputs"], []).append(ShardFile(**entry))
            if (root / entry["relative_path"]).is_file():
                entries.add((entry["relative_path"], entry["sha256"]))
        return cls(root.resolve(), {k: tuple(v) for k, v in found.items()}, frozenset(entries))


def release_form(table: pa.Table, data_dir: Path) -> pa.Table:
    """Rows as released: `image_path` (a stored PNG) becomes an embedded `datasets.Image` struct `image`."""
    if IMAGE_PATH_COLUMN not in table.column_names:
        return table
    rels = table[IMAGE_PATH_COLUMN].to_pylist()
    shas = (table["image_sha256"].to_pylist() if "image_sha256" in table.column_names else [None] * len(rels))
    images = [None if rel is None else {"bytes": read_png(data_dir, rel), "path": f"{(sha or Path(rel).stem)[:20]}.png"}
              for rel, sha in zip(rels, shas, strict=True)]
    index = table.column_names.index(IMAGE_PATH_COLUMN)
    return table.remove_column(index).add_column(index, IMAGE_COLUMN, pa.array(images, IMAGE_STRUCT))


def _row_sizes(table: pa.Table, data_dir: Path) -> list[int]:
    """Estimated bytes per row: its stored image's size plus the group's text bytes per row."""
    text = table.drop_columns([IMAGE_PATH_COLUMN]) if IMAGE_PATH_COLUMN in table.column_names else table
    per_row = max(1, text.nbytes // max(1, table.num_rows))
    if IMAGE_PATH_COLUMN not in table.column_names:
        return [per_row] * table.num_rows
    return [per_row + (0 if rel is None else (data_dir / rel).stat().st_size)
            for rel in table[IMAGE_PATH_COLUMN].to_pylist()]


def plan_shards(sizes: list[int], limits: ShardLimits) -> list[tuple[int, int]]:
    """(start, stop) row ranges: greedy, each under both caps (a single larger row gets a shard of its own)."""
    ranges: list[tuple[int, int]] = []
    start, total = 0, 0
    for i, size in enumerate(sizes):
        if i > start and (total + size > limits.max_bytes or i - start >= limits.max_rows):
            ranges.append((start, i))
            start, total = i, 0
        total += size
    if start < len(sizes):
        ranges.append((start, len(sizes)))
    return ranges


def inputs_hash(config: str, split: str, group: str, table: pa.Table, limits: ShardLimits) -> str:
    """What a group's shards are a function of: format, limits, names and every row as stored."""
    digest = hashlib.sha256(json.dumps([FORMAT_VERSION, asdict(limits), config, split, group,
                                        str(table.schema.remove_metadata())]).encode())
    for start in range(0, table.num_rows, 1000):
        rows = table.slice(start, 1000).to_pylist()
        digest.update(json.dumps(rows, sort_keys=True, default=str, ensure_ascii=False).encode())
    return digest.hexdigest()


class _HashingFile:
    """A binary file that hashes what is written through it (the shard is hashed once, while written)."""

    def __init__(self, path: Path) -> None:
        self._handle = path.open("wb")
        self.digest = hashlib.sha256()
        self.size = 0
        self.closed = False

    def write(self, data: bytes | memoryview) -> int:
        view = memoryview(data)
        self.digest.update(view)
        self.size += view.nbytes
        return self._handle.write(view)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        self._handle.flush()

    def close(self) -> None:
        if not self.closed:
            self._handle.close()
            self.closed = True


def _group_rows(schema: pa.Schema, rows: int, text_bytes_per_row: int) -> int:
    if any(f.type.equals(IMAGE_STRUCT) for f in schema):
        return IMAGE_ROWS_PER_GROUP
    return max(1, min(rows, MAX_ROW_GROUP_BYTES // max(1, text_bytes_per_row)))


def link_or_copy(source: Path, target: Path) -> None:
    """`target` as a hard link to `source` (a copy across file systems), parents created."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@dataclass
class ShardWriter:
    """Writes (or reuses) the shards of each (config, split, group) under `root`."""

    root: Path
    data_dir: Path
    previous: PreviousRelease | None = None
    limits: ShardLimits = field(default_factory=ShardLimits)
    stats: ShardStats = field(default_factory=ShardStats)

    def write(self, config: str, split: str, group: str, table: pa.Table) -> list[ShardFile]:
        """The shards of one group's rows (in the order given); an empty group writes nothing (Hugging Face
        loaders fail on a Parquet file with an empty row group)."""
        if table.num_rows == 0:
            return []
        if not group.replace("_", "").isalnum():
            raise ValueError(f"shard group {group!r} must be letters, digits or '_'")
        inputs = inputs_hash(config, split, group, table, self.limits)
        reused = self._reuse(inputs)
        if reused is not None:
            return reused
        schema = with_hf_features(release_form(table.slice(0, 0), self.data_dir)).schema
        sizes = _row_sizes(table, self.data_dir)
        out = []
        for index, (start, stop) in enumerate(plan_shards(sizes, self.limits)):
            rel = f"data/{config}/{split}-{group}-{index:05d}.parquet"
            out.append(self._write_shard(rel, config, split, inputs, table.slice(start, stop - start), schema,
                                         sum(sizes[start:stop]) // (stop - start)))
        return out

    def _reuse(self, inputs: str) -> list[ShardFile] | None:
        if self.previous is None:
            return None
        files = self.previous.by_inputs.get(inputs, ())
        if not files or not all((self.previous.root / f.relative_path).is_file() for f in files):
            return None
        for f in files:
            link_or_copy(self.previous.root / f.relative_path, self.root / f.relative_path)
        self.stats.reused += len(files)
        return list(files)

    def _write_shard(self, rel: str, config: str, split: str, inputs: str, part: pa.Table, schema: pa.Schema,
                     bytes_per_row: int) -> ShardFile:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        sink = _HashingFile(path)
        try:
            writer = pq.ParquetWriter(sink, schema)
            step = _group_rows(schema, part.num_rows, bytes_per_row)
            for start in range(0, part.num_rows, step):
                batch = release_form(part.slice(start, step), self.data_dir)
                writer.write_table(batch.cast(schema), row_group_size=step)
            writer.close()
        finally:
            sink.close()
        self.stats.written += 1
        self.stats.bytes_hashed += sink.size
        return ShardFile(config, split, rel, part.num_rows, sink.size, sink.digest.hexdigest(), inputs)
