"""Datasets over the released shards (`dataset/data/<config>/<split>-*.parquet`).

Two views for the CT model: report-volume pairs (contrastive + disease labels) and snippet pairs
(snippet text, volume, depth cell). Volumes are prepared once per volume_id and kept in memory,
since one volume serves several reports and snippets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from training.config import CTClipConfig
from training.prompts import row_labels
from training.volume import PreparedVolume, prepare_volume, referenced_depth_mm

SPLITS = ("train", "validation", "test")


def read_split(release: Path, config: str, split: str) -> pa.Table | None:
    """All shards of one config and split, or None when the release has none."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} must be one of {SPLITS}")
    files = sorted((release / "data" / config).glob(f"{split}-*.parquet"))
    tables = [pq.read_table(f) for f in files]
    tables = [t for t in tables if t.num_rows]
    return pa.concat_tables(tables) if tables else None


def report_text(row: dict) -> str:
    """The text the model reads: the original (German or English), else the translation."""
    return row.get("text") or row.get("text_en") or ""


@dataclass(frozen=True)
class ReportVolumeItem:
    volume_id: str
    text: str
    labels: list[int]
    label_mask: list[int]  # 0 where the label is unanswered (abdomen not imaged)


@dataclass(frozen=True)
class SnippetItem:
    volume_id: str
    snippet: str
    depth_mm: float
    cell: int


class VolumeCache:
    """Prepared crops by volume_id (paths relative to the release root)."""

    def __init__(self, release: Path, config: CTClipConfig) -> None:
        self.release = release
        self.config = config
        self._cache: dict[str, PreparedVolume] = {}

    def get(self, volume_id: str, volume_path: str, modality: str) -> PreparedVolume:
        if volume_id not in self._cache:
            path = self.release / volume_path
            if not path.is_file():
                raise ValueError(f"volume {volume_id}: file missing from the release")
            c = self.config
            self._cache[volume_id] = prepare_volume(path, modality, spacing_mm=c.spacing_mm, crop=c.crop,
                                                    hu_min=c.hu_min, hu_max=c.hu_max)
        return self._cache[volume_id]

    def __getitem__(self, volume_id: str) -> PreparedVolume:
        return self._cache[volume_id]


def report_volume_items(release: Path, split: str, volumes: VolumeCache) -> list[ReportVolumeItem]:
    table = read_split(release, "report_volume_pairs", split)
    items: list[ReportVolumeItem] = []
    for row in [] if table is None else table.to_pylist():
        if not row.get("volume_path") or not row.get("volume_id"):
            continue
        volumes.get(row["volume_id"], row["volume_path"], row.get("modality") or "CT")
        text = report_text(row)
        items.append(ReportVolumeItem(row["volume_id"], text, *row_labels(row, text)))
    return items


DEPTH_STATUSES = ("resolved", "non_axial")


def snippet_items(release: Path, split: str, volumes: VolumeCache) -> tuple[list[SnippetItem], int]:
    """Snippets with a depth (resolved, or non-axial with a bounded z) whose referenced slice lies inside the
    crop; also the number dropped. A row without depth_mm (a coronal image through the whole volume, a
    prior-study reference) is no localization target and is not read at all."""
    table = read_split(release, "snippet_pairs", split)
    items: list[SnippetItem] = []
    dropped = 0
    cell_mm = volumes.config.cell_mm
    for row in [] if table is None else table.to_pylist():
        if row.get("status") not in DEPTH_STATUSES or row.get("depth_mm") is None or not row.get("volume_id") \
                or not row.get("volume_path"):
            continue
        volume = volumes.get(row["volume_id"], row["volume_path"], row.get("modality") or "CT")
        depth = referenced_depth_mm(volume, row.get("ref_shape"), row.get("ref_affine"), row.get("depth_mm"))
        if depth is None or not 0.0 <= depth < volume.valid_depth_mm:
            dropped += 1
            continue
        cell = min(volumes.config.n_cells - 1, math.floor(depth / cell_mm))
        text = row.get("snippet") or row.get("snippet_en") or ""
        items.append(SnippetItem(row["volume_id"], text, depth, cell))
    return items, dropped
