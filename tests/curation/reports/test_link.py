"""Linking: accession, else study UID, else patient + date window; unlinked kept."""

from __future__ import annotations

import datetime as dt

import pytest

from curation.reports.link import ReportLinker, StudyKey
from curation.reports.load import RawReport


def _report(**kw) -> RawReport:
    base = dict(file_id="F", relative_path="r.csv", row_number=1, text="t", accession=None, patient_id=None,
                study_uid=None, report_date=None, language="de")
    return RawReport(**(base | kw))


@pytest.fixture
def linker(pseudonymizer) -> ReportLinker:
    p = pseudonymizer
    pid = p.patient_pid("PAT1")
    study_day = p.shift_date(dt.date(2024, 1, 17), pid)
    studies = [StudyKey(pid, p.uid("1.2.3"), p.accession_pid("ACC1"), study_day),
               StudyKey(pid, p.uid("1.2.4"), None, p.shift_date(dt.date(2024, 6, 1), pid))]
    return ReportLinker(studies, p, window_days=3)


def test_link_by_accession(linker, pseudonymizer):
    link = linker.link(_report(accession="acc1 ", study_uid="9.9", report_date=dt.date(2024, 1, 17)))
    assert link.status == "linked_accession"
    assert link.study_uid == pseudonymizer.uid("1.2.3")
    assert link.report_date_shifted == pseudonymizer.shift_date(dt.date(2024, 1, 17), link.patient_pid)


def test_link_by_study_uid(linker, pseudonymizer):
    link = linker.link(_report(accession="UNKNOWN", study_uid="1.2.4"))
    assert (link.status, link.study_uid) == ("linked_study_uid", pseudonymizer.uid("1.2.4"))
    assert link.accession_pid == pseudonymizer.accession_pid("UNKNOWN")


def test_link_by_patient_and_date_window(linker, pseudonymizer):
    link = linker.link(_report(patient_id="PAT1", report_date=dt.date(2024, 6, 3)))
    assert (link.status, link.study_uid) == ("linked_patient_date", pseudonymizer.uid("1.2.4"))


def test_unlinked_outside_window_keeps_patient(linker, pseudonymizer):
    link = linker.link(_report(patient_id="PAT1", report_date=dt.date(2024, 6, 10)))
    assert link.status == "unlinked" and link.study_uid is None
    assert link.patient_pid == pseudonymizer.patient_pid("PAT1")
    assert linker.link(_report()).status == "unlinked"


def test_window_validated(pseudonymizer):
    with pytest.raises(ValueError, match="window_days"):
        ReportLinker([], pseudonymizer, window_days=-1)


def test_unknown_accession_never_falls_back_to_patient_date(linker):
    link = linker.link(_report(accession="XR-OTHER", patient_id="PAT1", report_date=dt.date(2024, 6, 1)))
    assert link.status == "unlinked"
