"""Resolver against hand-built dicom_index / volumes rows (see fixtures.py for the geometry)."""

from __future__ import annotations

import numpy as np
import pytest

from curation.snippets.mine import Reference
from curation.snippets.resolve import (
    ImageGeometry,
    SeriesGeometry,
    TrainingVolume,
    _pixel_slices,
    most_hit_slice,
    plane_of,
    resolve_reference,
    series_from_index,
    training_volumes,
    z_extent_mm,
)
from tests.curation.snippets.fixtures import FRAME, dicom_rows, volume_rows


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
    affine = np.asarray(res.ref_affine).reshape(4, 4)
    assert affine @ [0, 63, 0, 1] == pytest.approx([-64.0, -82.0, -126.0, 1.0])
    # A coronal image through the volume spans z 0..-126: no bounded z, so no depth (issue 13, item 7).
    assert res.slice_index is None and res.depth_mm is None and res.method.endswith(":unbounded_z")
    assert res.volume_id == "Vthick" and res.ref_shape == (64, 64)
    # The most-hit slice would have been arbitrary: rows at z = 0, -2, ..., -126 fall 3 or 2 per 5 mm
    # slice; of the 3-row slices the one nearest the centre z (-63) is z = -60 (rows -58, -60, -62).
    image = next(s for s in study[0] if s.series_number == 5).images[10]
    assert most_hit_slice(image.affine(), (64, 64), study[1][0], res.z_mm) == 28
    assert z_extent_mm(image.affine(), (64, 64), study[1][0]) == pytest.approx(130.0)


def test_non_axial_maps_pixels_through_the_volume_affine(study) -> None:
    """With the volume's RAS affine, pixels outside its grid are dropped: a grid that ends at z = -100
    keeps only rows z <= -98 of the coronal image; slices -100, -110, -120 get 3 rows each, and -100 is
    nearest the image centre."""
    series, _ = study
    grid = TrainingVolume(volume_id="Vpart", path="volumes/e/Vpart.nii.gz", frame_of_reference_uid=FRAME,
                          modality="CT", series_uid="2.25.9", slice_z=tuple(-200.0 + 5 * k for k in range(21)),
                          slice_spacing_mm=5.0, affine=(1, 0, 0, -100, 0, 1, 0, -150, 0, 0, 5, -200, 0, 0, 0, 1),
                          shape=(200, 300, 21))
    res = resolve_reference(ref(5, 10), series, [grid])
    assert res.status == "non_axial" and res.volume_id == "Vpart"
    image = next(s for s in series if s.series_number == 5).images[10]
    assert most_hit_slice(image.affine(), (image.rows, image.columns), grid, res.z_mm) == 20
    assert z_extent_mm(image.affine(), (image.rows, image.columns), grid) == pytest.approx(30.0)
    assert res.slice_index is None and res.depth_mm is None     # 30 mm of z: more than two 12 mm cells
    hits = np.bincount(_pixel_slices(image.affine(), image.rows, image.columns, grid), minlength=21)
    assert hits[15:].tolist() == [128, 192, 128, 192, 128, 192] and hits[:15].sum() == 0  # 64 pixels a row


def test_non_axial_outside_the_volume_keeps_status_without_depth(study) -> None:
    series, _ = study
    below = TrainingVolume(volume_id="Vlow", path="volumes/e/Vlow.nii.gz", frame_of_reference_uid=FRAME,
                           modality="CT", series_uid="2.25.8", slice_z=tuple(-400.0 + 5 * k for k in range(21)),
                           slice_spacing_mm=5.0)
    res = resolve_reference(ref(5, 10), series, [below])
    assert res.status == "non_axial" and res.method.endswith("outside_volume")
    assert res.slice_index is None and res.depth_mm is None and res.z_mm == pytest.approx(-63.0)


