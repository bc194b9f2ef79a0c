"""The PHI checks' memo: a rerun with nothing changed scans no row; a change re-scans only what it touches."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curation.phi_check import OwnerLookup, PhiCheckResult, check_files
from curation.phi_memo import EVERYONE, PhiMemo, memo_file, prune_memos
from curation.tables import digests
from curation.tables.io import write_parquet_atomic
from curation.vault import PatientPhi
from tests.curation.test_phi_check import PHI, _reports


def _parts(tmp_path: Path) -> dict[str, Path]:
    """Three reports parts: P1 (2 rows), P2 (1 row), P3 (3 rows); all clean."""
    rows = {"p1": ["P1", "P1"], "p2": ["P2"], "p3": ["P3", "P3", "P3"]}
    parts = {}
    for name, pids in rows.items():
        path = tmp_path / "data" / "tables" / "reports" / f"export={name}" / "part-0.parquet"
        write_parquet_atomic(path, pa.table({"report_id": [f"R{name}{i}" for i in range(len(pids))],
                                             "patient_pid": pids, "text": ["Leber unauffällig."] * len(pids)}))
        parts[name] = path
    return parts


def _check(tmp_path: Path, parts: dict[str, Path], phi: dict[str, PatientPhi] = PHI) -> PhiCheckResult:
    data = tmp_path / "data"
    memo = PhiMemo(memo_file(data, "reports"), data)
    return check_files(sorted(parts.values()), phi, OwnerLookup(_reports), memo=memo)


def test_a_rerun_with_nothing_changed_scans_no_row(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    first = _check(tmp_path, parts)
    assert (first.rows, first.rows_reused, first.parts_reused, first.hits) == (6, 0, 0, ())
    again = _check(tmp_path, parts)
    assert (again.rows, again.rows_reused, again.parts_reused, again.needles, again.hits) == (0, 6, 3, 0, ())
    stored = json.loads(memo_file(tmp_path / "data", "reports").read_text())
    assert sorted(v["patients"] for v in stored["clean"].values()) == [["P1"], ["P2"], ["P3"]]
    assert "Vukovic" not in json.dumps(stored) and "unauff" not in json.dumps(stored)   # digests and ids only


def test_changing_one_part_rescans_only_it(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    _check(tmp_path, parts)
    write_parquet_atomic(parts["p2"], pa.table({"report_id": ["Rp20"], "patient_pid": ["P2"],
                                                "text": ["Kein Erguss, kein Infiltrat."]}))
    result = _check(tmp_path, parts)
    assert (result.rows, result.rows_reused, result.parts_reused) == (1, 5, 2)


def test_a_patients_vault_change_rescans_the_parts_holding_that_patient(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    _check(tmp_path, parts)
    phi = {**PHI, "P3": PHI["P3"].merged(PatientPhi("P3", names=("Unauffällig^Leber",)))}
    result = _check(tmp_path, parts, phi)
    # P3's part is scanned again (3 rows) and now flagged: the new value is in its text; P1's and P2's reused.
    assert (result.rows, result.rows_reused, result.parts_reused) == (3, 3, 2)
    assert {h.row_id for h in result.hits} == {"Rp30", "Rp31", "Rp32"}
    assert _check(tmp_path, parts, phi).rows == 3                        # flagged: never remembered as clean


def test_a_planted_value_still_fails_after_a_clean_run(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    assert _check(tmp_path, parts).hits == ()
    write_parquet_atomic(parts["p1"], pa.table({"report_id": ["Rp10"], "patient_pid": ["P1"],
                                                "text": ["Befund für Frau Brandstätter, Acc ACC778812."]}))
    result = _check(tmp_path, parts)
    assert sorted(h.label for h in result.hits) == ["id", "name"] and result.rows == 1


def test_the_same_content_rewritten_is_not_rescanned_and_an_unknown_patient_needs_everyone(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    _check(tmp_path, parts)
    table = pq.read_table(parts["p3"])
    write_parquet_atomic(parts["p3"], table)                             # new mtime, same bytes: digest read again
    assert _check(tmp_path, parts).rows == 0
    items = tmp_path / "data" / "tables" / "vqa_items" / "part-0.parquet"
    write_parquet_atomic(items, pa.table({"item_id": ["I1"], "report_id": ["R9"], "answer": ["keine Raumforderung"]}))
    memo = PhiMemo(memo_file(tmp_path / "data", "vqa_items"), tmp_path / "data")
    assert check_files([items], PHI, OwnerLookup(_reports), memo=memo).rows == 1
    (verdict,) = json.loads(memo.file.read_text())["clean"].values()
    assert verdict["patients"] == [EVERYONE]                             # R9 has no known patient
    phi = {**PHI, "P9": PatientPhi("P9", names=("Raumforderung^Karl",))}  # any patient's change counts
    again = check_files([items], phi, OwnerLookup(_reports), memo=PhiMemo(memo.file, tmp_path / "data"))
    assert again.rows == 1 and len(again.hits) == 1


def test_prune_drops_the_entries_of_removed_parts(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    _check(tmp_path, parts)
    parts["p2"].unlink()                                                 # as `forget` removes a partition
    prune_memos(tmp_path / "data")
    stored = json.loads(memo_file(tmp_path / "data", "reports").read_text())
    assert sorted(json.loads(memo_file(tmp_path / "data", "reports").with_name("reports.digests.json").read_text())) \
        == ["tables/reports/export=p1/part-0.parquet", "tables/reports/export=p3/part-0.parquet"]
    assert sorted(v["patients"] for v in stored["clean"].values()) == [["P1"], ["P3"]]


def test_an_untouched_part_is_not_read_and_a_same_size_same_mtime_rewrite_is(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "SETTLE_NS", 0)  # parts written this second count as settled (test_digests.py)
    parts = _parts(tmp_path)
    _check(tmp_path, parts)
    real_digest = digests.file_sha256
    monkeypatch.setattr(digests, "file_sha256", lambda path: pytest.fail(f"{path.name} read again"))
    assert _check(tmp_path, parts).rows == 0
    before = parts["p2"].stat()
    write_parquet_atomic(parts["p2"], pa.table({"report_id": ["Rp20"], "patient_pid": ["P2"],
                                                "text": ["Dr. Oyelaran sah den Befund."]}))
    os.utime(parts["p2"], ns=(before.st_atime_ns, before.st_mtime_ns))    # a coarse-mtime file system
    file = memo_file(tmp_path / "data", "reports").with_name("reports.digests.json")
    stored = json.loads(file.read_text())
    stored["tables/reports/export=p2/part-0.parquet"]["size"] = parts["p2"].stat().st_size  # same size
    file.write_text(json.dumps(stored))
    monkeypatch.setattr(digests, "file_sha256", real_digest)
    result = _check(tmp_path, parts)                                      # a new file (inode, ctime)
    assert result.rows == 1 and [h.row_id for h in result.hits] == ["Rp20"]


def test_a_part_replaced_while_it_is_checked_is_not_remembered_clean(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import curation.phi_check as phi_check

    parts = _parts(tmp_path)
    real_scan = phi_check.scan_table

    def scan_then_replace(table: pa.Table, *args: object, **kwargs: object) -> list:
        hits = real_scan(table, *args, **kwargs)
        if table["report_id"][0].as_py() == "Rp20":                      # another run writes p2 meanwhile
            write_parquet_atomic(parts["p2"], pa.table({"report_id": ["Rp20"], "patient_pid": ["P2"],
                                                        "text": ["Herr Oyelaran, geb. 29.02.1964."]}))
        return hits

    monkeypatch.setattr(phi_check, "scan_table", scan_then_replace)
    assert _check(tmp_path, parts).hits == ()                            # the old content was clean
    monkeypatch.setattr(phi_check, "scan_table", real_scan)
    again = _check(tmp_path, parts)
    assert (again.rows, again.parts_reused) == (1, 2)                   # the new content is scanned ...
    assert sorted(h.label for h in again.hits) == ["date", "name"]      # ... and fails


def test_a_memo_of_format_2_keeps_its_verdicts_and_not_its_digests(tmp_path: Path) -> None:
    """An older radcurate kept the part digests (size, mtime_ns, inode) in the verdicts' file."""
    parts = _parts(tmp_path)
    _check(tmp_path, parts)
    file = memo_file(tmp_path / "data", "reports")
    digest_memo = file.with_name("reports.digests.json")
    stats = {key: {"size": e["size"], "mtime_ns": e["mtime_ns"], "inode": e["ino"], "sha256": "0" * 64}
             for key, e in json.loads(digest_memo.read_text()).items()}  # wrong digests: must not be used
    file.write_text(json.dumps({"format": 2, "stats": stats, "clean": json.loads(file.read_text())["clean"]}))
    digest_memo.unlink()
    again = _check(tmp_path, parts)
    assert (again.rows, again.rows_reused, again.parts_reused) == (0, 6, 3)   # the verdicts, by true digest
    stored = json.loads(file.read_text())
    assert stored["format"] == 3 and "stats" not in stored and len(stored["clean"]) == 3
    assert sorted(json.loads(digest_memo.read_text())) == sorted(stats)
