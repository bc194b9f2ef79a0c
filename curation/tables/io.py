"""The one table writer and reader.

Every table goes through `write_table`: rows are checked against the table's schema, sorted by its
key (deterministic bytes) and written to a temporary name that is then renamed, so a killed run never
leaves a half-written Parquet file visible. Per-export tables live in hive folders `export=<id>/`; so do
the corpus tables computed per export (CORPUS_PART_TABLES), whose readers read every part.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.tables.schemas import CORPUS_PART_TABLES, PER_EXPORT_TABLES, TABLE_KEYS, schema_for

PART_NAME = "part-00000"
ROW_GROUP_ROWS = 50_000


def write_parquet_atomic(path: Path, table: pa.Table, *, row_group_size: int = ROW_GROUP_ROWS) -> Path:
    """Write `table` to `path` via a temporary sibling and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", suffix=".parquet", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=row_group_size,
                       write_statistics=True, store_schema=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def to_table(table: str, rows: pa.Table | Sequence[Mapping[str, Any]]) -> pa.Table:
    """Conform rows (an Arrow table or a list of dicts) to `table`'s schema, sorted by its key.

    Missing optional columns become nulls; unknown columns are an error, since they would be silently lost.
    """
    schema = schema_for(table)
    if not isinstance(rows, pa.Table):
        records = list(rows)
        extra = {key for record in records for key in record} - set(schema.names)
        if extra:
            raise ValueError(f"table {table!r}: columns not in its schema: {sorted(extra)}")
        rows = pa.Table.from_pylist(records, schema=schema) if records else schema.empty_table()
    extra = set(rows.column_names) - set(schema.names)
    if extra:
        raise ValueError(f"table {table!r}: columns not in its schema: {sorted(extra)}")
    columns = [rows[name] if name in rows.column_names else pa.nulls(rows.num_rows, field.type)
               for name, field in zip(schema.names, schema, strict=True)]
    conformed = pa.Table.from_arrays(columns, names=schema.names).cast(schema)
    keys = TABLE_KEYS[table]
    if conformed.num_rows > 1:
        order = pc.sort_indices(conformed, sort_keys=[(k, "ascending", "at_start") for k in keys])
        conformed = conformed.take(order)
    return conformed


def _check_part(part: str) -> str:
    if not part or not all(c.isalnum() or c in "-_" for c in part):
        raise ValueError(f"part name {part!r} must be letters, digits, '-' or '_'")
    return part


def partition_dir(paths: DataPaths, table: str, export_id: str | None = None) -> Path:
    """The folder holding `table`'s files (one export's hive folder for per-export tables)."""
    base = paths.table_dir(table)
    if table in PER_EXPORT_TABLES:
        if not export_id:
            raise ValueError(f"table {table!r} is written per export: export_id is required")
        return base / f"export={export_id}"
    if table in CORPUS_PART_TABLES:
        return base / f"export={export_id}" if export_id else base
    if export_id:
        raise ValueError(f"table {table!r} is corpus-wide: it takes no export_id")
    return base


def table_path(paths: DataPaths, table: str, export_id: str | None = None, *, part: str = PART_NAME) -> Path:
    """Where one part file of `table` (or of its partition for `export_id`) lives.

    Several stages may contribute to one table (e.g. quarantine rows from the index and from the
    report loader): each writes its own named part, and readers read all parts.
    """
    return partition_dir(paths, table, export_id) / f"{_check_part(part)}.parquet"


def write_table(paths: DataPaths, table: str, rows: pa.Table | Sequence[Mapping[str, Any]],
                *, export_id: str | None = None, part: str = PART_NAME) -> pa.Table:
    """Validate, sort and atomically write one table (or one export partition of it)."""
    conformed = to_table(table, rows)
    if export_id is not None and "export_id" in conformed.column_names and conformed.num_rows:
        found = set(conformed["export_id"].to_pylist())
        if found != {export_id}:
            raise ValueError(f"table {table!r}: rows carry export ids {sorted(map(str, found))}, "
                             f"expected {export_id!r}")
    write_parquet_atomic(table_path(paths, table, export_id, part=part), conformed)
    return conformed


def part_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))


def table_files(paths: DataPaths, table: str) -> list[Path]:
    """Every published part file of `table`: its flat parts and every export partition's."""
    base = paths.table_dir(table)
    flat = part_files(base) if base.is_dir() else []
    return flat + [f for e in table_exports(paths, table) for f in part_files(partition_dir(paths, table, e))]


def table_exports(paths: DataPaths, table: str) -> list[str]:
    """Export ids that have a written partition of a per-export table."""
    base = paths.table_dir(table)
    if not base.is_dir():
        return []
    return sorted(p.name.split("=", 1)[1] for p in base.glob("export=*") if part_files(p))


def read_table(paths: DataPaths, table: str, *, exports: Iterable[str] | None = None,
               columns: Sequence[str] | None = None) -> pa.Table:
    """Read a table (all partitions, or only `exports`); an empty table with the schema if none written."""
    schema = schema_for(table)
    files = read_files(paths, table, exports=exports)
    target = pa.schema([schema.field(c) for c in columns]) if columns else schema
    parts = [read_part(f, target) for f in files]
    if not parts:
        empty = schema.empty_table()
        return empty.select(list(columns)) if columns else empty
    return pa.concat_tables(parts)


def read_files(paths: DataPaths, table: str, *, exports: Iterable[str] | None = None) -> list[Path]:
    """The part files `read_table` reads, in its order (a reader streaming one part at a time uses these)."""
    if table in PER_EXPORT_TABLES or (table in CORPUS_PART_TABLES and exports is not None):
        wanted = table_exports(paths, table) if exports is None else sorted(set(exports))
        return [f for e in wanted for f in part_files(partition_dir(paths, table, e))]
    if table in CORPUS_PART_TABLES:  # every export's part, and a part written flat
        return table_files(paths, table)
    if exports is not None:
        raise ValueError(f"table {table!r} is corpus-wide: it takes no exports filter")
    return part_files(partition_dir(paths, table))


def read_part(path: Path, target: pa.Schema) -> pa.Table:
    """One part file as `target`; a column the schema gained after the part was written reads as nulls."""
    present = set(pq.read_schema(path).names)
    part = pq.read_table(path, columns=[n for n in target.names if n in present])
    missing = [f for f in target if f.name not in present]
    for field in missing:
        part = part.append_column(field.name, pa.nulls(part.num_rows, field.type))
    return part.select(target.names).cast(target)


def delete_partition(paths: DataPaths, table: str, export_id: str) -> None:
    """Remove one export's partition, all parts (used when an export is withdrawn)."""
    folder = partition_dir(paths, table, export_id)
    for f in part_files(folder):
        f.unlink()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
