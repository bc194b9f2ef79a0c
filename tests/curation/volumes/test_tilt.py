"""Gantry tilt: a 12-degree tilted head CT resampled as dcm2niix's `_Tilt_1` file, and against the truth."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
import pytest

from curation.tables.io import read_table, write_table
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.convert import iter_volumes
from curation.volumes.nifti import build_volume, read_single_frame, write_nifti_atomic
from curation.volumes.tilt import round_half_away, shift_slice, tilt_grid
from tests.curation.volumes.index_rows import index_rows
from tests.curation.volumes.series_writer import write_series
from tests.curation.volumes.test_nifti_vs_dcm2niix import DCM2NIIX
from tests.curation.volumes.tilted_series import (
    MATRIX,
    N_SLICES,
    TILT_DEG,
    against_truth,
    tilted_spec,
    true_centre,
)

EXPORT = "exp_00000000tilt"
SPACING = 5.0 * np.cos(np.radians(TILT_DEG))       # table step 5 mm; slices 4.8907 mm apart along the normal
EXTRA_ROWS = int(np.ceil(31 * 5.0 * np.sin(np.radians(TILT_DEG)) / 0.9))   # 36: the shift of the last slice


def converted(files: list[Path], tmp_path: Path) -> nib.Nifti1Image:
    built = build_volume([read_single_frame(f, "F") for f in files], "CT")
    assert built.tilt_deg == pytest.approx(TILT_DEG, abs=1e-3)
    return nib.load(write_nifti_atomic(built.image, tmp_path / "ours.nii.gz", built.scaling))


def dcm2niix_tilt(folder: Path, out: Path) -> nib.Nifti1Image:
    out.mkdir()
    done = subprocess.run([DCM2NIIX, "-z", "n", "-f", "ref", "-o", str(out), str(folder)], check=True,
                          capture_output=True, text=True)
    assert "Gantry Tilt based on 0018,1120 -12, estimated from slice vector 12" in done.stdout
    (tilted,) = out.glob("ref_Tilt_1.nii")
    return nib.as_closest_canonical(nib.load(tilted))


def test_tilted_head_ct_equals_dcm2niix_tilt_file(tmp_path: Path):
    """Affine < 1e-3 mm; voxels: the same interpolation, so identical except where the blend of two rows
    lies within float32 noise of a half HU (dcm2niix's row offsets are float32 from a float32 angle,
    ours float64 from the positions): there one side rounds up, the other down, 1 HU apart."""
    files = write_series(tmp_path / "s", tilted_spec())
    ours, ref = converted(files, tmp_path), dcm2niix_tilt(tmp_path / "s", tmp_path / "out")
    assert ours.shape == ref.shape == (MATRIX, MATRIX + EXTRA_ROWS, N_SLICES)
    assert np.max(np.abs(ours.affine - ref.affine)) < 1e-3
    diff = np.abs(ours.get_fdata() - ref.get_fdata())
    assert diff.max() <= 1.0 and np.mean(diff > 0) < 2e-3
    assert ours.header.get_zooms()[:3] == pytest.approx((0.8, 0.9, SPACING), abs=1e-4)


def test_pixel_padding_is_the_fill_and_never_blended(tmp_path: Path):
    """A reconstruction circle with PixelPaddingValue -2000 outside: like dcm2niix, uncovered voxels are
    -2000 and next to padding the nearer row is taken, so no value between padding and tissue appears."""
    files = write_series(tmp_path / "s", tilted_spec())
    rows, cols = np.indices((MATRIX, MATRIX))
    outside = (rows - 63.5) ** 2 + (cols - 63.5) ** 2 > 60.0 ** 2
    for path in files:
        ds = pydicom.dcmread(path)
        pixels = ds.pixel_array.copy()
        pixels[outside] = -2000
        ds.PixelData = pixels.tobytes()
        ds.add_new(0x00280120, "SS", -2000)   # PixelPaddingValue
        ds.save_as(path)
    ours, ref = converted(files, tmp_path), dcm2niix_tilt(tmp_path / "s", tmp_path / "out")
    values = np.asarray(ours.dataobj)
    assert values.min() == -2000 and not np.any((values > -2000) & (values < -1100))
    assert np.max(np.abs(ours.affine - ref.affine)) < 1e-3
    diff = np.abs(values - ref.get_fdata())
    assert diff.max() <= 1.0 and np.mean(diff > 0) < 2e-3


@pytest.mark.parametrize(("lean", "z_step", "reverse"), [
    (-1.0, 5.0, False), (1.0, 5.0, False), (-1.0, -5.0, False), (1.0, -5.0, False), (-1.0, 5.0, True),
])
def test_every_pixel_lands_where_it_was_acquired(tmp_path: Path, lean: float, z_step: float, reverse: bool):
    """Every voxel on an acquired image equals the linear blend of that image's rows there, whichever way
    the gantry leans, the table moves or the instances are numbered. Tolerance 0.55 HU: 0.5 rounding to
    int16, plus the headers' decimals (positions 4, cosines 6: < 1e-4 row against the exact geometry
    the truth uses, times neighbouring rows up to ~400 HU apart: < 0.05 HU)."""
    spec = tilted_spec(lean=lean, z_step=z_step, reverse=reverse)
    files = write_series(tmp_path / "s", spec)
    image = converted(files, tmp_path)
    on_images, error = against_truth(image, files, spec)
    assert on_images >= N_SLICES * MATRIX * (MATRIX - 1) and error <= 0.55
    axes = image.affine[:3, :3] / np.asarray(image.header.get_zooms()[:3])
    assert np.allclose(axes.T @ axes, np.eye(3), atol=1e-5)        # an orthogonal grid


def test_dcm2niix_is_right_in_one_lean_only(tmp_path: Path):
    """Measured (docs/volumes.md): with the gantry leaning the other way, dcm2niix's `_Tilt_1` file puts
    no voxel on an acquired image; ours stays exact (the test above)."""
    spec = tilted_spec(lean=1.0)
    files = write_series(tmp_path / "s", spec)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([DCM2NIIX, "-z", "n", "-f", "ref", "-o", str(out), str(tmp_path / "s")], check=True,
                   capture_output=True)
    ref = nib.as_closest_canonical(nib.load(out / "ref_Tilt_1.nii"))
    assert against_truth(ref, files, spec)[0] == 0


def test_slice_map_and_centres(tmp_path: Path):
    spec = tilted_spec()
    files = write_series(tmp_path / "s", spec)
    built = build_volume([read_single_frame(f, "F") for f in files], "CT")
    assert [(e.instance_number, e.slice_index) for e in built.slice_map] == [(n, n - 1) for n in range(1, 33)]
    inverse = np.linalg.inv(built.image.affine)
    for n in (1, 17, 32):
        centre = true_centre(spec, n)
        ijk = inverse @ np.array([-centre[0], -centre[1], centre[2], 1.0])
        assert ijk[2] == pytest.approx(n - 1, abs=1e-4)            # the image's centre lies on its slice


def test_shift_slice_blends_rows_and_fills_outside():
    grid = tilt_grid([(0, 0, 0), (0, 0.45, 0.0), (0, 0.9, 0)], (1, 0, 0, 0, 1, 0), 0.9, 3)
    assert (grid.first_row, grid.rows) == (0, 4)
    pixels = np.array([[10.0], [20.0], [30.0]])
    assert shift_slice(pixels, grid, 0, -5.0)[:, 0].tolist() == [10.0, 20.0, 30.0, -5.0]
    assert shift_slice(pixels, grid, 1, -5.0)[:, 0].tolist() == [10.0, 15.0, 25.0, -5.0]  # row -0.5: row 0
    assert shift_slice(pixels, grid, 2, -5.0)[:, 0].tolist() == [-5.0, 10.0, 20.0, 30.0]
    assert round_half_away(np.array([2.5, -2.5, 1.49])).tolist() == [3.0, -3.0, 1.0]


def test_catalog_and_volumes_rows_say_tilt_corrected(tmp_path: Path, pseudonymizer, data_paths):
    root = tmp_path / "export"
    write_series(root / "S3", tilted_spec(), study_uid="1.2.3.4")
    vault = Vault(data_paths.vault_dir)
    rows = index_rows(root, EXPORT, pseudonymizer, vault)
    (series,) = build_catalog(EXPORT, rows)
    assert series.usable and series.reason is None and series.flags == ("tilt_corrected",)
    assert series.plane == "axial" and series.slice_spacing_mm == pytest.approx(SPACING, abs=1e-4)
    write_table(data_paths, "series_catalog", [series.as_row()], export_id=EXPORT)
    (stored,) = read_table(data_paths, "series_catalog").to_pylist()
    assert stored["gantry_tilt_deg"] == pytest.approx(TILT_DEG, abs=1e-3) and stored["flags"] == ["tilt_corrected"]
    (volume,) = iter_volumes([series], export_dir=root, file_map=vault.read_file_map(EXPORT), paths=data_paths,
                             pseudonymizer=pseudonymizer)
    assert volume["gantry_tilt_deg"] == pytest.approx(TILT_DEG, abs=1e-3)
    assert volume["shape"] == [MATRIX, MATRIX + EXTRA_ROWS, N_SLICES]
