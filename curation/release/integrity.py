"""Every reference inside a release resolves inside the same release.

vqa -> image_text_pairs (pair_id), grounding -> image_text_pairs (pair_id), and every `volume_path` of
any config -> a volume file inside the release. `restrict` drops rows whose target is not in the
release while it is built (a pair left out by de-duplication or by a missing patient); `problems`
re-reads a written release and counts what does not resolve, for the blocking asset check.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq


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


def restrict(config: str, table: pa.Table, present: Mapping[str, set[str]]) -> tuple[pa.Table, int]:
    """`table` without rows whose reference has no target in `present` (config -> its key values)."""
    for ref in REFERENCES:
        if ref.config != config or ref.column not in table.column_names or table.num_rows == 0:
            continue
        targets = pa.array(sorted(present.get(ref.target, set())), pa.string())
        keep = pc.fill_null(pc.is_in(table[ref.column], value_set=targets), False)
        kept = table.filter(keep)
        return kept, table.num_rows - kept.num_rows
    return table, 0


def _column(root: Path, files: list[Mapping[str, object]], config: str, column: str) -> list[object] | None:
    """The values of `column` over all shards of `config`; None when no shard has the column."""
    values: list[object] | None = None
    for entry in files:
        if entry["config"] != config:
            continue
        path = root / str(entry["relative_path"])
        if column in pq.read_schema(path).names:
            values = (values or []) + pq.read_table(path, columns=[column])[column].to_pylist()
    return values


def problems(root: Path) -> dict[str, int]:
    """Counts of references that do not resolve inside the release at `root` (all zero when sound)."""
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    files = manifest["files"]
    out: dict[str, int] = {}
    for ref in REFERENCES:
        targets = set(_column(root, files, ref.target, ref.target_column) or [])
        out[ref.name] = sum(1 for v in _column(root, files, ref.config, ref.column) or [] if v not in targets)
    for config in sorted({str(f["config"]) for f in files}):
        values = _column(root, files, config, "volume_path")
        if values is not None:
            paths = {p for p in values if p is not None}
            out[f"{config}.volume_path->file"] = sum(1 for p in paths if not (root / str(p)).is_file())
    return out
