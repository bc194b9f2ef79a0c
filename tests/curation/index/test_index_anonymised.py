"""Anonymised and test data as packages ship it: empty PatientID, placeholder names, codes in private tags."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from curation.deid.dicom.values import parse_da_prefix
from curation.index.build import reclean_descriptions
from curation.index.phi import PhiCollector, name_variants
from curation.index.reader import QUARANTINE_REASONS, IndexRow, patient_key, read_file
from curation.keys import Pseudonymizer
from tests.curation.index.index_dicom_files import STUDY_UID, ct_dataset, write


def _row(ds, tmp_path: Path, name: str, pseudonymizer: Pseudonymizer) -> tuple[IndexRow, PhiCollector]:
    phi = PhiCollector()
    row = read_file(write(ds, tmp_path / name), name, "exp_t", pseudonymizer, phi)
    assert isinstance(row, IndexRow), row
    return row, phi


def test_patient_key_fallbacks_are_domain_separated() -> None:
    assert patient_key("PAT1", "Doe^John", "19600101", "1.2.3") == "PAT1"
    assert patient_key("", "Doe^John", "19600101", "1.2.3") == "name+birth:Doe^John|19600101"
    assert patient_key(None, "Doe^John", None, "1.2.3") == "study:1.2.3"
    assert patient_key("  ", "", "", "1.2.3") == "study:1.2.3"
    assert patient_key(None, None, None, None) is None


def test_image_without_patient_id_is_indexed_with_fallback_pseudonym(tmp_path: Path,
                                                                     pseudonymizer: Pseudonymizer) -> None:
    with_name = ct_dataset(1, patient_id="")
    row, phi = _row(with_name, tmp_path, "a", pseudonymizer)
    assert row.role == "image"
    assert row.patient_pid == pseudonymizer.patient_pid("name+birth:Müller^Anna|19560312")
    assert row.study_date == dt.date(2024, 1, 17) + dt.timedelta(days=pseudonymizer.date_shift_days(row.patient_pid))
    assert "Müller" in phi.patients()[0].names                 # PHI still collected for the vault
    anonymous = ct_dataset(2, patient_id="")
    del anonymous.PatientName, anonymous.PatientBirthDate
    row2, _ = _row(anonymous, tmp_path, "b", pseudonymizer)
    assert row2.patient_pid == pseudonymizer.patient_pid("study:" + STUDY_UID)
    assert row2.patient_pid != row.patient_pid


def test_placeholder_and_code_words_are_not_names() -> None:
    assert "Dicom" not in name_variants("R3.2.2 Enhanced Dicom Phantom")
    assert "R3.2.2 Enhanced" in name_variants("R3.2.2 Enhanced Dicom Phantom")
    assert name_variants("Last Name^First Name") == []
    assert "Perfusion" not in name_variants("Perfusion^MCA Stroke", frozenset({"PERFUSION", "DERIVED"}))
    assert {"Müller", "Anna"} <= set(name_variants("Müller^Anna", frozenset({"AXIAL"})))


def test_private_copy_of_a_code_string_is_not_phi_and_fillers_dropped(tmp_path: Path,
                                                                      pseudonymizer: Pseudonymizer) -> None:
    ds = ct_dataset()
    ds.BodyPartExamined = "WHOLE BODY"
    ds.add_new(0x00291010, "LO", "WHOLE BODY")
    ds.add_new(0x00291011, "LO", "Privatname Zeller")
    ds.DeviceSerialNumber = "00000"
    _, phi = _row(ds, tmp_path, "c", pseudonymizer)
    (patient,) = phi.patients()
    assert "Privatname Zeller" in patient.other and "WHOLE BODY" not in patient.other
    assert "00000" not in patient.other and "CTSTATION01" in patient.other


def test_descriptions_recleaned_with_export_wide_site_phrases(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    a = ct_dataset(1, patient_id="PA")
    a.InstitutionName = "OFFIS"
    b = ct_dataset(2, patient_id="PB", name="Schmidt^Eva")
    b.StudyDescription = "OFFIS Structured Reporting"
    phi = PhiCollector()
    rows = [read_file(write(ds, tmp_path / n), n, "exp_t", pseudonymizer, phi) for n, ds in (("b", b), ("a", a))]
    assert rows[0].study_description == "OFFIS Structured Reporting"   # b's own dictionary lacks it
    cleaned = reclean_descriptions(rows, phi)
    assert cleaned[0].study_description == "Structured Reporting"


def test_quarantine_reasons_name_no_tag_numbers(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    ds = ct_dataset()
    del ds.Columns
    outcome = read_file(write(ds, tmp_path / "x"), "x", "exp_t", pseudonymizer, PhiCollector())
    assert outcome.reason_code in QUARANTINE_REASONS
    assert outcome.reason == f"missing_tag: file {pseudonymizer.file_id('x')} is an image without Columns"


def test_parse_da_prefix_reads_da_and_dt() -> None:
    assert parse_da_prefix("20240117") == dt.date(2024, 1, 17)
    assert parse_da_prefix("2024.01.17") == dt.date(2024, 1, 17)
    assert parse_da_prefix("20240117123000.5+0100") == dt.date(2024, 1, 17)
    assert parse_da_prefix("2024") is None and parse_da_prefix(None) is None and parse_da_prefix("20241317") is None
