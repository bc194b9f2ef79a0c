"""deidentify_dataset: every Table E.1-1 attribute, the options, and the known pitfalls."""

from __future__ import annotations

import datetime as dt

import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from curation.deid.dicom.deidentify import deidentify_dataset, image_exclusion_reason, method_fingerprint
from curation.deid.dicom.options import DeidOptions
from curation.deid.dicom.profile_table import action_table, resolve_compound
from curation.keys import Pseudonymizer

from .dicom_fixtures import PLANTED_DATE, ct_instance, encoded_forms, planted_dataset, roundtrip

PID = "Pdeadbeef00112233"
BASIC_ONLY = DeidOptions(retain_long_modified_dates=False, retain_patient_characteristics=False,
                         clean_descriptors=False, retain_safe_private=False)
RECORDED = {0x00120062, 0x00120063, 0x00120064, 0x00280303}
CT_PHI = ["Müller", "Mueller", "Anna", "PAT0001234", "ACC20240117", "Schäfer", "Weiß", "Groß", "Jürgen",
          "19560312", "20240117", "17.01.2024", "SN998877", "CTSTATION7", "Klinikum", "PACSMUELLER"]


def _is_empty(elem) -> bool:
    return elem.value in (None, "", b"") or (elem.VR == "SQ" and len(elem.value) == 0)


def test_every_basic_profile_attribute_is_handled_as_the_table_says(pseudonymizer: Pseudonymizer) -> None:
    ds, planted = planted_dataset()
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID, options=BASIC_ONLY)
    exact, _, _ = action_table(frozenset())
    checked = {"X": 0, "Z": 0, "D": 0, "U": 0}
    for tag, value in planted.items():
        if tag in RECORDED:
            continue
        action = resolve_compound(exact[tag])
        if tag in (0x00100010, 0x00100020):
            assert out[tag].value == PID
            continue
        if action == "X":
            assert tag not in out, f"{tag:08X} should be removed"
        elif action == "Z":
            assert _is_empty(out[tag]), f"{tag:08X} should be empty"
        elif action == "D":
            assert out[tag].value != value, f"{tag:08X} should hold a dummy"
        elif action == "U":
            if out[tag].VR == "UI":
                assert out[tag].value == pseudonymizer.uid(value)
            else:                                   # referencing sequences: items kept, UIDs replaced
                item = out[tag].value[0]
                assert item.ReferencedSOPInstanceUID == pseudonymizer.uid(value[0].ReferencedSOPInstanceUID)
                assert item.PatientName == PID
        checked[action] += 1
    assert checked["X"] > 250 and checked["Z"] > 20 and checked["D"] > 50 and checked["U"] > 40
    assert not [e.tag for e in out if e.tag.group in range(0x5000, 0x5100) or e.tag.group in range(0x6000, 0x6100)]
    assert not [e.tag for e in out if e.tag.is_private]
    reread, data = roundtrip(out)
    assert reread.PatientName == PID and reread.PatientIdentityRemoved == "YES"
    for phi in ["Müller", "Mueller", "Planted", PLANTED_DATE, "PLANTEDAE", "1.2.826.0.1.3680043.99."]:
        assert not any(form in data for form in encoded_forms(phi)), phi


def test_input_is_not_changed(pseudonymizer: Pseudonymizer) -> None:
    ds = ct_instance()
    deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert ds.PatientName == "Müller^Anna" and ds.StudyDate == "20240117" and ds.file_meta.SourceApplicationEntityTitle


