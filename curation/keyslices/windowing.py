"""Display windows for CT (HU) and percentile normalisation for MR, to 8-bit grey or RefRad2D channels.

CT windows are (width, level) in HU. The RefRad2D encoding stacks three windows of one slice (lung,
soft tissue, brain) as channels, either 0..255 for PNGs or [-1, 1] floats for a model input. MR has no
absolute scale, so it is normalised between the 0.5th and 99.5th percentile of the whole volume (one
mapping for every slice of a volume, so neighbouring slices keep their relative brightness).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Window:
    """A CT display window in HU."""

    name: str
    width: float
    level: float

    def __post_init__(self) -> None:
        if self.width <= 0:
            raise ValueError(f"window {self.name!r}: width must be > 0, got {self.width}")

    @property
    def low(self) -> float:
        return self.level - self.width / 2

    @property
    def high(self) -> float:
        return self.level + self.width / 2


CT_WINDOWS: dict[str, Window] = {w.name: w for w in (
    Window("lung", 2250.0, -100.0),
    Window("soft_tissue", 350.0, 40.0),
    Window("bone", 2000.0, 500.0),
    Window("brain", 80.0, 40.0),
)}
REFRAD_CHANNELS = ("lung", "soft_tissue", "brain")
MR_PERCENTILES = (0.5, 99.5)
MR_WINDOW = "mr_percentile"
REFRAD_WINDOW = "refrad_3ch"


def ct_window(name: str) -> Window:
    try:
        return CT_WINDOWS[name]
    except KeyError:
        raise ValueError(f"unknown CT window {name!r}; known: {sorted(CT_WINDOWS)}") from None


def window_unit(hu: np.ndarray, window: Window) -> np.ndarray:
    """HU -> [0, 1] float32 through `window` (clipped)."""
    return np.clip((hu.astype(np.float32) - window.low) / window.width, 0.0, 1.0)


def to_uint8(unit: np.ndarray) -> np.ndarray:
    return np.rint(unit * 255.0).astype(np.uint8)


def apply_window(hu: np.ndarray, name: str) -> np.ndarray:
    """An 8-bit grey image of HU values through the named CT window."""
    return to_uint8(window_unit(hu, ct_window(name)))


def refrad_channels(hu: np.ndarray, *, as_unit_range: bool = False) -> np.ndarray:
    """(rows, cols, 3): lung, soft tissue, brain windows; uint8 0..255, or float32 in [-1, 1]."""
    stacked = np.stack([window_unit(hu, CT_WINDOWS[n]) for n in REFRAD_CHANNELS], axis=-1)
    return (stacked * 2.0 - 1.0).astype(np.float32) if as_unit_range else to_uint8(stacked)


def percentile_bounds(volume: np.ndarray, percentiles: tuple[float, float] = MR_PERCENTILES) -> tuple[float, float]:
    """The (low, high) intensities of an MR volume at the given percentiles."""
    lo_pct, hi_pct = percentiles
    if not 0.0 <= lo_pct < hi_pct <= 100.0:
        raise ValueError(f"percentiles must satisfy 0 <= low < high <= 100, got {percentiles}")
    low, high = np.percentile(np.asarray(volume, dtype=np.float32), [lo_pct, hi_pct])
    return float(low), float(high)


def normalise_mr(image: np.ndarray, bounds: tuple[float, float]) -> np.ndarray:
    """MR intensities -> uint8 between the volume's percentile bounds."""
    low, high = bounds
    span = high - low if high > low else 1.0
    return to_uint8(np.clip((image.astype(np.float32) - low) / span, 0.0, 1.0))
