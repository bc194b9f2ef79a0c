"""Catalog rows from dicom_index rows, and conversion of usable series to NIfTI + volumes rows."""

from __future__ import annotations

from pathlib import Path

import nibabel as nib
import numpy as np
import pytest

from curation.tables.io import read_table, write_table
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.convert import ConversionFailure, assign_training_roles, iter_volumes
from tests.curation.volumes.index_rows import index_rows
from tests.curation.volumes.series_writer import CORONAL, SeriesSpec, write_series

EXPORT = "exp_000000000001"


@pytest.fixture
def export(tmp_path: Path, pseudonymizer, data_paths):
    root = tmp_path / "MUELLER_ANNA_export"
    study = "1.2.3.4.5"
    write_series(root / "S2", SeriesSpec(series_number=2, n_slices=6, slice_spacing=5.0), study_uid=study)
    write_series(root / "S3", SeriesSpec(series_number=3, n_slices=12, slice_spacing=2.5,
                                         reverse_numbering=True), study_uid=study)
    write_series(root / "S4", SeriesSpec(series_number=4, orientation=CORONAL), study_uid=study)
    write_series(root / "S5", SeriesSpec(series_number=5, n_slices=1, image_type="ORIGINAL\\PRIMARY\\LOCALIZER"),
                 study_uid=study)
    write_series(root / "S6", SeriesSpec(series_number=6, skip_positions=(3,)), study_uid=study)
    write_series(root / "S7", SeriesSpec(series_number=7, n_slices=3), study_uid=study)
    vault = Vault(data_paths.vault_dir)
    # S7 is a burned-in screen capture: excluded by the index; its pixels must never be opened
    excluded = frozenset(p.relative_to(root).as_posix() for p in (root / "S7").iterdir())
    for p in (root / "S7").iterdir():
        p.write_bytes(p.read_bytes()[:-100])   # truncated pixel data: reading it would fail loudly
    rows = index_rows(root, EXPORT, pseudonymizer, vault, excluded)
    return root, rows, vault


def by_number(catalog):
    return {s.series_number: s for s in catalog}


def test_catalog_flags_and_keeps_every_series(export, data_paths):
    _, rows, _ = export
    catalog = by_number(build_catalog(EXPORT, rows))
    assert sorted(catalog) == [2, 3, 4, 5, 6, 7]
    assert catalog[2].usable and catalog[2].plane == "axial" and catalog[2].slice_spacing_mm == pytest.approx(5.0)
    assert catalog[4].usable and catalog[4].plane == "coronal"
    assert (catalog[5].usable, catalog[5].reason) == (False, "localizer")
    assert (catalog[6].usable, catalog[6].reason) == (False, "uneven_spacing")
    assert (catalog[7].usable, catalog[7].reason, catalog[7].n_instances) == (False, "excluded", 0)
    table = write_table(data_paths, "series_catalog", [s.as_row() for s in catalog.values()], export_id=EXPORT)
    assert table.num_rows == 6
    stored = {r["series_number"]: r for r in read_table(data_paths, "series_catalog").to_pylist()}
    assert stored[7]["flags"] == ["excluded_instances", "excluded"] and stored[6]["usable"] is False


def test_convert_writes_ras_volumes_with_slice_map_and_roles(export, data_paths, pseudonymizer):
    _root, rows, vault = export
    catalog = build_catalog(EXPORT, rows)
    results = list(iter_volumes(catalog, export_dir=vault.export_source(EXPORT),
                                file_map=vault.read_file_map(EXPORT), paths=data_paths, pseudonymizer=pseudonymizer))
    assert not [r for r in results if isinstance(r, ConversionFailure)]
    volumes = {r["series_number"]: r for r in assign_training_roles(list(results))}
    assert sorted(volumes) == [2, 3, 4]
    # both axial series cover 30 mm (6 x 5 mm vs 12 x 2.5 mm): the finer spacing wins
    assert [volumes[n]["training_role"] for n in (2, 3, 4)] == ["secondary", "primary", "secondary"]
    v3 = volumes[3]
    assert v3["path"] == f"volumes/{EXPORT}/{v3['volume_id']}.nii.gz" and v3["volume_id"].startswith("V")
    assert v3["shape"] == [10, 12, 12]
    entries = v3["slice_map"]
    assert [e["slice_index"] for e in entries] == list(range(12))
    # reversed numbering: instance 1 is the most inferior position (z 72.5), slice 0
    assert (entries[0]["instance_number"], entries[0]["z_mm"]) == (1, pytest.approx(72.5))
    image = nib.load(data_paths.data_dir / v3["path"])
    assert np.allclose(image.affine.ravel(), v3["affine"]) and image.get_data_dtype() == np.int16
    assert image.affine[2, 3] == pytest.approx(72.5)
    written = write_table(data_paths, "volumes", list(volumes.values()), export_id=EXPORT)
    assert written.num_rows == 3
    assert "MUELLER" not in str(written.to_pylist())
    assert sorted(p.name for p in (data_paths.volumes_dir / EXPORT).iterdir()) == sorted(
        f"{v['volume_id']}.nii.gz" for v in volumes.values())


def test_enhanced_ct_through_catalog_and_conversion(tmp_path: Path, data_paths, pseudonymizer):
    import shutil

    from pydicom.data import get_testdata_file

    root = tmp_path / "enhanced"
    (root / "S1").mkdir(parents=True)
    shutil.copy(get_testdata_file("eCT_Supplemental.dcm"), root / "S1" / "IM1")
    vault = Vault(data_paths.vault_dir)
    file_id = pseudonymizer.file_id("S1/IM1")
    vault.register_export(EXPORT, root)
    vault.write_file_map(EXPORT, [file_id], ["S1/IM1"])
    # what the index stores for an Enhanced CT: no top-level position/orientation, 2 frames
    row = {"export_id": EXPORT, "file_id": file_id, "patient_pid": "P1", "study_uid": "2.25.1",
           "series_uid": "2.25.2", "modality": "CT", "series_number": 1, "instance_number": 1,
           "image_position": None, "image_orientation": None, "pixel_spacing": None, "rows": 512,
           "columns": 512, "number_of_frames": 2, "image_type": "ORIGINAL\\PRIMARY\\AXIAL", "role": "image"}
    (too_few,) = build_catalog(EXPORT, [row])     # 2 frames < the default 3 slices: as the volume builder says
    assert not too_few.usable and too_few.reason == "too_few_slices"
    (series,) = build_catalog(EXPORT, [row], min_slices=2)
    assert series.usable and series.multi_frame and series.flags == ("multi_frame",)
    (volume,) = iter_volumes([series], export_dir=root, file_map=vault.read_file_map(EXPORT), paths=data_paths,
                             pseudonymizer=pseudonymizer, min_slices=2)
    assert volume["plane"] == "axial" and volume["shape"] == [512, 512, 2]
    assert [(e["instance_number"], e["slice_index"], e["z_mm"]) for e in volume["slice_map"]] == [
        (1, 0, -159.0), (2, 1, -149.0)]   # frame 1 is the inferior one (z -159)
