"""One series -> one RAS-canonical NIfTI volume with a slice map.

The affine is built from the headers alone (ImageOrientationPatient, PixelSpacing and the positions of
the first and last slice after sorting along the normal), so instance numbering and PatientPosition
(HFS/FFS, instance 1 at the head or the feet) cannot flip it. DICOM is LPS, NIfTI is RAS: the first two
rows of the affine change sign; nibabel.as_closest_canonical then reorders the axes so that array axis
k runs inferior -> superior. CT is stored as int16 HU (rescale applied; stored values plus NIfTI scaling
when the slope is not 1), MR as int16 when the rescaled values are integers that fit, else float32.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom

from curation.volumes.geometry import SeriesGeometry, SliceGeometry, analyze_series, slice_normal
from curation.volumes.tilt import TiltGrid, round_half_away, shift_slice, tilt_affine, tilt_grid

LPS_TO_RAS = np.diag([-1.0, -1.0, 1.0, 1.0])
GZIP_LEVEL = 1   # NIfTI of CT compresses ~2-3x at level 1; higher levels cost seconds per series


class VolumeError(ValueError):
    """A series that cannot become a volume; the message names file ids and the reason, never paths."""


@dataclass(frozen=True)
class LoadedSlice:
    """One image (or frame) with its geometry and its rescaled pixels (rows, cols)."""

    file_id: str
    geometry: SliceGeometry
    stored: np.ndarray              # stored values as decoded, before rescale
    slope: float = 1.0
    intercept: float = 0.0
    padding: float | None = None    # PixelPaddingValue (stored value): the fill of a tilt correction

    @property
    def pixels(self) -> np.ndarray:
        """Modality values (HU for CT)."""
        return rescale(self.stored, self.slope, self.intercept)


@dataclass(frozen=True)
class SliceMapEntry:
    instance_number: int
    slice_index: int
    z_mm: float


@dataclass(frozen=True)
class BuiltVolume:
    """A RAS-canonical volume ready to write, with everything the volumes table needs."""

    image: nib.Nifti1Image
    plane: str
    slice_spacing_mm: float
    slice_map: tuple[SliceMapEntry, ...]
    content_sha256: str
    scaling: tuple[float, float] | None = None   # NIfTI scl_slope, scl_inter of the stored values
    tilt_deg: float | None = None                # gantry tilt corrected by resampling (volumes/tilt.py)

    @property
    def shape(self) -> tuple[int, int, int]:
        return tuple(int(v) for v in self.image.shape)  # type: ignore[return-value]

    @property
    def spacing(self) -> tuple[float, float, float]:
        return tuple(float(v) for v in self.image.header.get_zooms()[:3])  # type: ignore[return-value]


def _floats(value: object, n: int) -> tuple[float, ...] | None:
    if value is None:
        return None
    try:
        out = tuple(float(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    return out if len(out) == n else None


def header_geometry(ds: pydicom.Dataset) -> SliceGeometry:
    """SliceGeometry of a single-frame image from its header."""
    number = ds.get("InstanceNumber")
    spacing = _floats(ds.get("PixelSpacing"), 2)
    return SliceGeometry(
        instance_number=int(number) if number not in (None, "") else None,
        position=_floats(ds.get("ImagePositionPatient"), 3),  # type: ignore[arg-type]
        orientation=_floats(ds.get("ImageOrientationPatient"), 6),
        rows=int(ds.Rows) if "Rows" in ds else None, columns=int(ds.Columns) if "Columns" in ds else None,
        pixel_spacing=spacing,  # type: ignore[arg-type]
        image_type="\\".join(str(v) for v in (ds.get("ImageType") or [])),
        number_of_frames=int(ds.get("NumberOfFrames") or 1))


def rescale(pixels: np.ndarray, slope: float, intercept: float) -> np.ndarray:
    """Stored values -> modality values (HU for CT); integer-valued results stay integer."""
    if slope == 1.0 and float(intercept).is_integer():
        return pixels.astype(np.int32) + int(intercept)
    return pixels.astype(np.float64) * slope + intercept


def read_single_frame(path: Path, file_id: str) -> LoadedSlice:
    """Read one single-frame image (any transfer syntax pydicom's handlers decode)."""
    try:
        ds = pydicom.dcmread(path)
        pixels = ds.pixel_array
    except Exception as exc:  # pydicom raises many types; the message must not carry the path
        raise VolumeError(f"file {file_id}: pixel data unreadable ({type(exc).__name__})") from None
    if pixels.ndim != 2:
        raise VolumeError(f"file {file_id}: expected one grayscale frame, got pixel array shape {pixels.shape}")
    slope = float(ds.get("RescaleSlope", 1.0) or 1.0)
    intercept = float(ds.get("RescaleIntercept", 0.0) or 0.0)
    padding = ds.get("PixelPaddingValue")
    return LoadedSlice(file_id, header_geometry(ds), pixels, slope, intercept,
                       float(padding) if isinstance(padding, int | float) else None)


def _storage(modality: str, slices: Sequence[LoadedSlice]) -> tuple[np.dtype, float | None, float | None]:
    """Output dtype and, when the stored values go to disk unscaled, the NIfTI scl_slope/scl_inter.

    Integer modality values (slope 1, integral intercepts, even when they vary per slice) are written
    as int16: CT HU always (clipped to int16), MR when they fit. Otherwise, with one rescale for the
    whole series, the stored int16 values plus header scaling (as dcm2niix does: exact values, int16 on
    disk; a CT with RescaleSlope 0.5 keeps its half HU); else float32.
    """
    rescales = {(s.slope, s.intercept) for s in slices}
    integral_rescale = all(slope == 1.0 and float(intercept).is_integer() for slope, intercept in rescales)
    if modality == "CT" and integral_rescale:
        return np.dtype(np.int16), None, None
    integral = all(np.issubdtype(s.stored.dtype, np.integer) for s in slices)
    if not integral:
        return np.dtype(np.float32), None, None
    if integral_rescale:
        lo = min(int(s.stored.min()) + int(s.intercept) for s in slices)
        hi = max(int(s.stored.max()) + int(s.intercept) for s in slices)
        if lo >= -32768 and hi <= 32767:
            return np.dtype(np.int16), None, None
    elif len(rescales) == 1:
        lo = min(int(s.stored.min()) for s in slices)
        hi = max(int(s.stored.max()) for s in slices)
        if lo >= -32768 and hi <= 32767:
            slope, intercept = next(iter(rescales))
            return np.dtype(np.int16), slope, intercept
    return np.dtype(np.float32), None, None


def lps_affine(slices: Sequence[LoadedSlice], geometry: SeriesGeometry) -> np.ndarray:
    """Voxel (column, row, sorted slice) -> LPS mm, from the first and last slice in stacking order."""
    first = slices[geometry.order[0]].geometry
    orientation = np.asarray(geometry.orientation, dtype=np.float64)
    row_spacing, col_spacing = first.pixel_spacing  # type: ignore[misc]
    affine = np.eye(4)
    affine[:3, 0] = orientation[:3] * col_spacing
    affine[:3, 1] = orientation[3:] * row_spacing
    if len(slices) > 1:
        last = slices[geometry.order[-1]].geometry
        affine[:3, 2] = (np.asarray(last.position) - np.asarray(first.position)) / (len(slices) - 1)
    else:
        affine[:3, 2] = slice_normal(orientation) * (geometry.slice_spacing_mm or 1.0)
    affine[:3, 3] = first.position
    return affine


def build_volume(slices: Sequence[LoadedSlice], modality: str, *, min_slices: int = 3) -> BuiltVolume:
    """Stack loaded slices into a RAS-canonical NIfTI image and its slice map."""
    geometry = analyze_series([s.geometry for s in slices], min_slices=min_slices)
    ids = sorted({s.file_id for s in slices})[:3]
    if not geometry.usable:
        raise VolumeError(f"series of files {ids}: not a regular volume ({geometry.reason})")
    if any(s.geometry.pixel_spacing is None for s in slices):
        raise VolumeError(f"series of files {ids}: PixelSpacing missing")
    dtype, scl_slope, scl_inter = _storage(modality, slices)
    first = slices[0].stored
    grid = _tilt_grid(slices, geometry)

    def values(index: int) -> np.ndarray:
        return slices[index].stored if scl_slope is not None else slices[index].pixels

    fill = _tilt_fill(slices, geometry, scl_slope is not None, values) if grid is not None else 0.0
    rows = grid.rows if grid is not None else first.shape[0]
    data = np.empty((first.shape[1], rows, len(slices)), dtype=dtype)  # (cols, rows, k)
    for k, index in enumerate(geometry.order):
        pixels = values(index)
        if grid is not None:
            padding = slices[index].padding
            pixels = shift_slice(pixels, grid, k, fill,
                                 None if padding is None else slices[index].stored == padding)
            pixels = round_half_away(pixels) if dtype == np.int16 else pixels
        if dtype == np.int16:
            pixels = np.clip(pixels if np.issubdtype(pixels.dtype, np.integer) else np.rint(pixels), -32768, 32767)
        data[:, :, k] = pixels.T
    affine = LPS_TO_RAS @ (lps_affine(slices, geometry) if grid is None else _tilt_affine(slices, geometry, grid))
    image = nib.as_closest_canonical(nib.Nifti1Image(data, affine))
    image.header.set_xyzt_units("mm", "sec")
    image.header.set_qform(image.affine, code=1)
    image.header.set_sform(image.affine, code=1)
    canonical = np.asanyarray(image.dataobj)
    slice_map = _slice_map(slices, image.affine, affine)
    scaling = (scl_slope, scl_inter) if scl_slope is not None else None
    return BuiltVolume(image, geometry.plane or "oblique", float(geometry.slice_spacing_mm or 0.0),
                       slice_map, content_sha256(canonical, image.affine, scaling), scaling, geometry.tilt_deg)


def _tilt_affine(slices: Sequence[LoadedSlice], geometry: SeriesGeometry, grid: TiltGrid) -> np.ndarray:
    """The corrected grid's affine; slice spacing from the first and last slice along the normal."""
    first = slices[geometry.order[0]].geometry
    projected = geometry.projected_mm
    spacing = (projected[-1] - projected[0]) / (len(projected) - 1)
    return tilt_affine(first.position, geometry.orientation, first.pixel_spacing, spacing, grid)  # type: ignore[arg-type]


def _tilt_fill(slices: Sequence[LoadedSlice], geometry: SeriesGeometry, stored: bool,
               values: Callable[[int], np.ndarray]) -> float:
    """What no tilted slice covers: PixelPaddingValue when the series has one, else its darkest value
    (as dcm2niix)."""
    first = slices[geometry.order[0]]
    if first.padding is not None:
        return first.padding if stored else float(rescale(np.array([first.padding]), first.slope,
                                                           first.intercept)[0])
    return float(min(values(i).min() for i in geometry.order))


def _tilt_grid(slices: Sequence[LoadedSlice], geometry: SeriesGeometry) -> TiltGrid | None:
    """The corrected grid of a tilt-corrected series, None for a straight one."""
    if geometry.tilt_deg is None:
        return None
    first = slices[geometry.order[0]]
    return tilt_grid([slices[i].geometry.position for i in geometry.order],  # type: ignore[misc]
                     geometry.orientation, first.geometry.pixel_spacing[0],  # type: ignore[arg-type,index]
                     first.stored.shape[0])


def _slice_map(slices: Sequence[LoadedSlice], canonical_affine: np.ndarray,
               ras_affine: np.ndarray) -> tuple[SliceMapEntry, ...]:
    """Instance -> index along the canonical axis the series stacks on (k for axial) and LPS z."""
    stack_direction = np.linalg.inv(canonical_affine)[:3, :3] @ ras_affine[:3, 2]
    axis = int(np.argmax(np.abs(stack_direction)))
    inverse = np.linalg.inv(canonical_affine)
    entries = []
    for s in slices:
        lps = np.asarray(s.geometry.position, dtype=np.float64)
        voxel = inverse @ (LPS_TO_RAS @ np.append(lps, 1.0))
        number = s.geometry.instance_number if s.geometry.instance_number is not None else -1
        entries.append(SliceMapEntry(int(number), int(np.rint(voxel[axis])), float(lps[2])))
    return tuple(sorted(entries, key=lambda e: (e.slice_index, e.instance_number)))


def content_sha256(data: np.ndarray, affine: np.ndarray, scaling: tuple[float, float] | None = None) -> str:
    """Hash of the voxel array (dtype, shape, C-order bytes, scaling) and the affine."""
    digest = hashlib.sha256()
    digest.update(f"{data.dtype.str}{data.shape}{scaling}".encode())
    digest.update(np.ascontiguousarray(data).tobytes())
    digest.update(np.asarray(affine, dtype=np.float64).round(6).tobytes())
    return digest.hexdigest()


def nifti_bytes(image: nib.Nifti1Image, scaling: tuple[float, float] | None = None) -> bytes:
    """The single-file NIfTI-1 bytes, with scl_slope/scl_inter set when the voxels are stored unscaled.

    nibabel recomputes scaling for in-memory arrays on save, so the header block is patched after.
    """
    raw = image.to_bytes()
    if scaling is None:
        return raw
    header = nib.Nifti1Header.from_fileobj(io.BytesIO(raw[:348]))
    header.set_slope_inter(*scaling)
    return header.binaryblock + raw[348:]


def write_nifti_atomic(image: nib.Nifti1Image, path: Path, scaling: tuple[float, float] | None = None) -> Path:
    """Write a .nii.gz through a temporary sibling and a rename; gzip with mtime 0 (byte-stable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", suffix=".nii.gz", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=GZIP_LEVEL,
                                                        mtime=0, filename="") as handle:
            handle.write(nifti_bytes(image, scaling))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
