"""One release config streamed: de-duplicated by fixed-size digests, one export group's rows in memory at a time.

Pass 1 reads only the content key and the group columns of each source part (in `read_table` order) and keeps
a 16-byte digest and a group code per row; the first row of each digest wins, exactly as `dedup` over the
whole table (rows in the table's order). Pass 2 reads the parts again, keeps the winners that pass the row
filters (a patient; the referenced pair in the release, see integrity.py; the stored image present), and
yields each export group's rows, sorted by the content key, as soon as the last part holding rows of that
group has been read. What is held for the whole config: 16 bytes + a 4-byte group code per row (pass 1), the
digests of the released pair ids (for the configs that reference them), and the patients per split; the
text columns only of the groups still open (one, when an export's reports and images arrived together).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from curation.paths import DataPaths
from curation.release.configs import ReleaseConfig
from curation.release.groups import ExportGroups
from curation.release.integrity import REFERENCES
from curation.release.keys import DIGEST, contains, digests, key_digests
from curation.release.shards import IMAGE_PATH_COLUMN

_GROUP_COLUMNS = ("volume_id", "report_id")


@dataclass
class _Scan:
    """Pass 1: which rows win de-duplication, and after which part each group is complete."""

    first: list[np.ndarray]                        # per part: the rows that are the first of their key
    last_part: dict[str, int]                      # group -> index of the last part holding a winning row of it


def _group_names(table: pa.Table, groups: ExportGroups) -> list[str]:
    none = [None] * table.num_rows
    volumes = table["volume_id"].to_pylist() if "volume_id" in table.column_names else none
    reports = table["report_id"].to_pylist() if "report_id" in table.column_names else none
    return [groups.of(v, r) for v, r in zip(volumes, reports, strict=True)]


def _scan(config: ReleaseConfig, paths: DataPaths, groups: ExportGroups) -> _Scan:
    columns = [*config.dedup_key, *_GROUP_COLUMNS]
    sizes, keys, codes = [], [], []
    code_of: dict[str, int] = {}
    for part in config.parts(paths, columns):
        sizes.append(part.num_rows)
        keys.append(key_digests(part, config.dedup_key))
        names = _group_names(part, groups)
        codes.append(np.fromiter((code_of.setdefault(n, len(code_of)) for n in names), np.int32, len(names)))
    every = np.concatenate(keys) if keys else np.empty(0, DIGEST)
    del keys
    winner = np.zeros(every.size, bool)
    if every.size:
        winner[np.unique(every, return_index=True)[1]] = True   # stable sort: the first of each key
    del every
    name_of = list(code_of)
    first, last_part, start = [], {}, 0
    for index, (size, part_codes) in enumerate(zip(sizes, codes, strict=True)):
        mine = winner[start:start + size]
        first.append(mine)
        for code in np.unique(part_codes[mine]).tolist():
            last_part[name_of[code]] = index
        start += size
    return _Scan(first, last_part)


@dataclass
class StreamedConfig:
    """What streaming one config leaves for the release: rows left out, and the digests of its pair ids."""

    dangling: int = 0
    pair_digests: list[np.ndarray] = field(default_factory=list)
    images: dict[str, bool] = field(default_factory=dict)    # stored image path -> existed (skip.py)

    def released_pairs(self) -> np.ndarray:
        both = np.concatenate(self.pair_digests) if self.pair_digests else np.empty(0, DIGEST)
        return np.unique(both)


def _reference_mask(config: str, table: pa.Table, present: Mapping[str, np.ndarray]) -> np.ndarray | None:
    """Rows whose reference has its target in the release (None: the config references nothing)."""
    for ref in REFERENCES:
        if ref.config == config and ref.column in table.column_names:
            values = table[ref.column].to_pylist()
            found = contains(present.get(ref.target, np.empty(0, DIGEST)), digests([v or "" for v in values]))
            return found & np.array([v is not None for v in values], bool)
    return None


def _image_mask(table: pa.Table, data_dir: Path, seen: dict[str, bool]) -> np.ndarray | None:
    """Rows whose stored image exists (one stat per distinct image of the part, recorded in `seen`); None: no
    image column."""
    if IMAGE_PATH_COLUMN not in table.column_names:
        return None
    rels = table[IMAGE_PATH_COLUMN].to_pylist()
    for rel in set(rels) - {None}:
        seen[rel] = (data_dir / rel).is_file()
    return np.array([rel is not None and seen[rel] for rel in rels], bool)


def stream_groups(config: ReleaseConfig, paths: DataPaths, groups: ExportGroups,
                  present: Mapping[str, np.ndarray], out: StreamedConfig) -> Iterator[tuple[str, pa.Table]]:
    """(group, its released rows sorted by the content key), each group once, as soon as it is complete.

    Rows left out by a reference outside the release or a missing image are counted in `out.dangling`;
    the pair ids of the released rows are added to `out.pair_digests`, the stored images named to `out.images`."""
    scan = _scan(config, paths, groups)
    pending: dict[str, list[pa.Table]] = {}
    closing: dict[int, list[str]] = {}
    for name, index in scan.last_part.items():
        closing.setdefault(index, []).append(name)
    index = -1
    for index, part in enumerate(config.parts(paths, None)):
        keep = scan.first[index] & np.asarray(pc.is_valid(part["patient_pid"]), bool)
        referenced = _reference_mask(config.name, part, present)
        if referenced is not None:
            out.dangling += int(np.count_nonzero(keep & ~referenced))
            keep &= referenced
        stored = _image_mask(part, paths.data_dir, out.images)
        if stored is not None:
            out.dangling += int(np.count_nonzero(keep & ~stored))
            keep &= stored
        if keep.any():
            rows = part.filter(pa.array(keep, pa.bool_()))
            names = np.array(_group_names(rows, groups), object)
            for name in sorted(set(names)):
                pending.setdefault(name, []).append(rows.filter(pa.array(names == name, pa.bool_())))
            if "pair_id" in rows.column_names:
                out.pair_digests.append(digests([v for v in rows["pair_id"].to_pylist() if v is not None]))
        for name in sorted(closing.pop(index, [])):
            yield from _flush(name, pending.pop(name, []), config)
    for name in sorted(pending):  # not reached: every group closes at its last part
        yield from _flush(name, pending.pop(name), config)


def _flush(name: str, tables: list[pa.Table], config: ReleaseConfig) -> Iterator[tuple[str, pa.Table]]:
    if tables:
        rows = pa.concat_tables(tables)
        yield name, rows.sort_by([(c, "ascending") for c in config.dedup_key])  # unique keys: a total order
