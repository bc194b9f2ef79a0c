"""The PS3.15 Table E.1-1 data: complete, and right on the entries everybody knows."""

from __future__ import annotations

import pytest

from curation.deid.dicom.profile_table import (
    OPTION_COLUMNS,
    PRIVATE_ROW,
    action_table,
    effective_action,
    load_rows,
    resolve_compound,
)

WELL_KNOWN_BASIC = {
    "00100010": "Z",        # PatientName
    "00100020": "Z/D",      # PatientID (Z/D in the current edition)
    "00100030": "Z",        # PatientBirthDate
    "00080020": "Z",        # StudyDate
    "00080030": "Z",        # StudyTime
    "00080080": "X/Z/D",    # InstitutionName
    "00080081": "X",        # InstitutionAddress
    "00080090": "Z",        # ReferringPhysicianName
    "00080050": "Z",        # AccessionNumber
    "00080018": "U",        # SOPInstanceUID
    "0020000D": "U",        # StudyInstanceUID
    "0020000E": "U",        # SeriesInstanceUID
    "00200052": "U",        # FrameOfReferenceUID
    "00081155": "U",        # ReferencedSOPInstanceUID
    "00020003": "U",        # MediaStorageSOPInstanceUID
    "00101000": "X",        # OtherPatientIDs
    "00101001": "X",        # OtherPatientNames
    "00101040": "X",        # PatientAddress
    "00400275": "X",        # RequestAttributesSequence
    "00081030": "X",        # StudyDescription
    "0008103E": "X",        # SeriesDescription
    "00204000": "X",        # ImageComments
    "00181000": "X/Z/D",    # DeviceSerialNumber
    "00081010": "X/Z/D",    # StationName
    "00081140": "X/Z/U*",   # ReferencedImageSequence
    "00101010": "X",        # PatientAge
    "00100040": "Z",        # PatientSex
    "50xxxxxx": "X",        # curves
    "60xx3000": "X",        # overlay data
    "60xx4000": "X",        # overlay comments
    PRIVATE_ROW: "X",
}


def test_table_has_every_row_of_the_standard() -> None:
    rows = load_rows()
    assert 600 <= len(rows) <= 700          # Table E.1-1 has ~620 rows in the 2024 editions
    assert len({r.tag for r in rows}) == len(rows)
    assert sum(1 for r in rows if r.basic == "U") >= 50


@pytest.mark.parametrize(("tag", "basic"), sorted(WELL_KNOWN_BASIC.items()))
def test_well_known_basic_actions(tag: str, basic: str) -> None:
    rows = {r.tag: r for r in load_rows()}
    assert rows[tag].basic == basic


def test_option_columns_on_well_known_rows() -> None:
    rows = {r.keyword: r for r in load_rows()}
    assert rows["StudyDate"].option("retain_long_modified_dates") == "C"
    assert rows["StudyDate"].option("retain_long_full_dates") == "K"
    assert rows["PatientSex"].option("retain_patient_characteristics") == "K"
    assert rows["PatientAge"].option("retain_patient_characteristics") == "K"
    assert rows["PatientWeight"].option("retain_patient_characteristics") == "K"
    assert rows["SeriesDescription"].option("clean_descriptors") == "C"
    assert rows["DeviceSerialNumber"].option("retain_device_identity") == "K"
    assert rows["SOPInstanceUID"].option("retain_uids") == "K"
    assert rows["InstitutionName"].option("retain_institution_identity") == "K"
    assert rows["PatientName"].options == ()


def test_effective_action_prefers_the_retaining_option() -> None:
    rows = {r.keyword: r for r in load_rows()}
    assert effective_action(rows["StudyDate"], frozenset()) == "Z"
    assert effective_action(rows["StudyDate"], frozenset({"retain_long_modified_dates"})) == "C"
    assert effective_action(rows["StudyDate"], frozenset({"retain_long_full_dates", "clean_descriptors"})) == "K"


def test_action_table_and_compound_resolution() -> None:
    exact, repeating, private = action_table(frozenset({"retain_safe_private"}))
    assert exact[0x00100010] == "Z" and private == "C"
    assert repeating[(0xFF000000, 0x50000000)] == "X"
    assert resolve_compound("X/Z/U*") == "U" and resolve_compound("X/D") == "X"
    with pytest.raises(ValueError, match="unknown option columns"):
        action_table(frozenset({"retain_everything"}))
    assert set(OPTION_COLUMNS) >= {"retain_long_modified_dates", "clean_descriptors"}
