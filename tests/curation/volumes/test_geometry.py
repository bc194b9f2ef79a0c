"""Series geometry: planes, projected positions, and each blocking flag with its reason."""

from __future__ import annotations

import numpy as np
import pytest

from curation.volumes.geometry import SliceGeometry, analyze_series, plane_of

AXIAL = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)


def stack(zs, orientation=AXIAL, step_xy=(0.0, 0.0), image_type="ORIGINAL\\PRIMARY\\AXIAL"):
    return [SliceGeometry(i + 1, (step_xy[0] * i, step_xy[1] * i, z), orientation, 8, 8, (0.7, 0.7), image_type)
            for i, z in enumerate(zs)]


@pytest.mark.parametrize(("orientation", "plane"), [
    (AXIAL, "axial"), ((1, 0, 0, 0, 0, -1), "coronal"), ((0, 1, 0, 0, 0, -1), "sagittal"),
    ((1, 0, 0, 0, np.cos(0.2), np.sin(0.2)), "axial"),              # 11.5 degrees: still axial
    ((1, 0, 0, 0, np.cos(0.7), np.sin(0.7)), "oblique"),            # 40 degrees
])
def test_plane_by_dominant_normal_axis(orientation, plane):
    assert plane_of(orientation) == plane


def test_positions_projected_on_normal_sorted_ascending_with_spacing():
    g = analyze_series(stack([10.0, 5.0, 0.0, -5.0]))
    assert g.usable and g.reason is None
    assert g.projected_mm == (-5.0, 0.0, 5.0, 10.0)
    assert g.order == (3, 2, 1, 0)
    assert g.slice_spacing_mm == pytest.approx(5.0)


@pytest.mark.parametrize(("zs", "flag"), [
    ([0.0, 2.5, 2.5, 5.0], "duplicate_position"),
    ([0.0, 2.5, 7.5, 10.0], "uneven_spacing"),          # a missing slice
    ([0.0, 2.5], "too_few_slices"),
])
def test_blocking_flags(zs, flag):
    g = analyze_series(stack(zs))
    assert flag in g.flags and g.reason == flag and not g.usable


def test_shear_along_the_column_direction_is_a_correctable_tilt():
    # positions advance 2 mm in y (the column direction) per 5 mm in z: sheared 21.8 degrees off the normal
    g = analyze_series(stack([0.0, 5.0, 10.0, 15.0], step_xy=(0.0, 2.0)))
    assert g.usable and g.reason is None and g.plane == "axial"
    assert "tilt_corrected" in g.flags and "gantry_tilt" not in g.flags
    assert g.tilt_deg == pytest.approx(np.degrees(np.arctan2(2.0, 5.0)))


@pytest.mark.parametrize(("step_xy", "why"), [
    ((2.0, 0.0), "along the row direction: not a gantry tilt"),
    ((1.0, 1.0), "partly along the row direction"),
    ((0.0, 6.0), "50 degrees: beyond any gantry"),
])
def test_other_shears_are_refused_as_gantry_tilt(step_xy, why):
    g = analyze_series(stack([0.0, 5.0, 10.0, 15.0], step_xy=step_xy))
    assert g.reason == "gantry_tilt" and g.tilt_deg is None and "tilt_corrected" not in g.flags, why


def test_straight_stack_has_no_tilt():
    g = analyze_series(stack([0.0, 5.0, 10.0], step_xy=(0.0, 0.02)))   # 0.23 degrees: within tolerance
    assert g.tilt_deg is None and g.flags == ()


def test_localizer_single_image_and_mixed_orientation_and_missing_position():
    assert analyze_series(stack([0, 1, 2], image_type="ORIGINAL\\PRIMARY\\LOCALIZER")).reason == "localizer"
    assert "single_image" in analyze_series(stack([0.0])).flags
    mixed = stack([0, 3, 6]) + stack([9], orientation=(1, 0, 0, 0, 0, -1))
    assert "mixed_orientation" in analyze_series(mixed).flags
    missing = [*stack([0, 3, 6]), SliceGeometry(4, None, AXIAL)]
    assert analyze_series(missing).reason == "missing_position"


def test_multi_frame_single_instance_is_informational():
    g = analyze_series([SliceGeometry(1, (0, 0, 0), AXIAL, 8, 8, (1.0, 1.0), "", number_of_frames=40)])
    assert g.flags == ("multi_frame",) and g.usable
    two = analyze_series([SliceGeometry(1, (0, 0, 0), AXIAL, 8, 8, (1.0, 1.0), "", number_of_frames=2)])
    assert two.flags == ("multi_frame", "too_few_slices") and two.reason == "too_few_slices"


def test_min_slices_validated():
    with pytest.raises(ValueError, match="min_slices"):
        analyze_series(stack([0, 1, 2]), min_slices=0)


def test_real_gantry_tilt_orientation_tilted_positions_along_table():
    # CT gantry tilted 15 degrees: column cosine tilted, table (z) moves straight
    tilt = np.radians(15.0)
    orientation = (1.0, 0.0, 0.0, 0.0, float(np.cos(tilt)), float(np.sin(tilt)))
    g = analyze_series(stack([0.0, 3.0, 6.0, 9.0], orientation=orientation))
    assert g.plane == "axial" and g.usable and g.flags == ("tilt_corrected",)
    assert g.tilt_deg == pytest.approx(15.0)
    assert g.slice_spacing_mm == pytest.approx(3.0 * np.cos(tilt))
