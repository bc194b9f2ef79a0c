"""Resolver against hand-built dicom_index / volumes rows (see fixtures.py for the geometry)."""

from __future__ import annotations

import numpy as np
import pytest

from radcurate.curation.snippets.mine import Reference
from radcurate.curation.snippets.resolve import (
    plane_of,
    resolve_reference,
    series_from_index,
    training_volumes,
)
from tests.curation.snippets.fixtures import dicom_rows, volume_rows


@pytest.fixture(scope="module")
def study() -> tuple[list, list]:
    return series_from_index(dicom_rows()), training_volumes(volume_rows())


def ref(series: int | None, start: int, end: int | None = None, context: int | None = None) -> Reference:
    return Reference(series=series, image_start=start, image_end=end or start, snippet="x", snippet_start=0,
                     snippet_end=1, ref_start=0, ref_end=1, context_series=context)


def test_only_primary_volume_is_training(study) -> None:
    _, volumes = study
    assert [v.volume_id for v in volumes] == ["Vthick"]
    assert volumes[0].slice_z[0] == -200.0 and volumes[0].slice_z[-1] == 0.0


def test_thin_reversed_series_maps_into_thick_volume(study) -> None:
    res = resolve_reference(ref(2, 51), *study)
    assert res.status == "resolved"
    assert res.z_mm == pytest.approx(-150.0, abs=1e-9)
    assert res.volume_id == "Vthick" and res.volume_path == "volumes/e/Vthick.nii.gz"
    assert res.slice_index == 10                     # (-150 - -200) / 5
    assert res.depth_mm == pytest.approx(152.5)      # 0 + 5/2 - (-150)
    assert res.ref_shape == (512, 512)


def test_range_uses_mean_of_its_ends(study) -> None:
    res = resolve_reference(ref(2, 51, 61), *study)
    assert res.z_mm == pytest.approx(-145.0)
    assert res.slice_index == 11
    assert res.depth_mm == pytest.approx(147.5)


def test_affine_maps_pixels_to_lps(study) -> None:
    res = resolve_reference(ref(2, 51), *study)
    affine = np.asarray(res.ref_affine).reshape(4, 4)
    assert affine @ [0, 0, 0, 1] == pytest.approx([-250.0, -250.0, -150.0, 1.0])
    assert affine @ [10, 0, 0, 1] == pytest.approx([-250.0 + 9.8, -250.0, -150.0, 1.0])
    assert affine @ [0, 10, 0, 1] == pytest.approx([-250.0, -250.0 + 9.8, -150.0, 1.0])


def test_coronal_reference_is_non_axial_with_centre_z(study) -> None:
    res = resolve_reference(ref(5, 10), *study)
    assert res.status == "non_axial" and res.ref_plane == "coronal"
    assert res.z_mm == pytest.approx(-63.0)          # top row z = 0, 63/2 rows of 2 mm down
    assert res.slice_index is None and res.depth_mm is None
    affine = np.asarray(res.ref_affine).reshape(4, 4)
    assert affine @ [0, 63, 0, 1] == pytest.approx([-64.0, -82.0, -126.0, 1.0])


@pytest.mark.parametrize(("series", "image"), [(9, 10), (2, 500)])
def test_unknown_series_or_image_is_unresolved(study, series: int, image: int) -> None:
    res = resolve_reference(ref(series, image), *study)
    assert res.status == "unresolved" and res.z_mm is None


def test_same_number_twice_is_ambiguous_without_hint(study) -> None:
    res = resolve_reference(ref(7, 2), *study, hint_text="Herd (Serie 7, Bild 2)")
    assert res.status == "ambiguous" and res.ref_series == 7


def test_hint_picks_the_coronal_series(study) -> None:
    res = resolve_reference(ref(7, 2), *study, hint_text="in der koronaren Rekonstruktion: Herd (Serie 7, Bild 2)")
    assert res.status == "non_axial" and res.method.endswith("hint")
    res = resolve_reference(ref(7, 2), *study, hint_text="Koronar Herd (Serie 7, Bild 2)")
    assert res.status == "non_axial"


def test_sequence_hint_picks_t1(study) -> None:
    res = resolve_reference(ref(7, 2), *study, hint_text="In T1 hypointenser Herd (Serie 7, Bild 2)")
    assert res.status == "resolved" and res.z_mm == pytest.approx(-20.0)
    assert res.slice_index == 36


def test_image_only_uses_context_then_reading_series(study) -> None:
    assert resolve_reference(ref(None, 51, context=2), *study).z_mm == pytest.approx(-150.0)
    res = resolve_reference(ref(None, 3), *study)
    assert res.method.startswith("reading_series") and res.ref_series == 3
    assert res.z_mm == pytest.approx(-10.0) and res.slice_index == 38


def test_no_study_images_is_unresolved() -> None:
    assert resolve_reference(ref(None, 3), [], []).status == "unresolved"


def test_plane_of() -> None:
    assert plane_of([1, 0, 0, 0, 1, 0]) == "axial"
    assert plane_of([1, 0, 0, 0, 0, -1]) == "coronal"
    assert plane_of([0, 1, 0, 0, 0, -1]) == "sagittal"
