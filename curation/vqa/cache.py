"""Content-hash cache of generated items: an LLM call is paid once per (content, image, generator).

Key = sha256 of (request content hash, image ref, backend, model, prompt version). The cache stores
what the generator returned (before validation), so tightening validation never needs regeneration.
A key with no items is stored as one marker row (item_index -1) so it is not asked again.
Stored as Parquet segments under data_dir/cache/vqa/ through the atomic writer: `items.parquet` (the first
save, or a cache written whole before segments) and one `items-<hash>.parquet` per later save holding only
the keys that save added (sorted: the same content gives the same bytes). Opening the cache reads only the
key column of each segment into one sorted index (the key's bytes: 32 per key); a run's hits are read from their
segments when the run asks for them (`prefetch`) and let go at the next run, so memory follows one run's
requests, not the cache, and a save writes what is new, not the whole cache again. Contents are
de-identified text only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.tables.io import write_parquet_atomic
from curation.vqa.protocol import GeneratedItem, GeneratorInfo, VqaRequest, VqaResult
from curation.vqa.schema import VqaItem

CACHE_SCHEMA = pa.schema([
    ("cache_key", pa.string()), ("item_index", pa.int32()), ("image_ref", pa.string()),
    ("backend", pa.string()), ("model", pa.string()), ("prompt_version", pa.string()),
    ("lang", pa.string()), ("question", pa.string()), ("answer", pa.string()), ("answer_type", pa.string()),
    ("options", pa.list_(pa.string())), ("evidence", pa.string()), ("question_source", pa.string()),
    ("schema_rejects", pa.int32()), ("template", pa.string()), ("finding", pa.string()),
])


def cache_key(request: VqaRequest, info: GeneratorInfo) -> str:
    parts = [request.content_sha256(), request.image_ref, info.backend, info.model, info.prompt_version]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def cache_path(paths: DataPaths) -> Path:
    return paths.data_dir / "cache" / "vqa" / "items.parquet"


def segment_paths(paths: DataPaths) -> list[Path]:
    """The cache's segments in the order written (the first, then the later ones by name)."""
    folder = cache_path(paths).parent
    first = [cache_path(paths)] if cache_path(paths).is_file() else []
    return first + sorted(folder.glob("items-*.parquet")) if folder.is_dir() else []


def _conformed(table: pa.Table) -> pa.Table:
    for name in CACHE_SCHEMA.names:  # a cache written before a column existed: nulls
        if name not in table.column_names:
            table = table.append_column(name, pa.nulls(table.num_rows, CACHE_SCHEMA.field(name).type))
    return table.select(CACHE_SCHEMA.names).cast(CACHE_SCHEMA)


class VqaCache:
    """An index of the stored keys (read once), the rows of the current run's hits, and the rows added."""

    def __init__(self, paths: DataPaths) -> None:
        self.path = cache_path(paths)
        self._segments = segment_paths(paths)
        keys, owners = [], []
        for n, segment in enumerate(self._segments):
            column = pc.unique(pq.read_table(segment, columns=["cache_key"])["cache_key"]).to_pylist()
            keys.append(np.array([k.encode() for k in column]) if column else np.empty(0, "S32"))
            owners.append(np.full(len(column), n, np.int32))
        every = np.concatenate(keys) if keys else np.empty(0, "S32")
        order = np.argsort(every, kind="stable")
        self._keys, self._owners = every[order], (np.concatenate(owners) if owners else np.empty(0, np.int32))[order]
        self._hot: dict[str, list[dict]] = {}      # the rows of the keys prefetched for the current run
        self._rows: dict[str, list[dict]] = {}     # added since opened (saved as a new segment)

    def _owner(self, key: str) -> int | None:
        probe = np.array([key.encode()])
        at = int(np.searchsorted(self._keys, probe)[0])
        return int(self._owners[at]) if at < self._keys.size and self._keys[at] == probe[0] else None

    def prefetch(self, keys: Sequence[str]) -> None:
        """Read the stored rows of `keys` (one read per segment holding some); the previous run's are let go."""
        self._hot = {}
        wanted: dict[int, list[str]] = {}
        for key in set(keys) - set(self._rows):
            owner = self._owner(key)
            if owner is not None:
                wanted.setdefault(owner, []).append(key)
        for owner, mine in sorted(wanted.items()):
            table = pq.read_table(self._segments[owner], filters=[("cache_key", "in", sorted(mine))])
            for row in _conformed(table).to_pylist():
                self._hot.setdefault(row["cache_key"], []).append(row)

    def _stored(self, key: str) -> list[dict] | None:
        if key in self._rows:
            return self._rows[key]
        if key not in self._hot and self._owner(key) is not None:
            self.prefetch([key, *self._hot])
        return self._hot.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._rows or self._owner(key) is not None

    def __len__(self) -> int:
        return int(np.unique(self._keys).size) + sum(1 for k in self._rows if self._owner(k) is None)

    def get(self, key: str, image_ref: str) -> VqaResult | None:
        rows = self._stored(key)
        if rows is None:
            return None
        items = tuple(
            GeneratedItem(VqaItem(question=r["question"], answer=r["answer"], answer_type=r["answer_type"],
                                  options=tuple(r["options"] or ()), evidence=r["evidence"], lang=r["lang"]),
                          r["question_source"], r.get("template") or "", r.get("finding") or "")
            for r in sorted(rows, key=lambda r: r["item_index"]) if r["item_index"] >= 0)
        return VqaResult(image_ref=image_ref, items=items, schema_rejects=rows[0]["schema_rejects"] or 0)

    def put(self, key: str, result: VqaResult, info: GeneratorInfo) -> None:
        """Remember a successful result; failed generations are not cached, so they are retried."""
        if result.error is not None:
            return
        base = {"cache_key": key, "image_ref": result.image_ref, **info.as_dict(),
                "schema_rejects": result.schema_rejects}
        empty = {"lang": None, "question": None, "answer": None, "answer_type": None, "options": None,
                 "evidence": None, "question_source": None, "template": None, "finding": None}
        rows = [{**base, "item_index": n, "lang": g.item.lang, "question": g.item.question,
                 "answer": g.item.answer, "answer_type": g.item.answer_type, "options": list(g.item.options),
                 "evidence": g.item.evidence, "question_source": g.question_source,
                 "template": g.template or None, "finding": g.finding or None}
                for n, g in enumerate(result.items)]
        self._rows[key] = rows or [{**base, **empty, "item_index": -1}]

    def save(self) -> Path | None:
        """Write the rows added since opened as a new segment (the first save: `items.parquet`)."""
        if not self._rows:
            return None
        rows = [r for key in sorted(self._rows) for r in sorted(self._rows[key], key=lambda r: r["item_index"])]
        name = hashlib.sha256("\x1f".join(sorted(self._rows)).encode()).hexdigest()[:16]
        target = self.path if not self._segments else self.path.with_name(f"items-{name}.parquet")
        written = write_parquet_atomic(target, pa.Table.from_pylist(rows, schema=CACHE_SCHEMA))
        if written not in self._segments:
            self._segments.append(written)
            added = np.array([k.encode() for k in sorted(self._rows)])
            every = np.concatenate([self._keys, added])
            owners = np.concatenate([self._owners, np.full(added.size, len(self._segments) - 1, np.int32)])
            order = np.argsort(every, kind="stable")
            self._keys, self._owners = every[order], owners[order]
        self._hot.update(self._rows)
        self._rows = {}
        return written