def test_oblique_image_hits_the_slice_under_most_pixels() -> None:
    """A 20 x 20 image tilted 30 degrees about the x axis, centred at z = -100 with 1 mm pixels: its z
    spread is +-4.75 mm; the 5 mm slice at -100 takes the middle rows (|dz| <= 2.5), the most pixels."""
    c, s_ = np.cos(np.radians(30)), np.sin(np.radians(30))
    image = ImageGeometry(instance_number=1, position=(-10.0, -10.0 * c, -100.0 - 9.5 * s_),
                          orientation=(1.0, 0.0, 0.0, 0.0, c, s_), pixel_spacing=(1.0, 1.0), rows=20, columns=20)
    volume = TrainingVolume(volume_id="V", path="v", frame_of_reference_uid=FRAME, modality="CT",
                            series_uid="u", slice_z=tuple(-200.0 + 5 * k for k in range(41)), slice_spacing_mm=5.0)
    assert most_hit_slice(image.affine(), (20, 20), volume, z_mm=float(image.centre()[2])) == 20


def test_small_oblique_image_with_bounded_z_gets_a_depth() -> None:
    """A 10 x 10 image (1 mm pixels) tilted 60 degrees from axial is 'coronal' by its normal, but its z spans
    only ~8 mm: it covers a bounded z-extent and gets the most-hit slice as its depth target."""
    c, s_ = np.cos(np.radians(60)), np.sin(np.radians(60))
    image = ImageGeometry(instance_number=1, position=(-5.0, -4.5 * c, -100.0 - 4.5 * s_),
                          orientation=(1.0, 0.0, 0.0, 0.0, c, s_), pixel_spacing=(1.0, 1.0), rows=10, columns=10)
    series = [SeriesGeometry("2.25.77", 8, "oblique", FRAME, "CT", plane_of(image.orientation), {1: image})]
    volume = TrainingVolume(volume_id="V", path="v", frame_of_reference_uid=FRAME, modality="CT",
                            series_uid="u", slice_z=tuple(-200.0 + 5 * k for k in range(41)), slice_spacing_mm=5.0)
    res = resolve_reference(ref(8, 1), series, [volume])
    assert res.status == "non_axial" and res.ref_plane == "coronal"
    assert z_extent_mm(image.affine(), (10, 10), volume) == pytest.approx(15.0)   # slices -105, -100, -95
    assert res.slice_index == 20 and res.depth_mm == pytest.approx(0 + 2.5 - (-100.0))


@pytest.mark.parametrize(("series", "image"), [(9, 10), (2, 500)])
def test_unknown_series_or_image_is_unresolved(study, series: int, image: int) -> None:
    res = resolve_reference(ref(series, image), *study)
    assert res.status == "unresolved" and res.z_mm is None


def test_same_number_twice_is_ambiguous_without_hint(study) -> None:
    res = resolve_reference(ref(7, 2), *study, hint_text="Herd (Serie 7, Bild 2)")
    assert res.status == "ambiguous" and res.ref_series == 7


def test_hint_picks_the_coronal_series(study) -> None:
    res = resolve_reference(ref(7, 2), *study, hint_text="in der koronaren Rekonstruktion: Herd (Serie 7, Bild 2)")
    assert res.status == "non_axial" and ":hint" in res.method
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


def test_plane_comes_from_the_referenced_image_not_the_series() -> None:
    from tests.curation.snippets.fixtures import AXIAL, CORONAL, FRAME, STUDY

    def row(k: int, orientation: list[float], pos: list[float]) -> dict:
        return {"study_uid": STUDY, "series_uid": "2.25.9", "series_number": 9, "series_description": "mixed",
                "frame_of_reference_uid": FRAME, "modality": "CT", "instance_number": k, "image_position": pos,
                "image_orientation": orientation, "pixel_spacing": [1.0, 1.0], "rows": 64, "columns": 64,
                "role": "image"}

    rows = [row(k, AXIAL, [-32.0, -32.0, -5.0 * k]) for k in range(1, 4)]
    rows += [row(k, CORONAL, [-32.0, -10.0 + k, 0.0]) for k in range(4, 7)]
    series = series_from_index(rows)
    assert resolve_reference(ref(9, 5), series, training_volumes(volume_rows())).ref_plane == "coronal"
    assert resolve_reference(ref(9, 2), series, training_volumes(volume_rows())).ref_plane == "axial"
