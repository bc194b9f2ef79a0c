"""One series, several stacks: split by header keys, each stack a clean volume equal to dcm2niix's."""

from __future__ import annotations

from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
import pytest

from curation.snippets.mine import Reference
from curation.snippets.resolve import resolve_reference, series_from_index, training_volumes
from curation.tables.io import read_table, write_table
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.convert import assign_training_roles, iter_volumes, volume_id
from curation.volumes.geometry import SliceGeometry
from curation.volumes.stacks import split_stacks
from tests.curation.volumes.heldout_cases import CASES, dual_echo, write_case
from tests.curation.volumes.index_rows import index_rows
from tests.curation.volumes.series_writer import AXIAL, CORONAL, SeriesSpec, write_series
from tests.curation.volumes.test_geometry_heldout import dcm2niix_all
from tests.curation.volumes.test_nifti_vs_dcm2niix import assert_same

EXPORT = "exp_000000000005"
MR = SeriesSpec(modality="MR", rescale=(1.0, 0.0))


def geo(z: float, orientation: tuple[float, ...] = AXIAL) -> SliceGeometry:
    """An 8x8 image `z` mm along the normal of `orientation` (LPS z for axial, y for coronal)."""
    position = (0.0, 0.0, z) if orientation == AXIAL else (0.0, z, 0.0)
    return SliceGeometry(1, position, orientation, 8, 8, (1.0, 1.0))


def labels(slices, keys, min_slices: int = 3) -> dict[str, tuple[int, ...]]:
    return {s.label: s.indices for s in split_stacks(slices, keys, min_slices=min_slices)}


def test_dual_echo_splits_by_echo_number_only():
    slices = [geo(z) for _ in (1, 2) for z in (0.0, 2.0, 4.0)]
    keys = [{"echo_number": e, "echo_time": 4.6 * e, "acquisition_number": 1} for e in (1, 2) for _ in range(3)]
    assert labels(slices, keys) == {"echo=1": (0, 1, 2), "echo=2": (3, 4, 5)}
    keys = [{"echo_time": 4.6 * e} for e in (1, 2) for _ in range(3)]   # no EchoNumbers: EchoTime
    assert list(labels(slices, keys)) == ["te=4.6", "te=9.2"]


def test_dwi_b_values_numeric_order_and_unneeded_keys_left_out():
    slices = [geo(z) for _ in range(3) for z in (0.0, 3.0, 6.0, 9.0)]
    keys = [{"diffusion_b_value": b, "echo_number": 1, "image_type": "ORIGINAL\\PRIMARY\\DIFFUSION"}
            for b in (1000.0, 0.0, 50.0) for _ in range(4)]
    assert labels(slices, keys) == {"b=0": (4, 5, 6, 7), "b=50": (8, 9, 10, 11), "b=1000": (0, 1, 2, 3)}


def test_orientation_first_then_acquisition():
    slices = [geo(z) for z in (0.0, 2.0, 4.0)] * 2 + [geo(z, CORONAL) for z in (0.0, 2.0, 4.0)]
    keys = [{"acquisition_number": a} for a in (1, 1, 1, 2, 2, 2, 3, 3, 3)]
    assert labels(slices, keys) == {"plane=axial,acq=1": (0, 1, 2), "plane=axial,acq=2": (3, 4, 5),
                                    "plane=coronal,acq=3": (6, 7, 8)}
    two = [geo(z) for z in (0.0, 2.0, 4.0)] + [geo(z, CORONAL) for z in (0.0, 2.0, 4.0)]
    assert labels(two, [{}] * 6) == {"plane=axial": (0, 1, 2), "plane=coronal": (3, 4, 5)}


def test_multiphase_ct_by_temporal_position():
    slices = [geo(z) for _ in (1, 2, 3) for z in (0.0, 5.0, 10.0)]
    keys = [{"temporal_position": t, "acquisition_number": 7} for t in (1, 2, 3) for _ in range(3)]
    assert list(labels(slices, keys)) == ["temporal=1", "temporal=2", "temporal=3"]


