"""A synthetic gantry-tilted head CT (routine head CT geometry) and the truth it was written with.

The gantry is tilted TILT_DEG about the patient's x axis: ImageOrientationPatient's column cosine is
(0, cos t, lean * sin t) while the table moves straight along z by `z_step` per instance, so every
image is shifted along its column direction by z_step * sin t relative to the one before. Pixel values
encode their position (series_writer: random base + 37 per slice + column ramp), HU stored as int16.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom

from tests.curation.volumes.series_writer import SeriesSpec

TILT_DEG = 12.0
N_SLICES = 32
MATRIX = 128


def tilted_spec(*, lean: float = -1.0, z_step: float = 5.0, reverse: bool = False, tilt_deg: float = TILT_DEG,
                series_number: int = 3) -> SeriesSpec:
    """32 images of 128 x 128 (0.9 mm rows, 0.8 mm columns), tilted `tilt_deg` about x."""
    t = np.radians(tilt_deg)
    return SeriesSpec(n_slices=N_SLICES, rows=MATRIX, columns=MATRIX, pixel_spacing=(0.9, 0.8),
                      orientation=(1.0, 0.0, 0.0, 0.0, float(np.cos(t)), float(lean * np.sin(t))),
                      step=(0.0, 0.0, z_step), origin=(-51.0, -60.0, 20.0), signed=True,
                      gantry_tilt_deg=tilt_deg if lean > 0 else -tilt_deg, reverse_numbering=reverse,
                      series_number=series_number)


def true_affine(spec: SeriesSpec) -> np.ndarray:
    """The sheared DICOM grid: pixel (column, row, position index) -> LPS mm, as the writer placed it."""
    affine = np.eye(4)
    affine[:3, 0] = np.asarray(spec.orientation[:3]) * spec.pixel_spacing[1]
    affine[:3, 1] = np.asarray(spec.orientation[3:]) * spec.pixel_spacing[0]
    affine[:3, 2] = spec.step
    affine[:3, 3] = spec.origin
    return affine


def position_index(spec: SeriesSpec, instance_number: int) -> int:
    return spec.n_slices - instance_number if spec.reverse_numbering else instance_number - 1


def true_centre(spec: SeriesSpec, instance_number: int) -> np.ndarray:
    """LPS centre of an image (midway between its first and last pixel centres)."""
    point = [(spec.columns - 1) / 2, (spec.rows - 1) / 2, position_index(spec, instance_number), 1.0]
    return (true_affine(spec) @ point)[:3]


def written_pixels(files: Sequence[Path], spec: SeriesSpec) -> np.ndarray:
    """HU of the written images as (position index, row, column)."""
    out = np.empty((spec.n_slices, spec.rows, spec.columns))
    for path in files:
        ds = pydicom.dcmread(path)
        out[position_index(spec, int(ds.InstanceNumber))] = ds.pixel_array * float(ds.RescaleSlope) \
            + float(ds.RescaleIntercept)
    return out


def against_truth(image: nib.Nifti1Image, files: Sequence[Path], spec: SeriesSpec) -> tuple[int, float]:
    """Voxels of `image` lying on an acquired image (its plane, a pixel column, between its first and last
    row): how many, and the largest |voxel - linear interpolation of the acquired rows there|."""
    truth = written_pixels(files, spec)
    data = np.asarray(image.dataobj, dtype=np.float64)
    ijk = np.indices(data.shape).reshape(3, -1).astype(np.float64)
    ras = image.affine @ np.vstack([ijk, np.ones(ijk.shape[1])])
    col, row, index, _ = np.linalg.inv(true_affine(spec)) @ (ras * np.array([[-1.0], [-1.0], [1.0], [1.0]]))
    on = (np.abs(index - np.rint(index)) < 1e-3) & (np.abs(col - np.rint(col)) < 1e-3) \
        & (row >= -1e-6) & (row <= spec.rows - 1 + 1e-6)
    s, c = np.rint(index[on]).astype(int), np.rint(col[on]).astype(int)
    low = np.clip(np.floor(row[on]).astype(int), 0, spec.rows - 1)
    high = np.minimum(low + 1, spec.rows - 1)
    frac = row[on] - low
    want = truth[s, low, c] * (1 - frac) + truth[s, high, c] * frac
    got = data.reshape(-1)[on]
    return int(on.sum()), float(np.max(np.abs(got - want))) if on.any() else float("inf")
