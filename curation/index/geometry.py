"""Image plane geometry of an instance: classic single-frame attributes or, for Enhanced CT/MR
multi-frame objects, frame 1 from the shared / per-frame functional groups.

Values that are absent or malformed (wrong count, not numbers) become None: the series checks
downstream decide what an incomplete geometry means; the index only reports what the header says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pydicom.datadict import tag_for_keyword
from pydicom.dataset import Dataset

from curation.index.header import Header

_SHARED = 0x52009229
_PER_FRAME = 0x52009230


@dataclass(frozen=True, slots=True)
class Geometry:
    image_position: tuple[float, ...] | None = None      # LPS mm of the first voxel centre
    image_orientation: tuple[float, ...] | None = None   # row and column direction cosines
    pixel_spacing: tuple[float, ...] | None = None        # (row spacing, column spacing) mm
    slice_thickness: float | None = None


def _floats(value: object, n: int) -> tuple[float, ...] | None:
    if value is None:
        return None
    try:
        items = tuple(float(v) for v in (value if isinstance(value, list | tuple) or (hasattr(value, "__iter__")
                                         and not isinstance(value, str | bytes)) else [value]))
    except (TypeError, ValueError):
        return None
    if len(items) != n or not all(math.isfinite(v) for v in items):
        return None
    return items


def _first_item(ds: Dataset | None, keyword: str) -> Dataset | None:
    try:
        seq = ds.get(keyword) if ds is not None else None
        return seq[0] if seq else None
    except Exception:  # a broken sequence is an absent one
        return None


def _get(ds: Dataset | None, keyword: str) -> object:
    try:
        return ds.get(keyword) if ds is not None else None
    except Exception:
        return None


_TAGS = {k: int(tag_for_keyword(k)) for k in ("ImagePositionPatient", "ImageOrientationPatient",  # type: ignore[arg-type]
                                              "PixelSpacing", "SliceThickness")}


def _vector(header: Header, keyword: str, n: int) -> tuple[float, ...] | None:
    values = header.numbers(_TAGS[keyword])
    return _floats(values, n)


def frame_geometry(header: Header) -> Geometry:
    """Geometry of the instance (single frame) or of its frame 1 (Enhanced multi-frame)."""
    ds = header.ds
    position = _vector(header, "ImagePositionPatient", 3)
    orientation = _vector(header, "ImageOrientationPatient", 6)
    spacing = _vector(header, "PixelSpacing", 2)
    thickness = _vector(header, "SliceThickness", 1)
    shared = _first_item(ds, "SharedFunctionalGroupsSequence") if _SHARED in ds else None
    frame1 = _first_item(ds, "PerFrameFunctionalGroupsSequence") if _PER_FRAME in ds else None
    if shared is not None or frame1 is not None:
        for group in (frame1, shared):  # per-frame values override shared ones
            measures = _first_item(group, "PixelMeasuresSequence")
            spacing = spacing or _floats(_get(measures, "PixelSpacing"), 2)
            thickness = thickness or _floats(_get(measures, "SliceThickness"), 1)
            orientation = orientation or _floats(
                _get(_first_item(group, "PlaneOrientationSequence"), "ImageOrientationPatient"), 6)
            position = position or _floats(
                _get(_first_item(group, "PlanePositionSequence"), "ImagePositionPatient"), 3)
    return Geometry(position, orientation, spacing, thickness[0] if thickness else None)
