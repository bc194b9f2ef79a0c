"""The PHI check of one table (or one export partition of it), linear in the rows it checks.

Each row is scanned only for its own patient's vault values (plus the global rules: e-mail addresses),
so the needles built are those of the patients present in the files checked, not of the whole corpus.
A row's patient is its `patient_pid`, or, for tables without one, the patient of its report or volume.
A row whose patient is unknown is scanned for every patient's values. The result names flagged rows by
their pseudonymous ids, never by what was found.

With a memo (curation/phi_memo.py) a part file already found clean for the same content, the same PHI of
its patients and the same check code is not read again: the check's cost follows what changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from curation.phi_memo import PhiMemo
from curation.phi_scan import Hit, PhiNeedles, scan_table
from curation.vault import PatientPhi

# Tables without patient_pid: whose row it is comes from these (column, table) lookups, first known wins.
OWNER_KEYS = (("report_id", "reports"), ("volume_id", "volumes"))


@dataclass(frozen=True)
class PhiCheckResult:
    hits: tuple[Hit, ...]
    rows: int              # rows scanned by this check
    needles: int
    rows_reused: int = 0   # rows of parts known clean from the memo, not read
    parts_reused: int = 0

    def by_column(self) -> dict[str, int]:
        return dict(sorted(Counter(h.column for h in self.hits).items()))

    def flagged_ids(self) -> list[str]:
        """Pseudonymous ids of the flagged rows (sorted, each once); rows without an id by position."""
        return sorted({h.row_id if h.row_id is not None else f"{h.where}#{h.row}" for h in self.hits})


class OwnerLookup:
    """patient_pid by report_id / volume_id, each map read once (two columns) on first use."""

    def __init__(self, read: Callable[[str, list[str]], pa.Table]) -> None:
        self._read = read
        self._maps: dict[str, dict[str, str | None]] = {}

    def __call__(self, source: str, column: str) -> Mapping[str, str | None]:
        if source not in self._maps:
            rows = self._read(source, [column, "patient_pid"])
            self._maps[source] = dict(zip(rows[column].to_pylist(), rows["patient_pid"].to_pylist(), strict=True))
        return self._maps[source]


OwnerOf = Callable[[str, str], Mapping[str, str | None]]


def row_patients(table: pa.Table, owner_of: OwnerOf) -> list[str | None]:
    """Each row's patient_pid: its own column, else looked up by report_id, then volume_id."""
    if "patient_pid" in table.column_names:
        return table["patient_pid"].to_pylist()
    found: list[str | None] = [None] * table.num_rows
    for column, source in OWNER_KEYS:
        if column not in table.column_names:
            continue
        lookup = owner_of(source, column)
        for i, key in enumerate(table[column].to_pylist()):
            if found[i] is None and key is not None:
                found[i] = lookup.get(key)
    return found


def check_files(files: Sequence[Path], phi: Mapping[str, PatientPhi],
                owner_of: OwnerOf,
                where: Callable[[Path], str] = str, memo: PhiMemo | None = None) -> PhiCheckResult:
    """Scan `files` (Parquet) for their rows' own patients' PHI; `owner_of(table, id_column)` maps the ids
    of `reports`/`volumes` to patient_pid for tables that do not carry it. With `memo`, parts it knows clean
    are skipped and the parts found clean now are remembered (saved before returning)."""
    reused = {path: memo.clean_rows(path, phi) for path in files} if memo is not None else {}
    scan = [path for path in files if reused.get(path) is None]
    owners: list[list[str | None]] = []
    for path in scan:
        owners.append(row_patients(pq.read_table(path, columns=_owner_columns(path)), owner_of))
    present = {p for rows in owners for p in rows}
    wanted = phi.values() if None in present else [phi[p] for p in sorted(present - {None}) if p in phi]
    needles = PhiNeedles.from_phi(wanted)
    hits: list[Hit] = []
    rows = 0
    for path, patients in zip(scan, owners, strict=True):
        table = pq.read_table(path)
        rows += table.num_rows
        found = scan_table(table, needles, where(path), patients)
        hits += found
        if memo is not None and not found:  # a flagged part is never remembered
            memo.remember_clean(path, patients, table.num_rows, phi)
    if memo is not None:
        memo.save()
    known = [n for n in reused.values() if n is not None]
    return PhiCheckResult(tuple(hits), rows, len(needles), sum(known), len(known))


def _owner_columns(path: Path) -> list[str]:
    names = pq.read_schema(path).names
    if "patient_pid" in names:
        return ["patient_pid"]
    return [c for c, _ in OWNER_KEYS if c in names]
