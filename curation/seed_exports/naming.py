"""CT-RATE's volume names, kept stable across re-exports.

CT-RATE names a volume `{split}_{patient}_{study}_{reconstruction}.nii.gz` (`train_12_a_1.nii.gz`): a patient
number per split, a study letter per patient, a reconstruction number per study. RadFinder derives the report
key by cutting the last `_` part and the patient by the first two parts, so the names carry that structure.
Numbers are handed out once and remembered in the export folder (`radcurate_names.json`), so a volume keeps its
name when exports are added and a trainer's caches stay valid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from curation.atomic import write_text_atomic

REGISTRY = "radcurate_names.json"
SPLIT_NAMES = {"train": "train", "validation": "valid", "test": "test"}


def study_letter(index: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'aa' (letters only: the name's parts are split on underscores)."""
    if index < 0:
        raise ValueError(f"study index must be >= 0, got {index}")
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


@dataclass
class CtRateNames:
    """Patient numbers per split, study letters per patient and reconstruction numbers per study."""

    patients: dict[str, dict] = field(default_factory=dict)
    next_number: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> CtRateNames:
        path = out_dir / REGISTRY
        if not path.is_file():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(patients=data["patients"], next_number=data["next_number"])

    def save(self, out_dir: Path) -> None:
        write_text_atomic(out_dir / REGISTRY, json.dumps({"patients": self.patients,
                                                          "next_number": self.next_number}, indent=1, sort_keys=True))

    def name(self, *, split: str, patient_pid: str, study_uid: str, volume_id: str) -> str:
        """The volume's CT-RATE name without extension, handing out new numbers where needed."""
        if split not in SPLIT_NAMES.values():
            raise ValueError(f"split must be one of {sorted(SPLIT_NAMES.values())}, got {split!r}")
        patient = self.patients.get(patient_pid)
        if patient is None or patient["split"] != split:
            number = self.next_number.get(split, 1)
            self.next_number[split] = number + 1
            patient = self.patients[patient_pid] = {"split": split, "number": number, "studies": {}}
        studies = patient["studies"]
        if study_uid not in studies:
            studies[study_uid] = {"letter": study_letter(len(studies)), "volumes": {}}
        volumes = studies[study_uid]["volumes"]
        if volume_id not in volumes:
            volumes[volume_id] = len(volumes) + 1
        return f"{split}_{patient['number']}_{studies[study_uid]['letter']}_{volumes[volume_id]}"
