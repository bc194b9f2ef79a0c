"""series_catalog, volumes and image_text_pairs materialize through Dagster on fixture tables."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import numpy as np

from assets.volumes import image_text_pairs, series_catalog, volumes
from curation.tables.io import read_table, write_table
from curation.vault import Vault
from resources.llm import LlmResource
from resources.storage import RadcurateStorage
from tests.curation.volumes.index_rows import index_rows
from tests.curation.volumes.series_writer import SeriesSpec, write_series

EXPORT = "exp_00000000000a"


def test_catalog_volumes_and_pairs_materialize(tmp_path: Path, data_paths, pseudonymizer, secret_env):
    root = tmp_path / "export"
    write_series(root / "S2", SeriesSpec(series_number=2, n_slices=8))
    write_series(root / "S9", SeriesSpec(series_number=9, n_slices=1, image_type="ORIGINAL\\PRIMARY\\LOCALIZER"))
    rows = index_rows(root, EXPORT, pseudonymizer, Vault(data_paths.vault_dir))
    write_table(data_paths, "dicom_index", rows, export_id=EXPORT)
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=secret_env)
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [EXPORT])
    result = dg.materialize([series_catalog, volumes], resources={"storage": storage}, partition_key=EXPORT,
                            instance=instance)
    assert result.success
    catalog = read_table(data_paths, "series_catalog").to_pylist()
    assert sorted((r["series_number"], r["usable"], r["reason"]) for r in catalog) == [
        (2, True, None), (9, False, "localizer")]
    (volume,) = read_table(data_paths, "volumes").to_pylist()
    assert volume["training_role"] == "primary" and volume["shape"] == [10, 12, 8]
    assert (data_paths.data_dir / volume["path"]).is_file()
    meta = result.asset_materializations_for_node("volumes")[0].metadata
    assert meta["volumes"].value == 1 and meta["failed"].value == 0

    write_table(data_paths, "snippet_pairs", [{
        "pair_id": "S1", "report_id": "R1", "patient_pid": volume["patient_pid"], "status": "resolved",
        "volume_id": volume["volume_id"], "slice_index": 5, "snippet": "Lytische Läsion im Wirbelkörper",
        "lang": "de", "study_uid": volume["study_uid"], "resolved_series": 2,
        "ref_image_start": next(e["instance_number"] for e in volume["slice_map"] if e["slice_index"] == 5),
        "ref_image_end": None}], export_id=EXPORT)  # the part of the export holding report R1
    write_table(data_paths, "reports", [{"report_id": "R1", "export_id": EXPORT, "study_uid": volume["study_uid"],
                                         "patient_pid": volume["patient_pid"], "lang": "de"}], export_id=EXPORT)
    result = dg.materialize([image_text_pairs], resources={"storage": storage, "llm": LlmResource()}, instance=instance)
    assert result.success
    (pair,) = read_table(data_paths, "image_text_pairs").to_pylist()
    assert (pair["window"], pair["slice_index"], pair["source"]) == ("bone", 5, "snippet")
    assert (pair["volume_id"], pair["training_volume_id"], pair["series_number"]) == (
        volume["volume_id"], volume["volume_id"], 2)
    png = (data_paths.data_dir / pair["image_path"]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and pair["caption_en"] is None
    assert np.isclose(volume["slice_spacing_mm"], 2.5)


def test_series_with_an_unreadable_file_is_incomplete_and_failed(tmp_path: Path, data_paths, pseudonymizer,
                                                                  secret_env):
    """The gap an unreadable slice leaves is reported as `incomplete`, not `uneven_spacing`, and counted failed."""
    root = tmp_path / "export"
    write_series(root / "S2", SeriesSpec(series_number=2, n_slices=8))
    rows = index_rows(root, EXPORT, pseudonymizer, Vault(data_paths.vault_dir))
    lost = sorted(rows, key=lambda r: r["instance_number"])[3]  # the 4th slice could not be read
    rows = [r for r in rows if r is not lost]
    write_table(data_paths, "dicom_index", rows, export_id=EXPORT)
    write_table(data_paths, "quarantine", [{"export_id": EXPORT, "file_id": lost["file_id"], "stage": "index",
                                            "reason": f"unreadable: file {lost['file_id']} cannot be read "
                                                      "(PermissionError)", "series_uid": lost["series_uid"]}],
                export_id=EXPORT, part="index")
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=secret_env)
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [EXPORT])
    result = dg.materialize([series_catalog, volumes], resources={"storage": storage}, partition_key=EXPORT,
                            instance=instance)
    assert result.success
    (row,) = read_table(data_paths, "series_catalog").to_pylist()
    assert (row["usable"], row["reason"]) == (False, "incomplete: 1 file unreadable")
    assert "incomplete" in row["flags"] and "uneven_spacing" in row["flags"]
    assert read_table(data_paths, "volumes").num_rows == 0
    meta = result.asset_materializations_for_node("volumes")[0].metadata
    assert (meta["volumes"].value, meta["failed"].value, meta["incomplete"].value) == (0, 1, 1)
