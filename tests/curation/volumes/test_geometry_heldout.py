"""Held-out geometry and encodings: our NIfTI equals dcm2niix's (both RAS canonical), or a clear refusal.

Every converted case is also checked against the geometry it was written with (each pixel's
ImagePositionPatient + orientation x PixelSpacing lands on a voxel centre holding that pixel's
modality value), so a case where dcm2niix itself is off (listed in docs/volumes.md) still has a
reference. The case table is in heldout_cases.py; results are in docs/volumes.md ("held-out geometry").
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file

from curation.volumes.multiframe import read_multiframe
from curation.volumes.nifti import LoadedSlice, VolumeError, build_volume, read_single_frame
from curation.volumes.stacks import split_stacks
from tests.curation.volumes.heldout_cases import CASES, dual_echo, enhanced_mr, write_case
from tests.curation.volumes.series_writer import SeriesSpec
from tests.curation.volumes.test_nifti_vs_dcm2niix import DCM2NIIX, assert_same

LPS_TO_RAS = np.array([-1.0, -1.0, 1.0])


def dcm2niix_all(folder: Path, out: Path) -> list[nib.Nifti1Image]:
    """Every NIfTI dcm2niix writes for `folder`, RAS canonical (it splits echoes and orientations)."""
    out.mkdir()
    # exit status 8 ("some series not converted") comes with files written for the rest; checked by count
    subprocess.run([DCM2NIIX, "-z", "n", "-f", "ref", "-o", str(out), str(folder)], check=False, capture_output=True)
    return [nib.as_closest_canonical(nib.load(p)) for p in sorted(out.glob("ref*.nii"))]


def ours(slices: list[LoadedSlice], modality: str, min_slices: int = 3) -> nib.Nifti1Image:
    """Our image after a NIfTI round trip (scl_slope/scl_inter included)."""
    from curation.volumes.nifti import nifti_bytes

    built = build_volume(slices, modality, min_slices=min_slices)
    return nib.Nifti1Image.from_bytes(nifti_bytes(built.image, built.scaling))


def assert_true_geometry(image: nib.Nifti1Image, slices: list[LoadedSlice]) -> None:
    """Each written pixel sits on a voxel centre (< 0.05 voxel off) that holds its modality value."""
    inverse = np.linalg.inv(image.affine)
    data = np.asanyarray(image.dataobj)
    assert data.shape[2] == len(slices) or min(data.shape) == len(slices)
    for s in slices:
        g = s.geometry
        rows, cols = s.stored.shape
        r, c = (a.ravel() for a in np.mgrid[0:rows, 0:cols])
        orientation = np.asarray(g.orientation)
        lps = (np.asarray(g.position)[:, None] + orientation[:3, None] * (c * g.pixel_spacing[1])
               + orientation[3:, None] * (r * g.pixel_spacing[0]))
        voxel = inverse[:3, :3] @ (lps * LPS_TO_RAS[:, None]) + inverse[:3, 3:4]
        index = np.rint(voxel).astype(int)
        assert np.max(np.abs(voxel - index)) < 0.05
        np.testing.assert_allclose(data[index[0], index[1], index[2]], s.pixels.ravel(), rtol=1e-6, atol=1e-3)


def read_case(name: str, folder: Path) -> list[LoadedSlice]:
    return [read_single_frame(f, f"F{i:03d}") for i, f in enumerate(write_case(folder, CASES[name]))]


MATCH = sorted(n for n, c in CASES.items() if c.expect == "match")
REFUSED = sorted(n for n, c in CASES.items() if c.expect.startswith("refused:"))


@pytest.mark.parametrize("name", MATCH)
def test_heldout_series_equal_dcm2niix_and_true_geometry(name: str, tmp_path: Path):
    case = CASES[name]
    slices = read_case(name, tmp_path / "series")
    image = ours(slices, case.spec.modality, case.min_slices)
    assert_true_geometry(image, slices)
    (reference,) = dcm2niix_all(tmp_path / "series", tmp_path / "ref")
    if case.reference == "dcm2niix":
        assert_same(image, reference)
    else:   # dcm2niix's geometry is off here; voxels still agree
        assert np.array_equal(image.get_fdata(), reference.get_fdata())


@pytest.mark.parametrize("name", REFUSED)
def test_heldout_series_refused_with_reason(name: str, tmp_path: Path):
    case = CASES[name]
    reason = case.expect.split(":", 1)[1]
    with pytest.raises(VolumeError, match=reason) as info:
        ours(read_case(name, tmp_path / "series"), case.spec.modality, case.min_slices)
    assert "F0" in str(info.value) and str(tmp_path) not in str(info.value)   # file ids, not paths


def test_thin_oblique_rounded_positions_closer_to_truth_than_dcm2niix(tmp_path: Path):
    # 40 x 0.5 mm, 14 degrees about x, positions written with 2 decimals (as some scanners do)
    slices = read_case("thin_0.5mm_oblique_2_decimals", tmp_path / "series")
    step = np.linalg.norm(ours(slices, "CT").affine[:3, 2])
    (reference,) = dcm2niix_all(tmp_path / "series", tmp_path / "ref")
    assert abs(step - 0.5) < 2e-4 < abs(np.linalg.norm(reference.affine[:3, 2]) - 0.5)


def test_ct_slope_half_keeps_half_hu_in_int16_with_scaling(tmp_path: Path):
    slices = read_case("ct_slope_0.5", tmp_path / "series")
    built = build_volume(slices, "CT")
    assert built.scaling == (0.5, -1024.0) and np.asarray(built.image.dataobj).dtype == np.int16
    values = np.asanyarray(ours(slices, "CT").dataobj)
    assert np.any(values % 1 == 0.5) and values.min() >= -1024.0


def test_signed_12bit_ct_gives_negative_hu(tmp_path: Path):
    # stored values -1000 - 23 * slice + (0..~410): written sign-extended, and as bare 12-bit two's complement
    volumes = [np.asanyarray(ours(read_case(name, tmp_path / name), "CT").dataobj)
               for name in ("ct_signed_12bit_intercept_0", "ct_signed_12bit_not_sign_extended")]
    assert volumes[0].dtype == np.int16 and np.array_equal(volumes[0], volumes[1])
    assert volumes[0].min() < -1100 and volumes[0].max() < 0


def test_dual_echo_split_into_echoes_like_dcm2niix(tmp_path: Path):
    dual_echo(tmp_path / "series", SeriesSpec(modality="MR", rescale=(1.0, 0.0)))
    files = sorted((tmp_path / "series").iterdir())
    slices = [read_single_frame(f, f"F{i}") for i, f in enumerate(files)]
    with pytest.raises(VolumeError, match="duplicate_position"):   # the builder takes one stack
        build_volume(slices, "MR")
    keys = [{"echo_number": int(pydicom.dcmread(f, stop_before_pixels=True).EchoNumbers)} for f in files]
    stacks = split_stacks([s.geometry for s in slices], keys)
    assert [s.label for s in stacks] == ["echo=1", "echo=2"]
    references = dcm2niix_all(tmp_path / "series", tmp_path / "ref")
    assert [r.shape for r in references] == [(10, 12, 6)] * 2
    for stack, reference in zip(stacks, references, strict=True):   # ref_e1, ref_e2
        assert_same(ours([slices[i] for i in stack.indices], "MR"), reference)


def test_two_orientations_split_by_orientation_like_dcm2niix(tmp_path: Path):
    files = write_case(tmp_path / "series", CASES["two_orientations"])
    slices = [read_single_frame(f, f"F{i}") for i, f in enumerate(files)]
    stacks = split_stacks([s.geometry for s in slices], [{}] * len(slices))
    assert [(s.label, len(s.indices)) for s in stacks] == [("plane=axial", 3), ("plane=coronal", 3)]
    assert len(dcm2niix_all(tmp_path / "series", tmp_path / "ref")) == 2


def test_enhanced_mr_written_with_pydicom_equal_dcm2niix(tmp_path: Path):
    path = enhanced_mr(tmp_path / "series" / "e.dcm")
    slices = read_multiframe(path, "F1")
    image = ours(slices, "MR")
    assert image.shape == (6, 10, 12) and image.header.get_zooms() == pytest.approx((1.5, 0.7, 0.9))
    assert_true_geometry(image, slices)
    (reference,) = dcm2niix_all(tmp_path / "series", tmp_path / "ref")
    assert_same(image, reference)


def test_enhanced_mr_frames_out_of_spatial_order(tmp_path: Path):
    # frames stored 3,1,5,0,2,4 along the normal: sorted by per-frame position, step stays 1.5 mm
    path = enhanced_mr(tmp_path / "series" / "e.dcm", frame_order=(3, 1, 5, 0, 2, 4))
    slices = read_multiframe(path, "F1")
    image = ours(slices, "MR")
    assert image.header.get_zooms() == pytest.approx((1.5, 0.7, 0.9))
    assert_true_geometry(image, slices)
    built = build_volume(slices, "MR")
    assert [e.instance_number for e in built.slice_map] == [4, 2, 5, 1, 6, 3]   # frame numbers, RAS x ascending
    (reference,) = dcm2niix_all(tmp_path / "series", tmp_path / "ref")
    assert np.array_equal(image.get_fdata(), reference.get_fdata())


@pytest.mark.parametrize("name", ["MR_small_bigendian.dcm", "MR_small_implicit.dcm", "MR_small_jp2klossless.dcm",
                                  "MR_small_RLE.dcm", "MR_small_jpeg_ls_lossless.dcm"])
def test_pydicom_real_encodings_decode_like_uncompressed(name: str):
    plain = read_single_frame(Path(get_testdata_file("MR_small.dcm")), "F0")
    other = read_single_frame(Path(get_testdata_file(name)), "F1")
    assert other.geometry == plain.geometry and np.array_equal(other.pixels, plain.pixels)


def test_jpeg_lossless_sv1_decodes_like_dcm2niix(tmp_path: Path):
    # JPEG Lossless process 14 SV1 (1.2.840.10008.1.2.4.70), the most common PACS lossless syntax
    source = Path(get_testdata_file("JPEG-LL.dcm"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.dcm").write_bytes(source.read_bytes())
    assert pydicom.dcmread(source, stop_before_pixels=True).file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.4.70"
    ds = read_single_frame(tmp_path / "in" / "a.dcm", "F0")
    (reference,) = dcm2niix_all(tmp_path / "in", tmp_path / "ref")
    raw = np.asanyarray(nib.load(next((tmp_path / "ref").glob("ref*.nii"))).dataobj)
    assert reference.shape[2] == 1 and np.array_equal(np.sort(raw.ravel()), np.sort(ds.pixels.ravel()))
