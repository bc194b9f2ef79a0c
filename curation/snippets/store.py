"""The mining ledger: which report texts (report_id, text_sha256) snippet_pairs has already mined.

Reports without any reference leave no row in snippet_pairs, so the ledger is what lets a re-run skip
them. Each row also names the miner version that mined it (`version.py`), so a grammar change re-mines.
It is a small Parquet file beside the tables, written atomically with the project's writer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.tables.io import write_parquet_atomic

# prior_refs: references into the prior study in that text (rows with status prior_study in snippet_pairs).
# miner_version: the miner that mined it (version.py); null in a ledger written before versions: stale.
LEDGER_SCHEMA = pa.schema([("report_id", pa.string()), ("text_sha256", pa.string()), ("prior_refs", pa.int32()),
                           ("miner_version", pa.string())])


def ledger_path(paths: DataPaths) -> Path:
    return paths.data_dir / "state" / "snippet_pairs_ledger.parquet"


def read_ledger(paths: DataPaths) -> list[dict[str, Any]]:
    path = ledger_path(paths)
    return pq.read_table(path).to_pylist() if path.is_file() else []


def write_ledger(paths: DataPaths, rows: Sequence[Mapping[str, Any]]) -> Path:
    ordered = sorted(({"report_id": r["report_id"], "text_sha256": r["text_sha256"],
                       "prior_refs": r.get("prior_refs"), "miner_version": r.get("miner_version")} for r in rows),
                     key=lambda r: r["report_id"])
    return write_parquet_atomic(ledger_path(paths), pa.Table.from_pylist(ordered, schema=LEDGER_SCHEMA))
