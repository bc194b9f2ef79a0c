"""Every reference inside a release resolves inside the same release.

vqa -> image_text_pairs (pair_id), grounding -> image_text_pairs (pair_id), and every `volume_path` of
any config -> a volume file inside the release. The release build drops rows whose target is not in the
release (stream.py: a pair left out by de-duplication or by a missing patient); `problems` re-reads a
written release, one shard at a time, and counts what does not resolve, for the blocking asset check.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from curation.release.keys import DIGEST, contains, digests


@dataclass(frozen=True)
class Reference:
    config: str        # the config whose rows point
    column: str
    target: str        # the config pointed at
    target_column: str

    @property
    def name(self) -> str:
        return f"{self.config}.{self.column}->{self.target}.{self.target_column}"


REFERENCES: tuple[Reference, ...] = (
    Reference("vqa", "pair_id", "image_text_pairs", "pair_id"),
    Reference("grounding", "pair_id", "image_text_pairs", "pair_id"),
)


def _shards(root: Path, files: list[Mapping[str, object]], config: str, column: str) -> Iterator[list[object]]:
    """The values of `column` in each shard of `config` that has the column, one shard at a time."""
    for entry in files:
        if entry["config"] == config:
            path = root / str(entry["relative_path"])
            if column in pq.read_schema(path).names:
                yield pq.read_table(path, columns=[column])[column].to_pylist()


def problems(root: Path) -> dict[str, int]:
    """Counts of references that do not resolve inside the release at `root` (all zero when sound)."""
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    files = manifest["files"]
    out: dict[str, int] = {}
    for ref in REFERENCES:  # the targets as sorted digests; the pointing rows read shard by shard
        found = [digests(values) for values in _shards(root, files, ref.target, ref.target_column)]
        targets = np.unique(np.concatenate(found)) if found else np.empty(0, DIGEST)
        out[ref.name] = sum(int(np.count_nonzero(~contains(targets, digests(values))))
                            for values in _shards(root, files, ref.config, ref.column))
    for config in sorted({str(f["config"]) for f in files}):
        paths: set[str] | None = None
        for values in _shards(root, files, config, "volume_path"):
            paths = (paths or set()) | {str(p) for p in values if p is not None}
        if paths is not None:
            out[f"{config}.volume_path->file"] = sum(1 for p in paths if not (root / p).is_file())
    return out
