"""Link each report to its study: accession, else study UID, else (reports without an accession
only) patient + date within a window.

All keys are compared in pseudonymized form (the dicom_index holds only pseudonyms and shifted dates):
the report's raw accession / UID / patient id is pseudonymized with the same keyed functions the index
used, and its date is shifted by the same per-patient shift. Unlinked reports are kept and counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from curation.keys import Pseudonymizer
from curation.reports.load import RawReport

LINK_STATUSES = ("linked_accession", "linked_study_uid", "linked_patient_date", "unlinked")
DEFAULT_WINDOW_DAYS = 3


@dataclass(frozen=True)
class StudyKey:
    """One study as the dicom_index knows it (pseudonymized; study_date already shifted)."""

    patient_pid: str
    study_uid: str
    accession_pid: str | None
    study_date: dt.date | None


@dataclass(frozen=True)
class Link:
    """Where a report belongs. patient_pid may be known (from its own patient id) even when unlinked."""

    status: str
    patient_pid: str | None
    study_uid: str | None
    accession_pid: str | None
    report_date_shifted: dt.date | None


def studies_from_rows(rows: Iterable[Mapping[str, object]]) -> list[StudyKey]:
    """Distinct studies from dicom_index rows (patient_pid, study_uid, accession_pid, study_date)."""
    seen: dict[str, StudyKey] = {}
    for row in rows:
        uid = row.get("study_uid")
        pid = row.get("patient_pid")
        if not uid or not pid or uid in seen:
            continue
        seen[str(uid)] = StudyKey(str(pid), str(uid), row.get("accession_pid") or None,  # type: ignore[arg-type]
                                  row.get("study_date"))  # type: ignore[arg-type]
    return sorted(seen.values(), key=lambda s: s.study_uid)


class ReportLinker:
    """Indexes the studies of an export once; `link` then answers per report."""

    def __init__(self, studies: Iterable[StudyKey], pseudonymizer: Pseudonymizer,
                 window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        if window_days < 0:
            raise ValueError("window_days must be >= 0")
        self.pseudonymizer = pseudonymizer
        self.window_days = window_days
        self.by_accession: dict[str, StudyKey] = {}
        self.by_uid: dict[str, StudyKey] = {}
        self.by_patient: dict[str, list[StudyKey]] = {}
        for study in studies:
            if study.accession_pid:
                self.by_accession.setdefault(study.accession_pid, study)
            self.by_uid.setdefault(study.study_uid, study)
            self.by_patient.setdefault(study.patient_pid, []).append(study)

    def _shifted(self, report: RawReport, patient_pid: str | None) -> dt.date | None:
        if report.report_date is None or patient_pid is None:
            return None
        return self.pseudonymizer.shift_date(report.report_date, patient_pid)

    def _linked(self, status: str, study: StudyKey, report: RawReport, accession_pid: str | None) -> Link:
        return Link(status, study.patient_pid, study.study_uid, study.accession_pid or accession_pid,
                    self._shifted(report, study.patient_pid))

    def link(self, report: RawReport) -> Link:
        p = self.pseudonymizer
        accession_pid = p.accession_pid(report.accession) if report.accession else None
        if accession_pid and accession_pid in self.by_accession:
            return self._linked("linked_accession", self.by_accession[accession_pid], report, accession_pid)
        if report.study_uid:
            study = self.by_uid.get(p.uid(report.study_uid))
            if study is not None:
                return self._linked("linked_study_uid", study, report, accession_pid)
        patient_pid = p.patient_pid(report.patient_id) if report.patient_id else None
        shifted = self._shifted(report, patient_pid)
        # An accession that matches no study names another exam (e.g. a radiograph that was not exported):
        # the same patient's CT of that day is then not this report's study.
        if patient_pid and shifted is not None and accession_pid is None:
            candidates = [(abs((s.study_date - shifted).days), s.study_uid, s)
                          for s in self.by_patient.get(patient_pid, []) if s.study_date is not None
                          and abs((s.study_date - shifted).days) <= self.window_days]
            if candidates:
                return self._linked("linked_patient_date", min(candidates)[2], report, accession_pid)
        return Link("unlinked", patient_pid, None, accession_pid, shifted)
