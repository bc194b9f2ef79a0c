from pathlib import Path

import pyarrow as pa

from curation.phi_scan import PhiNeedles, scan_table, scan_text, scan_tree
from curation.tables.io import write_parquet_atomic
from curation.vault import PatientPhi


def _needles() -> PhiNeedles:
    return PhiNeedles.from_phi([PatientPhi("P1", names=("Müller^Anna",), patient_ids=("PAT0001234",),
                                           birth_dates=("19560312",), physicians=("Dr. med. Hans Schäfer",))])


def test_whole_words_folded_and_dates() -> None:
    needles = _needles()
    assert scan_text("Patientin MUELLER kam", needles) == ["name"]
    assert scan_text("Hannah und Annabelle", needles) == []
    assert scan_text("geb. 12.03.1956", needles) == ["date"]
    assert scan_text("OA Schaefer", needles) == ["name"]
    assert scan_text("mail: a.b@klinik.de", needles) == ["email"]
    assert scan_text("Dr. med. Leber", needles) == []


def test_table_and_tree_report_positions_not_values(tmp_path: Path) -> None:
    table = pa.table({"text": ["ok", "Frau Müller"], "tags": [["x"], ["PAT0001234"]], "n": [1, 2]})
    hits = scan_table(table, _needles(), "t")
    assert [(h.column, h.row, h.label) for h in hits] == [("text", 1, "name"), ("tags", 1, "id")]
    write_parquet_atomic(tmp_path / "t.parquet", table)
    (tmp_path / "MUELLER_ANNA").mkdir()
    tree = scan_tree(tmp_path, _needles())
    assert {(h.where, h.column) for h in tree} >= {("t.parquet", "text"), ("MUELLER_ANNA", "<path>")}
    assert all("Müller" not in repr(h) for h in tree)


def test_binary_fields_are_not_scanned_as_text() -> None:
    needles = PhiNeedles.from_strings(["Anna"])
    image = pa.array([{"bytes": b"\x00 anna \x00", "path": None}, {"bytes": b"", "path": "x/Anna.png"}],
                     pa.struct([("bytes", pa.binary()), ("path", pa.string())]))
    hits = scan_table(pa.table({"image": image}), needles, "t")
    assert [(h.column, h.row) for h in hits] == [("image", 1)]