def test_no_split_when_clean_or_when_splitting_does_not_help():
    clean = [geo(z) for z in (0.0, 2.0, 4.0, 6.0)]
    per_slice = [{"acquisition_number": i} for i in range(4)]
    assert labels(clean, per_slice) == {"": (0, 1, 2, 3)}                  # a clean series is one stack
    gap = [geo(z) for z in (0.0, 2.0, 6.0, 8.0)]
    assert labels(gap, per_slice) == {"": (0, 1, 2, 3)}                    # 1-slice stacks: not a split
    same = [geo(0.0), geo(0.0), geo(2.0), geo(2.0)]
    assert labels(same, [{}] * 4) == {"": (0, 1, 2, 3)}                    # nothing tells them apart


def test_one_stack_keeps_its_own_gap():
    slices = [geo(z) for z in (0.0, 2.0, 4.0, 6.0)] + [geo(z) for z in (0.0, 2.0, 6.0)]
    keys = [{"diffusion_b_value": 0.0}] * 4 + [{"diffusion_b_value": 1000.0}] * 3
    assert labels(slices, keys) == {"b=0": (0, 1, 2, 3), "b=1000": (4, 5, 6)}


def test_keys_validated():
    with pytest.raises(ValueError, match="keys"):
        split_stacks([geo(0.0)], [])


def _volumes(root: Path, pseudonymizer, data_paths):
    vault = Vault(data_paths.vault_dir)
    rows = index_rows(root, EXPORT, pseudonymizer, vault)
    catalog = build_catalog(EXPORT, rows)
    volumes = assign_training_roles(list(iter_volumes(
        catalog, export_dir=root, file_map=vault.read_file_map(EXPORT), paths=data_paths,
        pseudonymizer=pseudonymizer)))
    return rows, catalog, volumes


def _load(data_paths, row) -> nib.Nifti1Image:
    return nib.as_closest_canonical(nib.load(data_paths.data_dir / row["path"]))


def _match(ours: nib.Nifti1Image, references: list[nib.Nifti1Image]) -> nib.Nifti1Image:
    return next(r for r in references if r.shape == ours.shape and np.allclose(r.affine, ours.affine, atol=1e-3))


def test_dual_echo_series_two_volumes_equal_dcm2niix_echo_files(tmp_path: Path, pseudonymizer, data_paths):
    root = tmp_path / "export"
    dual_echo(root / "S3", MR)
    _, catalog, volumes = _volumes(root, pseudonymizer, data_paths)
    assert [(s.stack, s.usable, s.n_instances) for s in catalog] == [("echo=1", True, 6), ("echo=2", True, 6)]
    table = write_table(data_paths, "series_catalog", [s.as_row() for s in catalog], export_id=EXPORT)
    assert table.column("stack").to_pylist() == ["echo=1", "echo=2"]
    by_stack = {v["stack"]: v for v in volumes}
    series_uid = catalog[0].series_uid
    assert by_stack["echo=1"]["volume_id"] == volume_id(pseudonymizer, series_uid, "echo=1")
    assert len({v["volume_id"] for v in volumes} | {volume_id(pseudonymizer, series_uid)}) == 3
    # slice maps keep the DICOM instance numbers: echo 2 is 7..12 at the same z as echo 1's 1..6
    maps = {k: [(e["instance_number"], e["z_mm"]) for e in v["slice_map"]] for k, v in by_stack.items()}
    assert sorted(n for n, _ in maps["echo=1"]) == [1, 2, 3, 4, 5, 6]
    assert sorted(n for n, _ in maps["echo=2"]) == [7, 8, 9, 10, 11, 12]
    assert sorted(z for _, z in maps["echo=1"]) == sorted(z for _, z in maps["echo=2"])
    assert [by_stack[k]["training_role"] for k in ("echo=1", "echo=2")] == ["primary", "secondary"]
    # dcm2niix writes ref_e1 / ref_e2; each of our stacks equals its echo's file (RAS canonical both)
    out = tmp_path / "ref"
    dcm2niix_all(root / "S3", out)
    assert sorted(p.name for p in out.glob("ref*.nii")) == ["ref_e1.nii", "ref_e2.nii"]
    for stack, name in (("echo=1", "ref_e1.nii"), ("echo=2", "ref_e2.nii")):
        assert_same(_load(data_paths, by_stack[stack]), nib.as_closest_canonical(nib.load(out / name)))
    write_table(data_paths, "volumes", volumes, export_id=EXPORT)
    assert sorted(read_table(data_paths, "volumes").column("stack").to_pylist()) == ["echo=1", "echo=2"]