def test_default_options_keep_what_research_needs(pseudonymizer: Pseudonymizer) -> None:
    ds, _ = roundtrip(ct_instance())
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    shifted = pseudonymizer.shift_date(dt.date(2024, 1, 17), PID).strftime("%Y%m%d")
    assert (out.StudyDate, out.SeriesDate, out.StudyTime) == (shifted, shifted, "101500")
    assert out.PatientBirthDate in ("", None) and out.PatientAge == "067Y"
    assert (out.PatientSex, str(out.PatientWeight), str(out.PatientSize)) == ("F", "64", "1.68")
    assert out.StudyDescription == "CT Thorax"
    assert out.SeriesDescription == "Thorax 5mm axial"
    assert out.ImageComments == "Schädel nativ"
    assert out.AccessionNumber == "" and out.InstitutionName == "" and out.ReferringPhysicianName == ""
    assert "PerformingPhysicianName" not in out and out.StationName == "" and out.DeviceSerialNumber == ""
    assert out.SOPInstanceUID == pseudonymizer.uid("1.2.826.0.1.3680043.97.1")
    assert out.file_meta.MediaStorageSOPInstanceUID == out.SOPInstanceUID
    assert "SourceApplicationEntityTitle" not in out.file_meta
    assert out.SOPClassUID == "1.2.840.10008.5.1.4.1.1.2"
    assert out.PatientIdentityRemoved == "YES" and out.LongitudinalTemporalInformationModified == "MODIFIED"
    assert out.DeidentificationMethod == method_fingerprint(pseudonymizer)
    assert [c.CodeValue for c in out.DeidentificationMethodCodeSequence] == [
        "113100", "113105", "113107", "113108", "113111"]
    reread, data = roundtrip(out)
    assert reread.SeriesDescription == "Thorax 5mm axial"
    assert [phi for phi in CT_PHI if any(f in data for f in encoded_forms(phi))] == []


def test_device_identity_option(pseudonymizer: Pseudonymizer) -> None:
    out = deidentify_dataset(ct_instance(), pseudonymizer=pseudonymizer, patient_pid=PID,
                             options=DeidOptions(retain_device_identity=True))
    assert (out.DeviceSerialNumber, out.StationName) == ("SN998877", "CTSTATION7")
    assert "113109" in [c.CodeValue for c in out.DeidentificationMethodCodeSequence]


