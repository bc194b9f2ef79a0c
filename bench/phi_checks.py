"""bench/phi_checks: CPU seconds of every blocking `*_phi_free` check body on a curated data dir.

    PYTHONPATH=. python bench/phi_checks.py ROOT [ROOT ...]     # ROOT holds data/ and vault/ of a curate

Runs whichever `curation/` is on PYTHONPATH: with a checkout from before issue 17 (no curation/phi_check.py)
it times the old body (one regex of every patient's values over every cell), otherwise `check_files`
(each row against its own patient's values). Prints, per ROOT, seconds and hits per table, and rows.
"""

from __future__ import annotations

import json
import sys
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
        rows = sum(pq.read_metadata(p).num_rows for p in files)
        start = time.process_time()
        try:
            from curation.phi_check import OwnerLookup, check_files
        except ImportError:  # the code before issue 17
            from curation.phi_scan import PhiNeedles, scan_table

            needles = PhiNeedles.from_phi(vault.read_patient_phi().values())
            hits = sum(len(scan_table(pq.read_table(p), needles, "bench")) for p in files)
        else:
            owner_of = OwnerLookup(lambda source, columns: read_table(paths, source, columns=columns))
            hits = len(check_files(files, vault.read_patient_phi(), owner_of).hits)
        out[table] = {"cpu_s": round(time.process_time() - start, 3), "rows": rows, "hits": hits}
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(json.dumps(_time_root(Path(arg))))