def test_heldout_two_orientations_case_converts_its_axial_stack(tmp_path: Path, pseudonymizer, data_paths):
    # the held-out case alternates axial and coronal images but moves every image along z: the three
    # coronal ones share one y, so that stack is refused alone; the axial stack becomes a volume
    root = tmp_path / "export"
    write_case(root / "S3", CASES["two_orientations"])
    _, catalog, volumes = _volumes(root, pseudonymizer, data_paths)
    assert [(s.stack, s.plane, s.usable, s.reason) for s in catalog] == [
        ("plane=axial", "axial", True, None), ("plane=coronal", "coronal", False, "duplicate_position")]
    references = dcm2niix_all(root / "S3", tmp_path / "ref")
    assert len(references) == 2
    (row,) = volumes
    assert (row["stack"], row["plane"], row["training_role"], row["shape"]) == (
        "plane=axial", "axial", "primary", [10, 12, 3])
    ours = _load(data_paths, row)
    assert_same(ours, _match(ours, references))


def test_axial_and_coronal_stacks_in_one_series_both_volumes(tmp_path: Path, pseudonymizer, data_paths):
    root = tmp_path / "export"
    study, series = pydicom.uid.generate_uid(), pydicom.uid.generate_uid()
    write_series(root / "ax", SeriesSpec(n_slices=5), study_uid=study, series_uid=series)
    for path in write_series(root / "cor", SeriesSpec(n_slices=4, orientation=CORONAL), study_uid=study,
                             series_uid=series):
        ds = pydicom.dcmread(path)
        ds.InstanceNumber = int(ds.InstanceNumber) + 5
        ds.save_as(path, enforce_file_format=True)
    _, catalog, volumes = _volumes(root, pseudonymizer, data_paths)
    assert [(s.stack, s.n_instances, s.usable) for s in catalog] == [("plane=axial", 5, True),
                                                                     ("plane=coronal", 4, True)]
    references = dcm2niix_all(root, tmp_path / "ref")
    assert len(references) == 2
    for row in volumes:
        ours = _load(data_paths, row)
        assert_same(ours, _match(ours, references))
    assert {v["plane"]: v["training_role"] for v in volumes} == {"axial": "primary", "coronal": "secondary"}


def test_dwi_b_values_become_volumes_and_references_still_resolve(tmp_path: Path, pseudonymizer, data_paths):
    """A b0/b1000 series: two volumes; the snippet resolver finds "Serie 3, Bild 9" (b=1000, DICOM
    numbering over the whole series) by series number + instance number, whatever its stack."""
    root = tmp_path / "export"
    study, series = pydicom.uid.generate_uid(), pydicom.uid.generate_uid()
    for b, first in ((0.0, 0), (1000.0, 6)):
        for path in write_series(root / f"b{int(b)}", MR, study_uid=study, series_uid=series):
            ds = pydicom.dcmread(path)
            ds.DiffusionBValue = b
            ds.InstanceNumber = int(ds.InstanceNumber) + first
            ds.save_as(path, enforce_file_format=True)
    rows, catalog, volumes = _volumes(root, pseudonymizer, data_paths)
    assert [s.stack for s in catalog] == ["b=0", "b=1000"] and all(s.usable for s in catalog)
    primary = [v for v in volumes if v["training_role"] == "primary"]
    assert [v["stack"] for v in primary] == ["b=0"]
    res = resolve_reference(Reference(series=3, image_start=9, image_end=9, snippet="x", snippet_start=0,
                                      snippet_end=1, ref_start=0, ref_end=1),
                            series_from_index(rows), training_volumes(volumes))
    z9 = next(r["image_position"][2] for r in rows if r["instance_number"] == 9)   # 3rd slice of b=1000
    assert res.status == "resolved" and res.volume_id == primary[0]["volume_id"]
    assert res.z_mm == pytest.approx(z9, abs=1e-6)
    (hit,) = [e for e in primary[0]["slice_map"] if abs(e["z_mm"] - z9) < 1e-6]   # b=0 image 3, same z
    assert (hit["instance_number"], res.slice_index) == (3, hit["slice_index"])
