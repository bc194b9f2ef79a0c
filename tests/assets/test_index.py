from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq

from assets.index import dicom_index
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.tables.io import read_table
from curation.vault import Vault
from resources.storage import RadcurateStorage
from tests.curation.index.index_dicom_files import PHI_STRINGS, ct_dataset, write, write_series


def _texts_under(root: Path) -> list[tuple[Path, str]]:
    """Every file under `root` as text; Parquet decompressed to its rows, so values are visible."""
    out = []
    for path in root.rglob("*"):
        if path.is_file():
            if path.suffix == ".parquet":
                out.append((path, str(pq.read_table(path).to_pylist())))
            out.append((path, path.read_bytes().decode("utf-8", errors="ignore")))
    return out


def test_dicom_index_asset_writes_tables_vault_and_leaks_no_phi(tmp_path: Path, data_paths: DataPaths,
                                                                 secret_env: str) -> None:
    export = tmp_path / "MUELLER_ANNA_19560312_export"
    write_series(export, 3)
    sr = ct_dataset(9)
    del sr.PixelData
    write(sr, export / "MUELLER_ANNA_19560312" / "SR1")
    (export / "empty_MUELLER").write_bytes(b"")
    pseudonymizer = Pseudonymizer(secret_env.encode())
    export_id = pseudonymizer.export_id(export.name)
    vault = Vault(data_paths.vault_dir)
    vault.register_export(export_id, export)
    home = tmp_path / "dagster_home"
    home.mkdir()
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=dg.EnvVar("RADCURATE_SECRET"))
    with dg.DagsterInstance.local_temp(tempdir=str(home)) as instance:
        instance.add_dynamic_partitions("exports", [export_id])
        result = dg.materialize([dicom_index], resources={"storage": storage}, partition_key=export_id,
                                instance=instance)
        assert result.success
        (materialization,) = result.asset_materializations_for_node("dicom_index")
    meta = {k: v.value for k, v in materialization.metadata.items()}
    assert (meta["files"], meta["images"], meta["non_image"], meta["quarantined"]) == (5, 3, 1, 1)
    assert meta["quarantined_by_reason"] == {"empty": 1} and meta["patients"] == 1

    index = read_table(data_paths, "dicom_index", exports=[export_id])
    assert index.num_rows == 4 and sorted(index["role"].to_pylist()) == ["image", "image", "image", "non_image"]
    assert sorted(p[2] for p in index["image_position"].to_pylist() if p) == [-100.0, -95.0, -90.0]
    quarantine = read_table(data_paths, "quarantine", exports=[export_id]).to_pylist()
    assert [(q["stage"], q["file_id"]) for q in quarantine] == [("index", pseudonymizer.file_id("empty_MUELLER"))]
    assert len(vault.read_file_map(export_id)) == 5
    assert "Müller" in vault.read_patient_phi([export_id])[index["patient_pid"][0].as_py()].names

    leaks = [(path.name, s) for root in (data_paths.data_dir, home) for path, text in _texts_under(root)
             for s in PHI_STRINGS if s in text]
    assert leaks == []
    assert any(True for _ in data_paths.data_dir.rglob("*.parquet")) and any(home.rglob("*"))
