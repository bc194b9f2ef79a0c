import datetime as dt
from pathlib import Path

from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import EnhancedCTImageStorage

from curation.index.phi import PhiCollector
from curation.index.reader import IndexRow, QuarantineRow, age_years, read_file
from curation.keys import Pseudonymizer
from tests.curation.index.index_dicom_files import ACCESSION, PATIENT_ID, SERIES_UID, STUDY_UID, ct_dataset, write


def _read(path: Path, root: Path, pseudonymizer: Pseudonymizer) -> tuple[IndexRow | QuarantineRow, PhiCollector]:
    phi = PhiCollector()
    rel = path.relative_to(root).as_posix()
    return read_file(path, rel, "exp_test", pseudonymizer, phi), phi


def test_image_row_is_pseudonymized_with_true_geometry(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    path = write(ct_dataset(7, z_mm=-42.5), tmp_path / "MUELLER_ANNA_19560312" / "IM0007")
    row, _ = _read(path, tmp_path, pseudonymizer)
    assert isinstance(row, IndexRow)
    pid = pseudonymizer.patient_pid(PATIENT_ID)
    assert row.role == "image" and row.excluded_reason is None
    assert row.file_id == pseudonymizer.file_id("MUELLER_ANNA_19560312/IM0007")
    assert row.patient_pid == pid and row.accession_pid == pseudonymizer.accession_pid(ACCESSION)
    assert row.study_uid == pseudonymizer.uid(STUDY_UID) and row.study_uid.startswith("2.25.")
    assert row.series_uid == pseudonymizer.uid(SERIES_UID)
    assert row.image_position == (-120.0, -130.5, -42.5)
    assert row.image_orientation == (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)
    assert row.pixel_spacing == (0.75, 0.8) and row.slice_thickness == 5.0
    assert (row.rows, row.columns, row.number_of_frames) == (8, 8, 1)
    assert (row.series_number, row.instance_number, row.modality) == (3, 7, "CT")
    assert row.study_date == dt.date(2024, 1, 17) + dt.timedelta(days=pseudonymizer.date_shift_days(pid))
    assert row.patient_age_years == 67 and row.patient_sex == "F"
    assert row.series_description == "Thorax 5mm axial"   # the patient's first name dropped
    assert row.study_description == "CT Thorax"          # transliterated surname and birth date dropped


def test_phi_dictionary_collects_nested_private_and_variants(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    path = write(ct_dataset(), tmp_path / "a" / "IM1")
    _, phi = _read(path, tmp_path, pseudonymizer)
    (patient,) = phi.patients()
    assert patient.patient_pid == pseudonymizer.patient_pid(PATIENT_ID)
    assert {"Müller", "Mueller", "Anna", "Anna Müller", "Müller, Anna"} <= set(patient.names)
    assert {PATIENT_ID, "OTHERID9876"} <= set(patient.patient_ids)
    assert {"19560312", "12.03.1956", "12.03.56", "1956-03-12"} <= set(patient.birth_dates)
    assert patient.accessions == (ACCESSION,)
    assert {"Schäfer", "Schaefer", "Brandtner", "Krüger", "Oberhuber"} <= set(patient.physicians)
    assert "Klinikum Musterstadt" in patient.institutions
    assert "Hauptstraße 5, Musterstadt" in patient.addresses
    assert {"CTSTATION01", "SN4711", "+49 30 1234567", "Issuer Musterstadt", "Privatname Zeller"} <= set(patient.other)
    assert "ACME PRIVATE" not in patient.other  # a private creator names a vendor, not a person


def test_unreadable_files_are_quarantined_by_file_id(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    full = write(ct_dataset(), tmp_path / "full")
    cases = {"MUELLER_0": b"", "MUELLER_notes.txt": "Patient Müller, Anna 12.03.1956".encode(),
             "MUELLER_cut": full.read_bytes()[:-40], "MUELLER_head": full.read_bytes()[:405],
             "MUELLER_value": full.read_bytes()[:395]}
    expected = {"MUELLER_0": "empty", "MUELLER_notes.txt": "not_dicom", "MUELLER_cut": "truncated",
                "MUELLER_head": "truncated", "MUELLER_value": "truncated"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        outcome, _ = _read(tmp_path / name, tmp_path, pseudonymizer)
        assert isinstance(outcome, QuarantineRow), name
        assert outcome.reason_code == expected[name], (name, outcome.reason)
        assert pseudonymizer.file_id(name) in outcome.reason
        assert "MUELLER" not in outcome.reason and "Müller" not in outcome.reason


def test_image_without_rows_names_the_missing_tag(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    ds = ct_dataset()
    del ds.Rows
    outcome, _ = _read(write(ds, tmp_path / "x"), tmp_path, pseudonymizer)
    assert isinstance(outcome, QuarantineRow)
    assert outcome.reason == f"missing_tag: file {pseudonymizer.file_id('x')} is an image without Rows"


def test_roles_non_image_and_excluded(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    no_pixels = ct_dataset()
    del no_pixels.PixelData
    burned = ct_dataset(2)
    burned.BurnedInAnnotation = "YES"
    sr = ct_dataset(3)
    sr.SOPClassUID = sr.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.88.22"
    sr.Modality = "SR"
    del sr.PixelData
    roles = {}
    for name, ds in {"np": no_pixels, "bi": burned, "sr": sr}.items():
        row, _ = _read(write(ds, tmp_path / name), tmp_path, pseudonymizer)
        roles[name] = (row.role, row.excluded_reason)
    assert roles == {"np": ("non_image", None), "bi": ("excluded", "burned_in_annotation"), "sr": ("non_image", None)}


def test_enhanced_ct_geometry_from_functional_groups(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    ds = ct_dataset()
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = EnhancedCTImageStorage
    for keyword in ("ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing", "SliceThickness"):
        delattr(ds, keyword)
    ds.NumberOfFrames = 2
    ds.PixelData = ds.PixelData * 2
    measures, orientation = Dataset(), Dataset()
    measures.PixelSpacing, measures.SliceThickness = [0.5, 0.5], 1.0
    orientation.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    shared = Dataset()
    shared.PixelMeasuresSequence, shared.PlaneOrientationSequence = Sequence([measures]), Sequence([orientation])
    frames = []
    for z in (10.0, 11.0):
        position, frame = Dataset(), Dataset()
        position.ImagePositionPatient = [-50.0, -60.0, z]
        frame.PlanePositionSequence = Sequence([position])
        frames.append(frame)
    ds.SharedFunctionalGroupsSequence = Sequence([shared])
    ds.PerFrameFunctionalGroupsSequence = Sequence(frames)
    row, _ = _read(write(ds, tmp_path / "enh"), tmp_path, pseudonymizer)
    assert row.role == "image" and row.number_of_frames == 2
    assert row.image_position == (-50.0, -60.0, 10.0) and row.pixel_spacing == (0.5, 0.5)
    assert row.image_orientation == (1.0, 0.0, 0.0, 0.0, 1.0, 0.0) and row.slice_thickness == 1.0


def test_age_from_birth_date_or_patient_age() -> None:
    assert age_years(dt.date(1956, 3, 12), dt.date(2024, 3, 11), None) == 67
    assert age_years(dt.date(1956, 3, 12), dt.date(2024, 3, 12), None) == 68
    assert age_years(None, dt.date(2024, 1, 1), "045Y") == 45
    assert age_years(None, None, "006M") == 0
    assert age_years(dt.date(1920, 1, 1), dt.date(2024, 1, 1), None) == 90  # capped


def test_large_private_blob_is_deferred_and_names_still_found(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    ds = ct_dataset()
    ds.add_new(0x00290011, "LO", "SIEMENS CSA HEADER")
    ds.add_new(0x00291110, "OB", bytes(range(256)) * 64)  # 16 KiB binary vendor header
    ds.PerformingPhysicianName = "Brandtner^Eva"
    row, phi = _read(write(ds, tmp_path / "csa"), tmp_path, pseudonymizer)
    assert row.role == "image" and row.image_position == (-120.0, -130.5, -100.0)
    (patient,) = phi.patients()
    assert "Brandtner" in patient.physicians and "Privatname Zeller" in patient.other
