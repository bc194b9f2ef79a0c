"""Patient-level splits that never move a patient.

A patient's split is a pure function of its pseudonym and the ratios: adding exports never moves
anyone, and no patient can appear in two splits because every row of a patient gets the same answer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_RATIOS: dict[str, float] = {"train": 0.8, "validation": 0.1, "test": 0.1}


@dataclass(frozen=True)
class SplitPolicy:
    """Ratios per split name (in the order given) and a salt to draw a different, equally stable split."""

    ratios: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RATIOS))
    salt: str = "radcurate-split-v1"

    def __post_init__(self) -> None:
        if not self.ratios:
            raise ValueError("ratios must name at least one split")
        if any(r < 0 for r in self.ratios.values()):
            raise ValueError(f"ratios must be >= 0, got {dict(self.ratios)}")
        total = sum(self.ratios.values())
        if abs(total - 1.0) > 1e-9:
            raise ValueError(f"ratios must sum to 1, got {total}")
        for name in self.ratios:
            if not name.replace("_", "").isalnum():
                raise ValueError(f"split name {name!r} must be letters, digits or '_'")

    def split_of(self, patient_pid: str) -> str:
        """The split of one patient: a uniform draw from its pseudonym, mapped on cumulative ratios."""
        if not patient_pid:
            raise ValueError("patient_pid is empty: rows without a patient cannot be split")
        digest = hashlib.sha256(f"{self.salt}\x1f{patient_pid}".encode()).digest()
        u = int.from_bytes(digest[:8], "big") / 2**64
        cumulative = 0.0
        names = list(self.ratios)
        for name in names:
            cumulative += self.ratios[name]
            if u < cumulative:
                return name
        return names[-1]