def test_references_in_nested_sequences_follow_the_new_uids(pseudonymizer: Pseudonymizer) -> None:
    first = ct_instance(sop_uid="1.2.826.0.1.3680043.97.1")
    second = ct_instance(sop_uid="1.2.826.0.1.3680043.97.2")
    ref = Dataset()
    ref.ReferencedSOPClassUID = first.SOPClassUID
    ref.ReferencedSOPInstanceUID = first.SOPInstanceUID
    source = Dataset()
    source.SourceImageSequence = Sequence([ref])
    source.DerivationDescription = "Müller"
    second.ReferencedImageSequence = Sequence([ref])
    second.DerivationCodeSequence = Sequence([source])     # a sequence inside a sequence inside a sequence
    out1 = deidentify_dataset(first, pseudonymizer=pseudonymizer, patient_pid=PID)
    out2 = deidentify_dataset(second, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert out2.ReferencedImageSequence[0].ReferencedSOPInstanceUID == out1.SOPInstanceUID
    assert out2.ReferencedImageSequence[0].ReferencedSOPClassUID == first.SOPClassUID
    inner = out2.DerivationCodeSequence[0]
    assert inner.SourceImageSequence[0].ReferencedSOPInstanceUID == out1.SOPInstanceUID
    assert inner.DerivationDescription == ""
    assert out1.StudyInstanceUID == out2.StudyInstanceUID != first.StudyInstanceUID


def _record(kind: str, values: dict) -> Dataset:
    record = Dataset()
    record.DirectoryRecordType = kind
    for key, value in values.items():
        setattr(record, key, value)
    return record


def test_dicomdir_records(pseudonymizer: Pseudonymizer) -> None:
    image = ct_instance()
    other_study = "1.2.826.0.1.3680043.97.555"
    records = [
        _record("PATIENT", {"PatientName": "Müller^Anna", "PatientID": "PAT0001234"}),
        _record("STUDY", {"StudyDate": "20240117", "StudyInstanceUID": image.StudyInstanceUID,
                          "AccessionNumber": "ACC20240117", "StudyDescription": "CT Müller"}),
        _record("IMAGE", {"ReferencedFileID": ["MUELLER", "IM1"],
                          "ReferencedSOPInstanceUIDInFile": image.SOPInstanceUID}),
        _record("PATIENT", {"PatientName": "Okafor^Chidi", "PatientID": "PAT0009876"}),
        _record("STUDY", {"StudyDate": "20240117", "StudyInstanceUID": other_study}),
    ]
    dicomdir = Dataset()
    dicomdir.FileSetID = "EXPORT"
    dicomdir.DirectoryRecordSequence = Sequence(records)
    out = deidentify_dataset(dicomdir, pseudonymizer=pseudonymizer, patient_pid=PID)
    patient, study, img, patient2, study2 = out.DirectoryRecordSequence
    # each patient record: the pseudonym that patient's own files get from the index (PatientID's)
    first, second = pseudonymizer.patient_pid("PAT0001234"), pseudonymizer.patient_pid("PAT0009876")
    assert first != second
    assert (patient.PatientName, patient.PatientID) == (first, first)
    assert (patient2.PatientName, patient2.PatientID) == (second, second)
    # and each patient's records are shifted by that patient's shift
    assert study.StudyDate == pseudonymizer.shift_date(dt.date(2024, 1, 17), first).strftime("%Y%m%d")
    assert study2.StudyDate == pseudonymizer.shift_date(dt.date(2024, 1, 17), second).strftime("%Y%m%d")
    assert study.StudyInstanceUID == pseudonymizer.uid(image.StudyInstanceUID)
    assert study2.StudyInstanceUID == pseudonymizer.uid(other_study)
    assert study.AccessionNumber == "" and study.StudyDescription == "CT"
    assert img.ReferencedSOPInstanceUIDInFile == pseudonymizer.uid(image.SOPInstanceUID)
    assert "MUELLER" not in list(img.ReferencedFileID) and len(img.ReferencedFileID) == 2


def test_rerun_does_not_shift_or_remap_twice(pseudonymizer: Pseudonymizer) -> None:
    once, _ = roundtrip(deidentify_dataset(ct_instance(), pseudonymizer=pseudonymizer, patient_pid=PID))
    twice = deidentify_dataset(once, pseudonymizer=pseudonymizer, patient_pid=PID)
    for keyword in ("StudyDate", "SeriesDate", "SOPInstanceUID", "StudyInstanceUID", "FrameOfReferenceUID",
                    "PatientAge", "SeriesDescription"):
        assert twice[keyword].value == once[keyword].value, keyword
    assert twice.DeidentificationMethod == once.DeidentificationMethod
    assert twice.file_meta.MediaStorageSOPInstanceUID == once.SOPInstanceUID


def test_dates_already_modified_by_another_tool_are_not_shifted(pseudonymizer: Pseudonymizer) -> None:
    ds = ct_instance()
    ds.PatientIdentityRemoved = "YES"
    ds.LongitudinalTemporalInformationModified = "MODIFIED"
    ds.DeidentificationMethod = "OTHER TOOL"
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert out.StudyDate == "20240117"
    assert out.SOPInstanceUID == pseudonymizer.uid(ds.SOPInstanceUID)
    assert list(out.DeidentificationMethod) == ["OTHER TOOL", method_fingerprint(pseudonymizer)]


@pytest.mark.parametrize(("birth", "study", "existing", "age"), [
    ("19560312", "20240117", None, "067Y"),
    ("19560312", "20240312", None, "068Y"),
    ("20230601", "20240117", None, "007M"),
    ("20240110", "20240117", None, "007D"),
    ("19200101", "20240117", None, "090Y"),         # over-89s grouped
    ("19560312", "20240117", "070Y", "070Y"),       # the recorded age wins
    ("", "20240117", None, None),
])
def test_age_is_computed_before_the_birth_date_goes(pseudonymizer: Pseudonymizer, birth: str, study: str,
                                                    existing: str | None, age: str | None) -> None:
    ds = ct_instance(birth=birth, study_date=study)
    if existing:
        ds.PatientAge = existing
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert out.get("PatientAge") == age
    assert out.PatientBirthDate in ("", None)


def test_private_tags_and_private_sequences(pseudonymizer: Pseudonymizer) -> None:
    ds = ct_instance()
    unsafe = ds.private_block(0x0029, "ACME 1.0", create=True)
    unsafe.add_new(0x10, "LO", "Müller")
    item = Dataset()
    item.PatientName = "Müller^Anna"
    unsafe.add_new(0x11, "SQ", Sequence([item]))
    siemens = ds.private_block(0x0019, "SIEMENS MR HEADER", create=True)
    siemens.add_new(0x0C, "IS", "1000")             # B value: safe
    siemens.add_new(0x10, "LO", "PAT0001234")        # not on the safe list
    public_item = Dataset()
    public_item.add_new(0x00291010, "LO", "Müller")  # a private tag inside a public sequence
    ds.ReferencedImageSequence = Sequence([public_item])
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    private = {e.tag: e.value for e in out if e.tag.is_private}
    assert private == {0x00190010: "SIEMENS MR HEADER", 0x0019100C: "1000"}
    assert [e.tag for e in out.ReferencedImageSequence[0] if e.tag.is_private] == []
    strict = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID, options=BASIC_ONLY)
    assert [e.tag for e in strict if e.tag.is_private] == []


