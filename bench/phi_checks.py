"""bench/phi_checks: CPU seconds of every blocking `*_phi_free` check body on a curated data dir.

    PYTHONPATH=. python bench/phi_checks.py ROOT [ROOT ...]     # ROOT holds data/ and vault/ of a curate

Runs whichever `curation/` is on PYTHONPATH: with a checkout from before issue 17 (no curation/phi_check.py)
it times the old body (one regex of every patient's values over every cell), otherwise `check_files`
(each row against its own patient's values). Prints, per ROOT, seconds and hits per table, and rows.
With the memo (curation/phi_memo.py) it times a first run (empty memo, in a temporary folder, so the data
dir's own memo is left alone) and a rerun with nothing changed (`rerun_cpu_s`, `rerun_rows_scanned`).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.tables.io import read_table
from curation.vault import Vault

TABLES = ("dicom_index", "reports", "snippet_pairs", "image_text_pairs", "grounding_items", "vqa_items")


def _time_root(root: Path) -> dict[str, object]:
    paths = DataPaths(root / "data", root / "vault")
    vault = Vault(paths.vault_dir)
    out: dict[str, object] = {"root": root.name}
    for table in TABLES:
        files = sorted(p for p in paths.table_dir(table).rglob("*.parquet") if not p.name.startswith("."))
        out[table] = _time_check(paths, vault, table, files) | {"rows": sum(pq.read_metadata(p).num_rows
                                                                           for p in files)}
    return out


def _time_check(paths: DataPaths, vault: Vault, table: str, files: list[Path]) -> dict[str, object]:
    """CPU seconds of the check body; with the memo a first run (empty memo) and a rerun, nothing changed."""
    start = time.process_time()
    try:
        from curation.phi_check import OwnerLookup, check_files
    except ImportError:  # the code before issue 17
        from curation.phi_scan import PhiNeedles, scan_table

        needles = PhiNeedles.from_phi(vault.read_patient_phi().values())
        hits = sum(len(scan_table(pq.read_table(p), needles, "bench")) for p in files)
        return {"cpu_s": round(time.process_time() - start, 3), "hits": hits}
    try:
        from curation.phi_memo import PhiMemo
    except ImportError:  # before the memo
        owner_of = OwnerLookup(lambda source, columns: read_table(paths, source, columns=columns))
        hits = len(check_files(files, vault.read_patient_phi(), owner_of).hits)
        return {"cpu_s": round(time.process_time() - start, 3), "hits": hits}
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        for leg in ("", "rerun_"):
            begin = time.process_time()
            owner_of = OwnerLookup(lambda source, columns: read_table(paths, source, columns=columns))
            memo = PhiMemo(Path(folder) / f"{table}.json", paths.data_dir)
            result = check_files(files, vault.read_patient_phi(), owner_of, memo=memo)
            out |= {f"{leg}cpu_s": round(time.process_time() - begin, 3), f"{leg}rows_scanned": result.rows,
                    f"{leg}hits": len(result.hits)}
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(json.dumps(_time_root(Path(arg))))
