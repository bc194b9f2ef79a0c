"""The scorer's weights: a sparse vector over the hashed feature space, stored as `weights.npz`
(indices, float32 values, the feature-space bits and the training config's digest)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from curation.snippets.refscore.candidates import Reading
from curation.snippets.refscore.features import BITS, DIM, ReadingKey, own_index, reading_key

WEIGHTS = Path(__file__).with_name("weights.npz")


@dataclass(frozen=True)
class RefModel:
    """Dense weights (float32, length 2**BITS); a reading's score is the sum of its features' weights. `trust`: how
    far the model's best reading must score above the grammar's choice (its own reading in the group, or none where
    it gave none) to replace it (0: the best reading wins); `trust_study`: the same for a reading of the other study
    than the grammar's reading (its prior flag flipped), where a wrong flip costs a hit and adds a false one."""

    weights: np.ndarray
    config: str = ""
    trust: float = 0.0
    trust_study: float = 0.0
    _own: dict = field(default_factory=dict, compare=False, repr=False)  # reading key -> own-feature score
    _own_raw: dict = field(default_factory=dict, compare=False, repr=False)  # see reading_score

    def __post_init__(self) -> None:
        if self.weights.shape != (DIM,):
            raise ValueError(f"weights must have shape ({DIM},), not {self.weights.shape}")
        for name in ("trust", "trust_study"):
            value = getattr(self, name)
            if not np.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number >= 0, not {value}")

    def score(self, index: np.ndarray) -> float:
        return float(self.weights[index].sum())

    def own_score(self, key: ReadingKey) -> float:
        """The score of a reading's own features (`features.own_index`), cached per reading key."""
        if key not in self._own:
            self._own[key] = self.score(own_index(key))
        return self._own[key]

    def reading_score(self, reading: Reading) -> float:
        """`own_score` of the reading's key, remembered per (source, flip, form, study, series, images): decide's
        hot path, without building the key (the memo is cleared when it grows past 2**16 readings)."""
        span = reading.span
        raw = (reading.source, reading.flipped, span.form, span.prior, span.series, span.images)
        score = self._own_raw.get(raw)
        if score is None:
            if len(self._own_raw) >= 1 << 16:
                self._own_raw.clear()
            score = self._own_raw[raw] = self.own_score(reading_key(reading))
        return score

    def save(self, path: Path) -> None:
        """Write the nonzero weights; the zip members carry a fixed date, so the same weights give the same bytes."""
        nz = np.flatnonzero(self.weights).astype(np.int32)
        arrays = {"index": nz, "value": self.weights[nz].astype(np.float32), "bits": np.array(BITS, dtype=np.int32),
                  "config": np.array(self.config), "trust": np.array(self.trust, dtype=np.float64),
                  "trust_study": np.array(self.trust_study, dtype=np.float64)}
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
            trust = [float(data[k]) if k in data else 0.0 for k in ("trust", "trust_study")]
            return cls(weights, str(data["config"]), *trust)