def test_multi_component_and_multi_valued_person_names(pseudonymizer: Pseudonymizer) -> None:
    ds = ct_instance(name="Müller-Lüdenscheidt^Anna^Maria^Dr.^")
    ds.OperatorsName = ["Weiß^Jürgen", "Groß^Eva"]
    ds.SeriesDescription = "Lüdenscheidt Maria Thorax"
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert out.PatientName == PID and out.OperatorsName == ""
    assert out.SeriesDescription == "Thorax"


def test_empty_and_odd_values(pseudonymizer: Pseudonymizer) -> None:
    ds = ct_instance()
    ds.StudyDate = ""
    ds.SeriesDate = "2024"                          # not a date: cannot be shifted, so it goes empty
    ds.AcquisitionDateTime = "20240117101500.123456+0100"
    ds.ContentDate = ["20240117", "20240118"]       # multi-valued
    ds.add_new(0x0008FFF0, "LO", "Müller")          # unknown public tag
    ds.add_new(0x00181000, "LO", None)              # empty device serial
    ds.PatientWeight = None
    ds.add_new(0x00209161, "UI", "")                # empty Concatenation UID
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    shift = pseudonymizer.date_shift_days(PID)
    day = (dt.date(2024, 1, 17) + dt.timedelta(days=shift)).strftime("%Y%m%d")
    day2 = (dt.date(2024, 1, 18) + dt.timedelta(days=shift)).strftime("%Y%m%d")
    assert out.StudyDate == "" and out.SeriesDate == ""
    assert out.AcquisitionDateTime == day + "101500.123456+0100"
    assert list(out.ContentDate) == [day, day2]
    assert 0x0008FFF0 not in out and out.PatientWeight in ("", None) and out.ConcatenationUID in ("", None)
    roundtrip(out)


@pytest.mark.parametrize("charset", ["ISO_IR 100", "ISO_IR 192"])
def test_german_names_in_both_character_sets(pseudonymizer: Pseudonymizer, charset: str) -> None:
    ds, written = roundtrip(ct_instance(charset=charset, name="Größ^Jürgen"))
    assert any(form in written for form in encoded_forms("Größ"))
    out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=PID)
    reread, data = roundtrip(out)
    assert reread.SpecificCharacterSet == charset and reread.ImageComments == "Schädel nativ"
    assert [phi for phi in ("Größ", "Groess", "Jürgen", "Juergen") if any(f in data for f in encoded_forms(phi))] == []


def test_burned_in_exclusion_and_allow_list() -> None:
    ds = ct_instance()
    assert image_exclusion_reason(ds, DeidOptions()) is None
    ds.BurnedInAnnotation = "YES"
    assert image_exclusion_reason(ds, DeidOptions()) == "burned_in_annotation"
    sc = ct_instance()
    sc.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    assert image_exclusion_reason(sc, DeidOptions()) == "burned_in_sop_class"
    allowed = DeidOptions(burned_in_allow_sop_classes=frozenset({"1.2.840.10008.5.1.4.1.1.7"}))
    assert image_exclusion_reason(sc, allowed) is None


def test_arguments_are_validated(pseudonymizer: Pseudonymizer) -> None:
    with pytest.raises(ValueError, match="patient_pid"):
        deidentify_dataset(ct_instance(), pseudonymizer=pseudonymizer, patient_pid=" ")
    with pytest.raises(ValueError, match="exclude each other"):
        DeidOptions(retain_long_full_dates=True)
