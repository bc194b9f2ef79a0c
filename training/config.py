"""Model and training configs: one dataclass, named presets (`tiny` for CPU tests, `base` for GPUs).

A config is chosen by name (a preset, or a JSON/YAML file shipped in `training/configs/`) or by a path
to such a file, so the same job code runs a seconds-long CPU test and a real GPU run.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).with_name("configs")


@dataclass(frozen=True)
class CTClipConfig:
    """Sizes and optimisation settings of the 3D CT vision-language model.

    The volume is resampled to `spacing_mm` (x, y, z) and cropped/padded to `crop` voxels (x, y, z),
    top-aligned in z so that depth 0 is the superior edge. A depth cell is `cell_slices` resampled slices
    (RadFinder: 4 x 3 mm = 12 mm).
    """

    name: str
    spacing_mm: tuple[float, float, float]
    crop: tuple[int, int, int]
    cell_slices: int
    image_channels: tuple[int, ...]
    text_buckets: int
    text_dim: int
    text_layers: int
    text_max_tokens: int
    proj_dim: int
    batch_size: int
    lr: float
    weight_decay: float = 1e-4
    prompt_weight: float = 0.5
    depth_weight: float = 1.0
    hu_min: float = -1000.0
    hu_max: float = 1000.0
    seed: int = 0

    def __post_init__(self) -> None:
        if len(self.spacing_mm) != 3 or min(self.spacing_mm) <= 0:
            raise ValueError(f"spacing_mm must be three positive millimetre values, got {self.spacing_mm}")
        if len(self.crop) != 3 or min(self.crop) < 4:
            raise ValueError(f"crop must be three voxel counts >= 4, got {self.crop}")
        if self.cell_slices < 1 or self.crop[2] % self.cell_slices:
            raise ValueError(f"cell_slices {self.cell_slices} must divide the z crop {self.crop[2]}")
        if not self.image_channels:
            raise ValueError("image_channels must name at least one convolution stage")
        if self.proj_dim < 2 or self.batch_size < 2:
            raise ValueError("proj_dim and batch_size must be >= 2 (the pairwise loss needs negatives)")

    @property
    def cell_mm(self) -> float:
        """Height of one depth cell in millimetres."""
        return self.cell_slices * self.spacing_mm[2]

    @property
    def n_cells(self) -> int:
        return self.crop[2] // self.cell_slices

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CTClipConfig:
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"config has unknown keys {sorted(unknown)}")
        values = dict(raw)
        for key in ("spacing_mm", "crop", "image_channels"):
            if key in values:
                values[key] = tuple(values[key])
        return cls(**values)


PRESETS: dict[str, CTClipConfig] = {
    "tiny": CTClipConfig(name="tiny", spacing_mm=(8.0, 8.0, 6.0), crop=(32, 32, 16), cell_slices=2,
                         image_channels=(8, 16), text_buckets=4096, text_dim=32, text_layers=0,
                         text_max_tokens=64, proj_dim=32, batch_size=4, lr=3e-3),
    "base": CTClipConfig(name="base", spacing_mm=(0.75, 0.75, 3.0), crop=(384, 384, 128), cell_slices=4,
                         image_channels=(32, 64, 128, 256, 512), text_buckets=262_144, text_dim=512,
                         text_layers=4, text_max_tokens=256, proj_dim=512, batch_size=8, lr=1e-4),
}


def _read(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        import yaml

        return yaml.safe_load(text)
    return json.loads(text)


def load_config(name_or_path: str) -> CTClipConfig:
    """A preset by name, a file in training/configs/ by stem, or a JSON/YAML file by path.

    A file may say `extends: <preset>` and override only some keys.
    """
    if not name_or_path:
        raise ValueError("config: give a preset name (tiny, base) or a JSON/YAML path")
    if name_or_path in PRESETS:
        return PRESETS[name_or_path]
    path = Path(name_or_path)
    if not path.is_file():
        shipped = [p for p in CONFIG_DIR.glob(f"{name_or_path}.*") if p.suffix in (".json", ".yaml", ".yml")]
        if not shipped:
            raise ValueError(f"config {name_or_path!r}: not a preset ({sorted(PRESETS)}) nor a file")
        path = shipped[0]
    raw = _read(path)
    base = raw.pop("extends", None)
    merged = (PRESETS[base].to_dict() if base else {}) | raw
    merged.setdefault("name", path.stem)
    return CTClipConfig.from_dict(merged)
