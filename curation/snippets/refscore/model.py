"""The scorer's weights: a sparse vector over the hashed feature space, stored as `weights.npz`
(indices, float32 values, the feature-space bits and the training config's digest)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from curation.snippets.refscore.features import BITS, DIM, ReadingKey, own_index

WEIGHTS = Path(__file__).with_name("weights.npz")


@dataclass(frozen=True)
class RefModel:
    """Dense weights (float32, length 2**BITS); a reading's score is the sum of its features' weights."""

    weights: np.ndarray
    config: str = ""
    _own: dict = field(default_factory=dict, compare=False, repr=False)  # reading key -> own-feature score

    def __post_init__(self) -> None:
        if self.weights.shape != (DIM,):
            raise ValueError(f"weights must have shape ({DIM},), not {self.weights.shape}")

    def score(self, index: np.ndarray) -> float:
        return float(self.weights[index].sum())

    def own_score(self, key: ReadingKey) -> float:
        """The score of a reading's own features (`features.own_index`), cached per reading key."""
        if key not in self._own:
            self._own[key] = self.score(own_index(key))
        return self._own[key]

    def save(self, path: Path) -> None:
        """Write the nonzero weights; the zip members carry a fixed date, so the same weights give the same bytes."""
        nz = np.flatnonzero(self.weights).astype(np.int32)
        arrays = {"index": nz, "value": self.weights[nz].astype(np.float32), "bits": np.array(BITS, dtype=np.int32),
                  "config": np.array(self.config)}
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, array in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, array, allow_pickle=False)
                zf.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), buf.getvalue(),
                            compress_type=zipfile.ZIP_DEFLATED)

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> RefModel:
        with np.load(path) as data:
            if int(data["bits"]) != BITS:
                raise ValueError(f"{path.name} was built for {int(data['bits'])} feature bits, this code uses {BITS}")
            weights = np.zeros(DIM, dtype=np.float32)
            weights[data["index"]] = data["value"]
            return cls(weights, str(data["config"]))
