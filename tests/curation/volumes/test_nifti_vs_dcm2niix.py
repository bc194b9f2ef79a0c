"""Our RAS NIfTI equals dcm2niix's (both reoriented to RAS canonical): affine < 1e-3 mm, voxels identical."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest
from pydicom.data import get_testdata_file

from curation.volumes.multiframe import read_multiframe
from curation.volumes.nifti import VolumeError, build_volume, read_single_frame, write_nifti_atomic
from tests.curation.volumes.series_writer import CORONAL, SAGITTAL, SeriesSpec, write_series

DCM2NIIX = shutil.which("dcm2niix") or str(Path(sys.executable).parent / "dcm2niix")
PYDICOM_FILES = Path(get_testdata_file("CT_small.dcm")).parent
CT5N = PYDICOM_FILES / "dicomdirtests" / "98892001" / "CT5N"
PHILIPS_MPRAGE = Path(nib.__file__).parent / "nicom" / "tests" / "data" / "philips_mprage.dcm.gz"


def dcm2niix(folder: Path, out: Path) -> nib.Nifti1Image:
    out.mkdir()
    subprocess.run([DCM2NIIX, "-z", "n", "-f", "ref", "-o", str(out), str(folder)], check=True,
                   capture_output=True)
    (nii,) = out.glob("ref*.nii")
    return nib.as_closest_canonical(nib.load(nii))


def ours(slices, modality, tmp_path: Path, min_slices: int = 3) -> nib.Nifti1Image:
    built = build_volume(slices, modality, min_slices=min_slices)
    path = write_nifti_atomic(built.image, tmp_path / "ours.nii.gz", built.scaling)
    return nib.load(path)


def assert_same(a: nib.Nifti1Image, b: nib.Nifti1Image) -> None:
    assert a.shape == b.shape
    assert np.max(np.abs(a.affine - b.affine)) < 1e-3
    assert np.array_equal(a.get_fdata(), b.get_fdata())


SPECS = {
    "axial_hfs": SeriesSpec(),
    "reversed_numbering": SeriesSpec(reverse_numbering=True),
    "feet_first_mr": SeriesSpec(modality="MR", patient_position="FFS", rescale=(1.0, 0.0), step=(0.0, 0.0, 3.0)),
    "mr_float_rescale": SeriesSpec(modality="MR", rescale=(1.37, 0.0)),
    "coronal_reformat": SeriesSpec(orientation=CORONAL, slice_spacing=3.0),
    "sagittal": SeriesSpec(orientation=SAGITTAL),
    "prone": SeriesSpec(orientation=(-1.0, 0.0, 0.0, 0.0, -1.0, 0.0), patient_position="HFP"),
}


@pytest.mark.parametrize("name", sorted(SPECS))
def test_synthetic_series_equal_dcm2niix(name: str, tmp_path: Path):
    spec = SPECS[name]
    files = write_series(tmp_path / "series", spec)
    slices = [read_single_frame(f, f"F{i}") for i, f in enumerate(files)]
    assert_same(ours(slices, spec.modality, tmp_path), dcm2niix(tmp_path / "series", tmp_path / "ref"))


def test_reversed_numbering_and_feet_first_give_superior_last(tmp_path: Path):
    for i, spec in enumerate([SeriesSpec(), SeriesSpec(reverse_numbering=True),
                              SeriesSpec(patient_position="FFS", step=(0.0, 0.0, 2.5))]):
        files = write_series(tmp_path / f"s{i}", spec)
        built = build_volume([read_single_frame(f, "F") for f in files], "CT")
        zs = [e.z_mm for e in built.slice_map]          # sorted by slice_index
        assert zs == sorted(zs) and built.slice_map[0].slice_index == 0
        assert built.image.affine[2, 2] == pytest.approx(2.5)
    assert np.asarray(built.image.dataobj).dtype == np.int16


def test_ct_hu_rescale_applied_int16(tmp_path: Path):
    files = write_series(tmp_path / "s", SeriesSpec(rescale=(1.0, -1024.0)))
    raw = read_single_frame(files[0], "F")
    assert int(raw.pixels.min()) == int(raw.stored.min()) - 1024


def test_pydicom_ct5n_equal_dcm2niix(tmp_path: Path):
    slices = [read_single_frame(f, f.name) for f in sorted(CT5N.iterdir())]
    built = build_volume(slices, "CT")
    assert built.plane == "axial" and built.shape == (16, 16, 5)
    assert built.slice_spacing_mm == pytest.approx(2.5)
    assert_same(ours(slices, "CT", tmp_path), dcm2niix(CT5N, tmp_path / "ref"))


def test_enhanced_ct_equal_dcm2niix(tmp_path: Path):
    (tmp_path / "in").mkdir()
    shutil.copy(get_testdata_file("eCT_Supplemental.dcm"), tmp_path / "in" / "e.dcm")
    slices = read_multiframe(tmp_path / "in" / "e.dcm", "F1")
    assert [s.geometry.instance_number for s in slices] == [1, 2]
    assert_same(ours(slices, "CT", tmp_path, min_slices=2), dcm2niix(tmp_path / "in", tmp_path / "ref"))


@pytest.mark.slow
def test_enhanced_mr_philips_equal_dcm2niix(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "m.dcm").write_bytes(gzip.decompress(PHILIPS_MPRAGE.read_bytes()))
    slices = read_multiframe(tmp_path / "in" / "m.dcm", "F1")
    image = ours(slices, "MR", tmp_path)
    assert image.shape == (176, 256, 256) and image.get_data_dtype() == np.int16
    assert_same(image, dcm2niix(tmp_path / "in", tmp_path / "ref"))


def test_enhanced_mr_without_functional_groups_gives_reason(tmp_path: Path):
    slices = read_multiframe(Path(get_testdata_file("emri_small.dcm")), "F9")
    with pytest.raises(VolumeError, match=r"F9.*missing_position"):
        build_volume(slices, "MR")


def test_compressed_transfer_syntaxes_decode_identically():
    plain = read_multiframe(Path(get_testdata_file("emri_small.dcm")), "F")
    for name in ("emri_small_jpeg_ls_lossless.dcm", "emri_small_jpeg_2k_lossless.dcm", "emri_small_RLE.dcm"):
        other = read_multiframe(Path(get_testdata_file(name)), "F")
        assert all(np.array_equal(a.stored, b.stored) for a, b in zip(plain, other, strict=True))


def test_unreadable_pixels_name_file_id_not_path(tmp_path: Path):
    files = write_series(tmp_path / "PATIENT_NAME", SeriesSpec())
    files[0].write_bytes(files[0].read_bytes()[:-50])
    with pytest.raises(VolumeError, match="file Fabc") as info:
        read_single_frame(files[0], "Fabc")
    assert "PATIENT_NAME" not in str(info.value)


def test_stack_sheared_along_rows_refused_with_reason(tmp_path: Path):
    # shifted along x (the row direction) per slice: no gantry tilts that way (tilt: test_tilt.py)
    files = write_series(tmp_path / "s", SeriesSpec(step=(1.0, 0.0, -2.5)))
    with pytest.raises(VolumeError, match="gantry_tilt"):
        build_volume([read_single_frame(f, "F") for f in files], "CT")


def test_nifti_bytes_deterministic(tmp_path: Path):
    files = write_series(tmp_path / "s", SeriesSpec(modality="MR", rescale=(1.37, 0.0)))
    digests = []
    for i in range(2):
        built = build_volume([read_single_frame(f, "F") for f in files], "MR")
        digests.append((write_nifti_atomic(built.image, tmp_path / f"{i}.nii.gz", built.scaling).read_bytes(),
                        built.content_sha256))
    assert digests[0] == digests[1]
    assert nib.load(tmp_path / "0.nii.gz").dataobj.slope == pytest.approx(1.37)  # nibabel moves scl_* to the proxy
