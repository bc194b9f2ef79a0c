"""Hugging Face layout: `data/<config>/<split>-00000-of-000NN.parquet` with viewer-sized row groups.

The Hub's dataset viewer reads row groups whole; groups are sized from the table's own bytes per
row so that image columns stay well below its 300 MB limit.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from curation.release.features import with_hf_features
from curation.tables.io import write_parquet_atomic

MAX_ROW_GROUP_BYTES = 128 * 1024**2
MAX_SHARD_BYTES = 512 * 1024**2


@dataclass(frozen=True)
class ShardFile:
    config: str
    split: str
    relative_path: str
    rows: int
    bytes: int
    sha256: str


def rows_per_group(table: pa.Table, max_bytes: int = MAX_ROW_GROUP_BYTES) -> int:
    if table.num_rows == 0:
        return 1
    per_row = max(1, table.nbytes // table.num_rows)
    return max(1, min(table.num_rows, max_bytes // per_row))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_split_shards(root: Path, config: str, split: str, table: pa.Table,
                       *, max_shard_bytes: int = MAX_SHARD_BYTES) -> list[ShardFile]:
    """Write one split of one config as N shards under `root/data/<config>/`.

    An empty split writes no file: Hugging Face loaders fail on a Parquet file with an empty row group,
    and the card lists only the splits that have data.
    """
    if table.num_rows == 0:
        return []
    table = with_hf_features(table)
    n_shards = max(1, math.ceil(table.nbytes / max_shard_bytes))
    rows_each = math.ceil(table.num_rows / n_shards)
    group = rows_per_group(table)
    out: list[ShardFile] = []
    for index in range(n_shards):
        part = table.slice(index * rows_each, rows_each)
        rel = f"data/{config}/{split}-{index:05d}-of-{n_shards:05d}.parquet"
        path = write_parquet_atomic(root / rel, part, row_group_size=group)
        out.append(ShardFile(config, split, rel, part.num_rows, path.stat().st_size, _sha256(path)))
    return out
