"""Per-class 2D boxes, location tokens and RLE masks on a display slice (the RefRad2D box rule).

Boxes are computed on `axial_display` slices (row 0 anterior, column 0 patient right), so they fit
the PNGs of image_text_pairs pixel for pixel. Per class: 8-connected components, merged into one
enclosing box (x0, y0, x1, y1) in integer pixel coordinates, x = column, y = row, inclusive.

RLE: row-major (C order) run lengths over the flattened boolean mask, starting with a run of zeros
(which may be 0 long), alternating zero/one runs; the runs sum to rows * cols.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

LOC_BINS = 512
_EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)


@dataclass(frozen=True)
class SliceBox:
    """One class's enclosing box on one slice, and how many 8-connected components it merges."""

    class_id: int
    x0: int
    y0: int
    x1: int
    y1: int
    pixels: int
    components: int

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        return self.x0, self.y0, self.x1, self.y1


def class_box(mask: np.ndarray, cid: int = 0) -> SliceBox | None:
    """The one box enclosing all 8-connected components of a 2D mask; None when the mask is empty."""
    if mask.ndim != 2:
        raise ValueError(f"mask must be 2-D, got shape {mask.shape}")
    mask = mask.astype(bool, copy=False)
    pixels = int(mask.sum())
    if pixels == 0:
        return None
    _, n = ndimage.label(mask, structure=_EIGHT_CONNECTED)
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return SliceBox(cid, int(cols[0]), int(rows[0]), int(cols[-1]), int(rows[-1]), pixels, int(n))


def slice_boxes(label_slice: np.ndarray, class_ids: set[int] | None = None) -> dict[int, SliceBox]:
    """Boxes of every class present on a 2D label slice (optionally only `class_ids`), keyed by id."""
    if label_slice.ndim != 2:
        raise ValueError(f"label_slice must be 2-D, got shape {label_slice.shape}")
    present = [int(c) for c in np.unique(label_slice) if c != 0]
    boxes = {}
    for cid in present:
        if class_ids is not None and cid not in class_ids:
            continue
        box = class_box(label_slice == cid, cid)
        if box is not None:
            boxes[cid] = box
    return boxes


def _loc(value: int, size: int) -> int:
    return min(int(value / size * LOC_BINS), LOC_BINS - 1)


def box_tokens(bbox: tuple[int, int, int, int], shape: tuple[int, int]) -> str:
    """'<loc0012><loc0034><loc0100><loc0200>': x0 y0 x1 y1 normalised by (cols, rows), 512 bins, max 511."""
    rows, cols = shape
    if rows <= 0 or cols <= 0:
        raise ValueError(f"shape must be positive (rows, cols), got {shape}")
    x0, y0, x1, y1 = bbox
    if not (0 <= x0 <= x1 < cols and 0 <= y0 <= y1 < rows):
        raise ValueError(f"bbox {bbox} outside a slice of shape {shape}")
    bins = (_loc(x0, cols), _loc(y0, rows), _loc(x1, cols), _loc(y1, rows))
    return "".join(f"<loc{b:04d}>" for b in bins)


def rle_encode(mask: np.ndarray) -> list[int]:
    """Row-major run lengths of a 2D boolean mask, starting with a (possibly empty) run of zeros."""
    flat = np.asarray(mask, dtype=bool).ravel(order="C")
    if flat.size == 0:
        return [0]
    change = np.flatnonzero(flat[1:] != flat[:-1]) + 1
    bounds = np.concatenate(([0], change, [flat.size]))
    runs = np.diff(bounds).tolist()
    return [0, *runs] if flat[0] else runs


def rle_decode(runs: list[int], shape: tuple[int, int]) -> np.ndarray:
    """The boolean mask of `shape` from `rle_encode` runs."""
    total = int(np.prod(shape))
    if any(r < 0 for r in runs) or sum(runs) != total:
        raise ValueError(f"runs must be non-negative and sum to {total} for shape {shape}")
    values = np.arange(len(runs)) % 2 == 1
    return np.repeat(values, runs).reshape(shape)
