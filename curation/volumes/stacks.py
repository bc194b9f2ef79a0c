"""Split one series holding several stacks into clean stacks, by keys from the headers.

Real MR exports put several stacks under one SeriesInstanceUID: dual echo at the same positions, DWI
b-values, dynamic or multi-phase acquisitions at the same positions, two orientations, repeated
acquisitions. Such a series breaks as one volume (duplicate positions, mixed orientation, uneven
spacing). The keys, in order of preference: orientation (within ORIENTATION_TOLERANCE), echo
(EchoNumbers, else EchoTime), b-value, AcquisitionNumber, TemporalPositionIdentifier, ImageType.
Only keys that vary in the series count, and only as many as needed: the first prefix of them whose
stacks are all clean (unique positions, one orientation and matrix, even spacing, at least
`min_slices` images) wins. When no prefix cleans every stack, the first one that at least separates the
stacks (no duplicate positions or mixed orientations left) is taken, else the split by every varying
key; each stack then keeps its own flags (a DWI b-value with a missing slice is refused alone, the
usable stacks are converted). A split into stacks of fewer than `min_slices` images is never taken
(a key that changes every slice is not a stack key): the series then stays one stack with its reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from curation.volumes.geometry import (
    MIN_SLICES,
    ORIENTATION_TOLERANCE,
    SliceGeometry,
    analyze_series,
    plane_of,
)

# What a split can cure; other blocking flags (localizer, missing position, tilt...) are the series' own.
SPLITTABLE_FLAGS = frozenset({"duplicate_position", "mixed_orientation", "uneven_spacing", "mixed_matrix"})
# What a split must cure at least for stacks to be taken apart when some stack stays unclean.
SEPARATING_FLAGS = frozenset({"duplicate_position", "mixed_orientation"})


@dataclass(frozen=True)
class Stack:
    """One stack of a series: its label ("" when the series is one stack) and indices into the input."""

    label: str
    indices: tuple[int, ...]


def _number(value: Any) -> str:
    return f"{float(value):g}"


def _orientation_ids(slices: Sequence[SliceGeometry]) -> list[Any]:
    """Cluster orientations (first seen first); each image gets its cluster's label."""
    centres: list[np.ndarray] = []
    ids: list[int | None] = []
    for s in slices:
        if s.orientation is None:
            ids.append(None)
            continue
        o = np.asarray(s.orientation, dtype=np.float64)
        match = next((i for i, c in enumerate(centres) if np.max(np.abs(o - c)) <= ORIENTATION_TOLERANCE), None)
        if match is None:
            centres.append(o)
            match = len(centres) - 1
        ids.append(match)
    planes = []
    for c in centres:
        try:
            planes.append(plane_of(tuple(c)))
        except ValueError:
            planes.append("unknown")
    labels = [p if planes.count(p) == 1 else f"{p}-{planes[:i + 1].count(p)}" for i, p in enumerate(planes)]
    return [None if i is None else (i, labels[i]) for i in ids]


def _echo(keys: Sequence[Mapping[str, Any]]) -> list[Any]:
    if any(k.get("echo_number") is not None for k in keys):
        return [k.get("echo_number") for k in keys]
    return [None if k.get("echo_time") is None else round(float(k["echo_time"]), 3) for k in keys]


# (level name, label prefix, values per image); orientation values are (cluster, plane label).
Level = tuple[str, Callable[[Sequence[SliceGeometry], Sequence[Mapping[str, Any]]], list[Any]]]
LEVELS: tuple[Level, ...] = (
    ("plane", lambda slices, keys: _orientation_ids(slices)),
    ("echo", lambda slices, keys: _echo(keys)),
    ("b", lambda slices, keys: [k.get("diffusion_b_value") for k in keys]),
    ("acq", lambda slices, keys: [k.get("acquisition_number") for k in keys]),
    ("temporal", lambda slices, keys: [k.get("temporal_position") for k in keys]),
    ("type", lambda slices, keys: [k.get("image_type") or None for k in keys]),
)


def _label_part(name: str, value: Any) -> str:
    if value is None:
        return f"{name}=none"
    if name == "plane":
        return f"plane={value[1]}"
    if name == "echo" and isinstance(value, float):
        return f"te={_number(value)}"
    if isinstance(value, int | float):
        return f"{name}={_number(value)}"
    return f"{name}={value}"


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, tuple):
        return (1, value[0])
    return (1, value) if isinstance(value, int | float) else (2, str(value))


def _partition(columns: list[tuple[str, list[Any]]], n: int) -> list[Stack]:
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i in range(n):
        groups.setdefault(tuple(values[i] for _, values in columns), []).append(i)
    ordered = sorted(groups, key=lambda key: tuple(_sort_key(v) for v in key))
    return [Stack(",".join(_label_part(name, v) for (name, _), v in zip(columns, key, strict=True)),
                  tuple(groups[key])) for key in ordered]


def _flags(slices: Sequence[SliceGeometry], stack: Stack) -> set[str]:
    return set(analyze_series([slices[i] for i in stack.indices], min_slices=1).flags)


def split_stacks(slices: Sequence[SliceGeometry], keys: Sequence[Mapping[str, Any]],
                 *, min_slices: int = MIN_SLICES) -> list[Stack]:
    """The stacks of one series' images; `keys[i]` holds image i's dicom_index values (echo_number,
    echo_time, diffusion_b_value, acquisition_number, temporal_position, image_type)."""
    if len(slices) != len(keys):
        raise ValueError(f"keys must have one entry per slice: {len(keys)} keys for {len(slices)} slices")
    whole = Stack("", tuple(range(len(slices))))
    flags = set(analyze_series(slices, min_slices=min_slices).flags)
    if not flags & SPLITTABLE_FLAGS or flags & {"multi_frame", "mixed_frames", "missing_position"}:
        return [whole]
    varying = [(name, values) for name, extract in LEVELS
               if len(set(values := extract(slices, keys))) > 1]
    separating: list[Stack] | None = None
    deepest: list[Stack] | None = None
    for depth in range(1, len(varying) + 1):
        stacks = _partition(varying[:depth], len(slices))
        if any(len(s.indices) < min_slices for s in stacks):
            continue
        stack_flags = [_flags(slices, s) for s in stacks]
        if not any(f & SPLITTABLE_FLAGS for f in stack_flags):
            return stacks
        if separating is None and not any(f & SEPARATING_FLAGS for f in stack_flags):
            separating = stacks
        deepest = stacks
    return separating or deepest or [whole]
