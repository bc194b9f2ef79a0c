"""Table schemas and the one atomic writer/reader."""

from curation.tables.io import (
           read_table,
           table_exports,
           to_table,
           write_parquet_atomic,
           write_table,
)
from curation.tables.schemas import SCHEMAS, TABLE_KEYS, schema_for

__all__ = ["SCHEMAS", "TABLE_KEYS", "read_table", "schema_for", "table_exports", "to_table",
           "write_parquet_atomic", "write_table"]
