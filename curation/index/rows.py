"""The two outcomes of indexing one file: a pseudonymized `IndexRow` or a PHI-free `QuarantineRow`.

Kept apart from the reading code so the build and chunk steps (and the tables) depend on the records
only, not on how a file is opened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STAGE = "index"
# Every index quarantine reason starts with one of these codes (then ": file <file_id> ...").
# The walk's codes (export_layout.SKIP_CODES) are entries never opened: dangling_link, link_loop,
# duplicate_link, special_file (FIFO, socket, device), unreadable (a folder that cannot be listed).
QUARANTINE_REASONS = frozenset({"empty", "not_dicom", "truncated", "unreadable", "missing_tag",
                                "dangling_link", "link_loop", "duplicate_link", "special_file"})


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One dicom_index row: pseudonymized identifiers, geometry and cleaned text only."""

    export_id: str
    file_id: str
    role: str
    excluded_reason: str | None = None
    patient_pid: str | None = None
    accession_pid: str | None = None
    study_uid: str | None = None
    series_uid: str | None = None
    sop_uid: str | None = None
    frame_of_reference_uid: str | None = None
    modality: str | None = None
    sop_class: str | None = None
    series_number: int | None = None
    instance_number: int | None = None
    image_position: tuple[float, ...] | None = None
    image_orientation: tuple[float, ...] | None = None
    pixel_spacing: tuple[float, ...] | None = None
    rows: int | None = None
    columns: int | None = None
    slice_thickness: float | None = None
    number_of_frames: int | None = None
    image_type: str | None = None
    patient_position: str | None = None
    body_part: str | None = None
    series_description: str | None = None
    study_description: str | None = None
    study_date: dt.date | None = None
    patient_sex: str | None = None
    patient_age_years: int | None = None
    transfer_syntax: str | None = None
    echo_number: int | None = None
    echo_time: float | None = None
    acquisition_number: int | None = None
    temporal_position: int | None = None
    diffusion_b_value: float | None = None

    def as_record(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class QuarantineRow:
    export_id: str
    file_id: str
    reason: str
    stage: str = STAGE
    # an unreadable file's likely series (the one series of the other images in its folder), so the
    # catalog can call that series incomplete instead of blaming its geometry
    series_uid: str | None = None

    def as_record(self) -> dict[str, object]:
        return {"export_id": self.export_id, "file_id": self.file_id, "stage": self.stage, "reason": self.reason,
                "series_uid": self.series_uid}

    @property
    def reason_code(self) -> str:
        return self.reason.split(":", 1)[0]


class Quarantined(Exception):
    """A file that cannot be indexed; the message is PHI-free by construction."""
