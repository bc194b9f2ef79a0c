"""Content-hash cache of generated items: an LLM call is paid once per (content, image, generator).

Key = sha256 of (request content hash, image ref, backend, model, prompt version). The cache stores
what the generator returned (before validation), so tightening validation never needs regeneration.
A key with no items is stored as one marker row (item_index -1) so it is not asked again.
Stored as one Parquet table under data_dir/cache/vqa/ through the atomic writer; contents are
de-identified text only.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
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


class VqaCache:
    """Read once, look up by key, add new results, write back atomically (sorted: deterministic bytes)."""

    def __init__(self, paths: DataPaths) -> None:
        self.path = cache_path(paths)
        self._rows: dict[str, list[dict]] = {}
        if self.path.exists():
            table = pq.read_table(self.path)
            for name in CACHE_SCHEMA.names:  # a cache written before a column existed: nulls
                if name not in table.column_names:
                    table = table.append_column(name, pa.nulls(table.num_rows, CACHE_SCHEMA.field(name).type))
            for row in table.select(CACHE_SCHEMA.names).cast(CACHE_SCHEMA).to_pylist():
                self._rows.setdefault(row["cache_key"], []).append(row)

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, key: str, image_ref: str) -> VqaResult | None:
        rows = self._rows.get(key)
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

    def save(self) -> Path:
        rows = [r for key in sorted(self._rows) for r in sorted(self._rows[key], key=lambda r: r["item_index"])]
        return write_parquet_atomic(self.path, pa.Table.from_pylist(rows, schema=CACHE_SCHEMA))
