"""References into a gantry-tilted head CT (and an angulated axial MR) resolved through the volume's affine.

End to end on written DICOM: dicom_index rows -> series_catalog -> tilt-corrected volume -> resolver.
The truth is the writer's geometry (tests/curation/volumes/tilted_series.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from curation.snippets.mine import Reference
from curation.snippets.resolve import resolve_reference, series_from_index, training_volumes
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.convert import assign_training_roles, iter_volumes
from tests.curation.volumes.index_rows import index_rows
from tests.curation.volumes.series_writer import SeriesSpec, write_series
from tests.curation.volumes.tilted_series import N_SLICES, TILT_DEG, tilted_spec, true_centre

EXPORT = "exp_000000tiltref"
IMAGE = 17


def ref(series: int, image: int) -> Reference:
    return Reference(series=series, image_start=image, image_end=image, snippet="x", snippet_start=0,
                     snippet_end=1, ref_start=0, ref_end=1)


def study(root: Path, spec: SeriesSpec, pseudonymizer, data_paths) -> tuple[list, list, list]:
    write_series(root / "S", spec, study_uid="1.2.3.4.9")
    vault = Vault(data_paths.vault_dir)
    index = index_rows(root, EXPORT, pseudonymizer, vault)
    rows = [r for r in iter_volumes(build_catalog(EXPORT, index), export_dir=root, paths=data_paths,
                                    file_map=vault.read_file_map(EXPORT), pseudonymizer=pseudonymizer)]
    assert all(isinstance(r, dict) for r in rows)
    return series_from_index(index), training_volumes(assign_training_roles(rows)), rows


@pytest.mark.parametrize(("lean", "z_step", "reverse"), [
    (-1.0, 5.0, False), (1.0, 5.0, False), (-1.0, -5.0, False), (1.0, -5.0, False), (-1.0, 5.0, True),
])
def test_reference_into_tilted_head_ct_resolves_to_its_slice(tmp_path: Path, pseudonymizer, data_paths,
                                                             lean: float, z_step: float, reverse: bool):
    spec = tilted_spec(lean=lean, z_step=z_step, reverse=reverse)
    series, volumes, rows = study(tmp_path / "export", spec, pseudonymizer, data_paths)
    res = resolve_reference(ref(3, IMAGE), series, volumes)
    assert res.status == "resolved" and res.volume_id == rows[0]["volume_id"]
    assert abs(res.z_mm - true_centre(spec, IMAGE)[2]) < 0.01
    (entry,) = [e for e in rows[0]["slice_map"] if e["instance_number"] == IMAGE]
    assert res.slice_index == entry["slice_index"]
    spacing = 5.0 * np.cos(np.radians(TILT_DEG))
    assert res.depth_mm == pytest.approx((N_SLICES - 0.5 - res.slice_index) * spacing, abs=1e-3)


def test_nearest_z_alone_would_miss_the_tilted_slice(tmp_path: Path, pseudonymizer, data_paths):
    """Why the affine: the slice map's z (ImagePositionPatient, the image corner) of a tilted slice is
    13 mm from its centre's z, so the slice nearest in z is 3 slices off."""
    spec = tilted_spec()
    series, volumes, _ = study(tmp_path / "export", spec, pseudonymizer, data_paths)
    res = resolve_reference(ref(3, IMAGE), series, volumes)
    nearest_in_z = int(np.argmin(np.abs(np.asarray(volumes[0].slice_z) - res.z_mm)))
    assert res.slice_index == IMAGE - 1 and abs(nearest_in_z - res.slice_index) >= 2


def test_angulated_axial_mr_reference_resolves_to_its_slice(tmp_path: Path, pseudonymizer, data_paths):
    """An axial MR angulated 10 degrees about x (slices stacked along their normal, no shear): its
    slices are not z-planes either; the reference lands on the referenced image's own slice."""
    a = np.radians(10.0)
    spec = SeriesSpec(n_slices=24, rows=128, columns=128, pixel_spacing=(0.9, 0.9), slice_spacing=5.0,
                      orientation=(1.0, 0.0, 0.0, 0.0, float(np.cos(a)), float(np.sin(a))), modality="MR",
                      rescale=(1.0, 0.0), series_number=5)
    series, volumes, rows = study(tmp_path / "export", spec, pseudonymizer, data_paths)
    assert rows[0]["gantry_tilt_deg"] is None and rows[0]["plane"] == "axial"
    res = resolve_reference(ref(5, 9), series, volumes)
    (entry,) = [e for e in rows[0]["slice_map"] if e["instance_number"] == 9]
    assert res.status == "resolved" and res.slice_index == entry["slice_index"]
