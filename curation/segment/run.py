"""Segment the volumes of one export: label map NIfTI per volume + rows of the segmentations table.

Incremental: a volume is skipped when its label map exists and the previous rows carry the same
volume content_sha256 and segmenter version. Every segmented volume has at least one row (class 0,
"background", when nothing was found) so that its key survives. A failing volume is counted and
listed by volume_id, not fatal (as in RefRad2D).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from curation.paths import DataPaths
from curation.segment.classes import all_classes
from curation.segment.protocol import Segmenter

log = logging.getLogger(__name__)


@dataclass
class SegmentRunStats:
    """Counts for the asset's metadata."""

    segmented: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0


def label_path(paths: DataPaths, export_id: str, volume_id: str, segmenter_name: str) -> Path:
    """Where a volume's label map lives (contract: segmentations/<export_id>/<volume_id>.<segmenter>.nii.gz)."""
    return paths.segmentations_dir / export_id / f"{volume_id}.{segmenter_name}.nii.gz"


def save_label_map(labels: np.ndarray, affine: np.ndarray, path: Path) -> None:
    """Write a uint8/uint16 label NIfTI atomically (temporary sibling, then rename)."""
    import nibabel as nib

    path.parent.mkdir(parents=True, exist_ok=True)
    dtype = np.uint8 if labels.max(initial=0) < 256 else np.uint16
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", suffix=".nii.gz", dir=path.parent)
    os.close(fd)
    try:
        image = nib.Nifti1Image(labels.astype(dtype), affine)
        image.header.set_intent("label")
        nib.save(image, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def structure_rows(labels: np.ndarray) -> list[dict[str, Any]]:
    """Per present class: voxel count and 3D box (i0, j0, k0, i1, j1, k1, inclusive); background if none."""
    from scipy import ndimage

    counts = np.bincount(labels.ravel().astype(np.int64))
    present = [int(c) for c in np.flatnonzero(counts) if c != 0]
    if not present:
        return [{"structure": "background", "class_id": 0, "voxel_count": int(counts[0]) if len(counts) else 0,
                 "bbox_ijk": [0, 0, 0, *(int(s) - 1 for s in labels.shape)]}]
    names = all_classes()
    slices = ndimage.find_objects(labels.astype(np.int32))
    rows = []
    for cid in present:
        box = slices[cid - 1]
        rows.append({"structure": names[cid].name if cid in names else f"label_{cid}", "class_id": cid,
                     "voxel_count": int(counts[cid]),
                     "bbox_ijk": [box[0].start, box[1].start, box[2].start,
                                  box[0].stop - 1, box[1].stop - 1, box[2].stop - 1]})
    return rows


def segment_export(paths: DataPaths, export_id: str, volumes: Sequence[Mapping[str, Any]], segmenter: Segmenter,
                   previous: Sequence[Mapping[str, Any]] = ()) -> tuple[list[dict[str, Any]], SegmentRunStats]:
    """Segment (or reuse) every volume of one export; returns the export's segmentations rows."""
    import time

    import nibabel as nib

    by_volume: dict[str, list[Mapping[str, Any]]] = {}
    for row in previous:
        by_volume.setdefault(row["volume_id"], []).append(row)
    stats = SegmentRunStats()
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    for volume in sorted(volumes, key=lambda v: v["volume_id"]):
        volume_id, sha = volume["volume_id"], volume.get("content_sha256")
        out = label_path(paths, export_id, volume_id, segmenter.name)
        old = by_volume.get(volume_id, [])
        if out.exists() and old and all(r["volume_sha256"] == sha and r["segmenter"] == segmenter.name
                                        and r["segmenter_version"] == segmenter.version for r in old):
            rows.extend(dict(r) for r in old)
            stats.skipped += 1
            continue
        try:
            volume_path = paths.data_dir / volume["path"]
            labels = segmenter.segment(volume_path, volume["modality"])
            affine = nib.load(str(volume_path)).affine
            save_label_map(labels, affine, out)
        except Exception as error:  # one bad volume must not stop the export
            log.warning("segmentation of volume %s failed: %s", volume_id, type(error).__name__)
            stats.failed.append(volume_id)
            continue
        stats.segmented += 1
        common = {"volume_id": volume_id, "export_id": export_id, "segmenter": segmenter.name,
                  "segmenter_version": segmenter.version, "label_path": paths.relative(out), "volume_sha256": sha}
        rows.extend({**common, **s} for s in structure_rows(labels))
    stats.seconds = time.perf_counter() - started
    return rows, stats
