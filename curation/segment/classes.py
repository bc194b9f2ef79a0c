"""The merged CT+MR class schema (RefRad2D's 121 classes), plus the threshold segmenter's own few classes.

Ids 1..117 are TotalSegmentator's `total` ids; `total_mr` classes with a CT name reuse the CT id; the
MR-only lung_left, lung_right, intervertebral_discs, vertebrae are 118..121, as in RadGrounder's
merged_label_map.json. The table is frozen in `classes_121.json` (built by `build_classes.py`), so this
module never imports totalsegmentator.

The threshold segmenter finds structures that are not TotalSegmentator classes (body outline, bone,
air); they get ids from 200 up, so a label map never confuses them with the 121-class schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FROZEN_PATH = Path(__file__).with_name("classes_121.json")
N_MERGED = 121
THRESHOLD_BASE_ID = 200


@dataclass(frozen=True)
class StructureClass:
    """One label of a label map: its id, machine name and display names."""

    class_id: int
    name: str
    name_en: str
    name_de: str
    in_ct: bool
    in_mr: bool
    merged: bool  # True for the 121-class schema, False for threshold-only classes (ids >= 200)


# Threshold-only classes: found by HU/intensity rules, not by TotalSegmentator.
THRESHOLD_CLASSES: tuple[StructureClass, ...] = (
    StructureClass(200, "body", "body", "Körper", True, True, False),
    StructureClass(201, "bone", "bone", "Knochen", True, False, False),
    StructureClass(202, "air_internal", "air inside the body", "Luft im Körper", True, False, False),
)


@cache
def merged_classes() -> tuple[StructureClass, ...]:
    """The 121 classes in id order."""
    data = json.loads(FROZEN_PATH.read_text(encoding="utf-8"))
    return tuple(StructureClass(merged=True, **row) for row in data["classes"])


@cache
def all_classes() -> dict[int, StructureClass]:
    """Every id a label map of any radcurate segmenter may contain (0 = background excluded)."""
    return {c.class_id: c for c in (*merged_classes(), *THRESHOLD_CLASSES)}


@cache
def _by_name() -> dict[str, StructureClass]:
    return {c.name: c for c in all_classes().values()}


def class_id(name: str) -> int:
    """The id of a structure name ('liver' -> 5, 'lung_left' -> 118, 'body' -> 200)."""
    try:
        return _by_name()[name].class_id
    except KeyError:
        raise ValueError(f"unknown structure name {name!r}") from None


def class_name(cid: int) -> str:
    """The structure name of an id; ValueError for an id no segmenter emits."""
    try:
        return all_classes()[int(cid)].name
    except KeyError:
        raise ValueError(f"unknown class id {cid}") from None


def structure(name_or_id: str | int) -> StructureClass:
    """The class record by name or id."""
    return all_classes()[class_id(name_or_id)] if isinstance(name_or_id, str) else all_classes()[int(name_or_id)]


def ts_name_to_merged_id(task: str) -> dict[str, int]:
    """TotalSegmentator label name -> merged id for task 'total' (CT) or 'total_mr' (MR)."""
    if task not in ("total", "total_mr"):
        raise ValueError(f"task must be 'total' or 'total_mr', got {task!r}")
    flag = "in_ct" if task == "total" else "in_mr"
    return {c.name: c.class_id for c in merged_classes() if getattr(c, flag)}
