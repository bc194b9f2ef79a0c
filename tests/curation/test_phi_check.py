from pathlib import Path

import pyarrow as pa

from curation.phi_check import OwnerLookup, check_files
from curation.tables.io import write_parquet_atomic
from curation.vault import PatientPhi

PHI = {"P1": PatientPhi("P1", names=("Brandstätter^Ilse",), accessions=("ACC778812",)),
       "P2": PatientPhi("P2", names=("Oyelaran^Tunde",), birth_dates=("19640229",)),
       "P3": PatientPhi("P3", names=("Vukovic^Mira",))}


def _reports(source: str, columns: list[str]) -> pa.Table:
    assert source == "reports"
    return pa.table({"report_id": ["R1", "R2"], "patient_pid": ["P1", "P2"]}).select(columns)


def test_rows_without_patient_column_are_checked_for_their_reports_patient(tmp_path: Path) -> None:
    items = pa.table({"item_id": ["I1", "I2", "I3"], "report_id": ["R1", "R2", "R9"],
                      "answer": ["Ilse Brandstaetter", "am 29.02.1964", "Brandstätter"]})
    path = tmp_path / "vqa.parquet"
    write_parquet_atomic(path, items)
    result = check_files([path], PHI, OwnerLookup(_reports), lambda p: p.name)
    # I1: P1's own names (2 hits); I2: P2's birth date; I3: unknown report, so every patient's values count.
    assert [(h.row_id, h.label) for h in result.hits] == [("I1", "name"), ("I1", "name"), ("I2", "date"),
                                                          ("I3", "name")]
    assert result.flagged_ids() == ["I1", "I2", "I3"]
    assert result.by_column() == {"answer": 4}


def test_needles_are_built_only_for_the_patients_present(tmp_path: Path) -> None:
    path = tmp_path / "reports.parquet"
    write_parquet_atomic(path, pa.table({"report_id": ["R1"], "patient_pid": ["P3"], "text": ["Mira Vukovic"]}))
    result = check_files([path], PHI, OwnerLookup(_reports))
    assert (result.rows, result.needles, len(result.hits)) == (1, 2, 2)   # P3's two name parts, not 11
    write_parquet_atomic(path, pa.table({"report_id": ["R1"], "patient_pid": ["P3"], "text": ["Oyelaran"]}))
    assert check_files([path], PHI, OwnerLookup(_reports)).hits == ()
