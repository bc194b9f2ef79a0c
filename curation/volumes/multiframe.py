"""Enhanced CT / MR (one multi-frame instance per series) -> per-frame slices.

Geometry and rescale of a frame come from its PerFrameFunctionalGroupsSequence item, falling back to
the SharedFunctionalGroupsSequence (PS3.3 C.7.6.16): PlanePositionSequence, PlaneOrientationSequence,
PixelMeasuresSequence, PixelValueTransformationSequence. Each frame becomes a LoadedSlice whose
`instance_number` is its 1-based frame number, so the slice map of a multi-frame volume maps frame
numbers to slice indices. Files without functional groups (some vendors' early "enhanced" objects)
give frames without positions, which the geometry check reports as missing_position.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset

from curation.volumes.geometry import SliceGeometry
from curation.volumes.nifti import LoadedSlice, VolumeError


def _group(frame: Dataset | None, shared: Dataset | None, sequence: str) -> Dataset | None:
    """The first item of `sequence` in the per-frame group, else in the shared group."""
    for source in (frame, shared):
        if source is not None and sequence in source and len(source[sequence].value):
            return source[sequence].value[0]
    return None


def _floats(item: Dataset | None, keyword: str, n: int) -> tuple[float, ...] | None:
    if item is None or keyword not in item:
        return None
    values = tuple(float(v) for v in item[keyword].value)
    return values if len(values) == n else None


def frame_geometry(ds: Dataset, frame_number: int, image_type: str) -> tuple[SliceGeometry, float, float]:
    """Geometry and (slope, intercept) of frame `frame_number` (1-based)."""
    shared_seq = ds.get("SharedFunctionalGroupsSequence")
    shared = shared_seq[0] if shared_seq else None
    per_frame = ds.get("PerFrameFunctionalGroupsSequence")
    frame = per_frame[frame_number - 1] if per_frame and len(per_frame) >= frame_number else None
    position = _floats(_group(frame, shared, "PlanePositionSequence"), "ImagePositionPatient", 3)
    orientation = _floats(_group(frame, shared, "PlaneOrientationSequence"), "ImageOrientationPatient", 6)
    spacing = _floats(_group(frame, shared, "PixelMeasuresSequence"), "PixelSpacing", 2)
    transform = _group(frame, shared, "PixelValueTransformationSequence")
    slope = float(transform.get("RescaleSlope", 1.0) or 1.0) if transform is not None else 1.0
    intercept = float(transform.get("RescaleIntercept", 0.0) or 0.0) if transform is not None else 0.0
    geometry = SliceGeometry(instance_number=frame_number, position=position,  # type: ignore[arg-type]
                             orientation=orientation, rows=int(ds.Rows), columns=int(ds.Columns),
                             pixel_spacing=spacing, image_type=image_type)  # type: ignore[arg-type]
    return geometry, slope, intercept


def read_multiframe(path: Path, file_id: str) -> list[LoadedSlice]:
    """All frames of one Enhanced CT/MR instance as rescaled, positioned slices."""
    try:
        ds = pydicom.dcmread(path)
        pixels = ds.pixel_array
    except Exception as exc:  # the message must not carry the path
        raise VolumeError(f"file {file_id}: pixel data unreadable ({type(exc).__name__})") from None
    n_frames = int(ds.get("NumberOfFrames") or 1)
    if pixels.ndim == 2 and n_frames == 1:
        pixels = pixels[np.newaxis]
    if pixels.ndim != 3 or pixels.shape[0] != n_frames:
        raise VolumeError(f"file {file_id}: expected {n_frames} grayscale frames, got shape {pixels.shape}")
    image_type = "\\".join(str(v) for v in (ds.get("ImageType") or []))
    slices = []
    for number in range(1, n_frames + 1):
        geometry, slope, intercept = frame_geometry(ds, number, image_type)
        slices.append(LoadedSlice(file_id, geometry, pixels[number - 1], slope, intercept))
    return slices
