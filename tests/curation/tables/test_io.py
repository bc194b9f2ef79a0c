from pathlib import Path

import pyarrow as pa
import pytest

from curation.paths import DataPaths
from curation.tables import read_table, table_exports, write_table


def _rows(export_id: str) -> list[dict]:
    return [{"export_id": export_id, "file_id": f"F{i}", "stage": "index", "reason": "empty file"}
            for i in (3, 1, 2)]


def test_write_sorts_and_reads_back(data_paths: DataPaths) -> None:
    write_table(data_paths, "quarantine", _rows("exp_a"), export_id="exp_a")
    write_table(data_paths, "quarantine", _rows("exp_b")[:1], export_id="exp_b", part="reports")
    table = read_table(data_paths, "quarantine", exports=["exp_a"])
    assert table["file_id"].to_pylist() == ["F1", "F2", "F3"]
    assert table_exports(data_paths, "quarantine") == ["exp_a", "exp_b"]
    assert read_table(data_paths, "quarantine").num_rows == 4
    assert not list(Path(data_paths.tables_dir).rglob(".tmp-*"))


def test_deterministic_bytes(data_paths: DataPaths, tmp_path: Path) -> None:
    other = DataPaths(tmp_path / "d2", tmp_path / "v2")
    write_table(data_paths, "quarantine", _rows("e"), export_id="e")
    write_table(other, "quarantine", list(reversed(_rows("e"))), export_id="e")
    a = next(data_paths.tables_dir.rglob("*.parquet")).read_bytes()
    b = next(other.tables_dir.rglob("*.parquet")).read_bytes()
    assert a == b


def test_rejects_unknown_columns_and_wrong_partition(data_paths: DataPaths) -> None:
    with pytest.raises(ValueError, match="not in its schema"):
        write_table(data_paths, "quarantine", [{"export_id": "e", "file_id": "F", "oops": 1}], export_id="e")
    with pytest.raises(ValueError, match="export_id is required"):
        write_table(data_paths, "quarantine", _rows("e"))
    with pytest.raises(ValueError, match="expected"):
        write_table(data_paths, "quarantine", _rows("x"), export_id="e")


def test_empty_read_has_schema(data_paths: DataPaths) -> None:
    table = read_table(data_paths, "volumes")
    assert table.num_rows == 0 and "slice_map" in table.column_names
    assert isinstance(table.schema.field("affine").type, pa.ListType | pa.FixedSizeListType)


def test_vault_and_data_must_not_nest(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="must not contain"):
        DataPaths(tmp_path / "d", tmp_path / "d" / "vault")
