"""Exported forms: DICOM header dumps and HL7 v2 segments in report text (round 9, label-value fields).

Strings written for these tests (not taken from any corpus); each asserts what the scrubber outputs.
"""

from __future__ import annotations

from curation.deid.text.dicom_dump import dump_fields, value_class
from curation.deid.text.hl7 import hl7_hits
from curation.deid.text.scrub import scrub_text


def _scrub(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def test_value_class_follows_the_project_ps3_15_table():
    assert value_class(0x00100010) == "PERSON"  # PatientName
    assert value_class(0x00100020) == "ID"  # PatientID
    assert value_class(0x00080050) == "ID"  # AccessionNumber
    assert value_class(0x00101000) == "ID"  # OtherPatientIDs
    assert value_class(0x00100030) == "DATE"  # PatientBirthDate
    assert value_class(0x00080020) == "DATE"  # StudyDate (modified dates: still a date)
    assert value_class(0x00080080) == "INSTITUTION"
    assert value_class(0x00080081) == "ADDRESS"  # InstitutionAddress
    assert value_class(0x00102154) == "PHONE"  # PatientTelephoneNumbers
    assert value_class(0x00081010) == "keep"  # StationName: a device's name, kept in text (round 17a)
    assert value_class(0x00181000) == "ID"  # DeviceSerialNumber
    assert value_class(0x00080090) == "PERSON"  # ReferringPhysicianName
    assert value_class(0x00081030) is None  # StudyDescription: cleaned by the other rules
    assert value_class(0x00080030) == "keep"  # StudyTime: kept by deid_dicom, no text PHI class
    assert value_class(0x00081040) is None  # InstitutionalDepartmentName: department word
    assert value_class(0x00080060) == "keep"  # Modality: not in the table
    assert value_class(0x00180050) == "keep"  # SliceThickness
    assert value_class(0x00100040) == "keep"  # PatientSex: patient characteristics retained
    assert value_class(0x00091010) is None  # private


def test_tag_dump_values_take_the_attribute_class():
    text = ("(0010,0010) PN OBERHOLZER^MARTINA^^^\n(0010,0020) LO KSA 4410-77 B\n(0010,0030) DA 19380907\n"
            "(0008,0080) LO Spital Zollikerberg\n(0010,1010) AS 093Y\n(0018,0050) DS 0.625\n"
            "(0008,1090) LO Revolution Apex\n(0018,0015) CS CHEST")
    out = _scrub(text)
    assert "OBERHOLZER" not in out and "MARTINA" not in out
    assert "4410-77" not in out and "KSA" not in out
    assert "19380907" not in out and "Zollikerberg" not in out and "093Y" not in out
    for kept in ("(0010,0010) PN ", "(0018,0050) DS 0.625", "Revolution Apex", "(0018,0015) CS CHEST"):
        assert kept in out


def test_dcmdump_and_pydicom_layouts_and_multiple_values():
    text = ("(0010,0010) PN [Ferreira^Joana]                       #  14, 1 PatientName\n"
            "(0010, 1000) Other Patient IDs                   LO: 'H-552190\\CH-778812'\n"
            "(0008, 0090) Referring Physician's Name          PN: 'Zünd^Reto'")
    hits, keeps = dump_fields(text)
    assert sorted((h.label, text[h.start:h.end]) for h in hits) == [
        ("ID", "CH-778812"), ("ID", "H-552190"), ("PERSON", "Ferreira^Joana"), ("PERSON", "Zünd^Reto")]
    assert [text[a:b] for a, b in keeps] == [
        "(0010,0010) PN ", "#  14, 1 PatientName",  # dcmdump's comment is kept too (round 17a)
        "(0010, 1000) Other Patient IDs                   LO: ",
        "(0008, 0090) Referring Physician's Name          PN: "]
    assert "#  14, 1 PatientName" in _scrub(text)


def test_keyword_lines():
    text = "PatientID: 0091-4471\nAccessionNumber = RX25-00912\nBodyPartExamined: KNEE\nModality: MR"
    out = _scrub(text, "en")
    assert "0091-4471" not in out and "RX25-00912" not in out
    assert "BodyPartExamined: KNEE" in out and "Modality: MR" in out


def test_age_under_90_in_a_dump_stays():
    assert "AS 067Y" in _scrub("(0010,1010) AS 067Y")


def test_hl7_fields_by_position():
    text = ("MSH|^~\\&|RIS|Kantonsspital Frauenfeld|PACS|KSF|202503141022||ORU^R01|88412|P|2.5\n"
            "PID|1||771204^^^KSF~55-0912^^^SV||GUBLER^ELSBETH^ANNA||19410322|F|||Rebenweg 4^^Weinfelden^^8570"
            "||052 721 44 09\n"
            "PV1||I|C3^12^2|||| 40912^STAUB^PETER^^^Dr.^^\n"
            "ORC|RE|PL7781|FI9920|||||||||BRUNNER^ANDREA\n"
            "OBX|1|TX|||Keine Pneumonie. Morbus Bechterew bekannt.")
    labels = sorted((h.label, text[h.start:h.end]) for h in hl7_hits(text))
    assert labels == sorted([
        ("INSTITUTION", "Kantonsspital Frauenfeld"), ("INSTITUTION", "KSF"), ("DATE", "202503141022"),
        ("ID", "88412"), ("ID", "771204"), ("ID", "55-0912"), ("PERSON", "GUBLER^ELSBETH^ANNA"),
        ("DATE", "19410322"), ("ADDRESS", "Rebenweg 4"), ("ADDRESS", "Weinfelden"), ("ADDRESS", "8570"),
        ("PHONE", "052 721 44 09"),  # (XAD components one by one since round 24a)
        ("ID", "40912"), ("PERSON", "STAUB^PETER"), ("ID", "PL7781"), ("ID", "FI9920"),
        ("PERSON", "BRUNNER^ANDREA")])
    out = _scrub(text)
    assert "Morbus Bechterew" in out and "Dr." in out and "C3^12^2" in out


def test_text_without_fields_gets_no_field_hits():
    text = "CT Thorax (Serie 3, Bild 41): kein Rundherd. Vergleich (12/2023) ohne Befund | stabil."
    assert dump_fields(text) == ((), ())
    assert hl7_hits(text) == []


def test_hl7_insurance_and_guarantor():
    text = "IN1|1|KPT01|8812|CSS Versicherung|Tribschenstrasse 21^^Luzern^^6005|||||||||||HUBER^MARKUS"
    assert sorted((h.label, text[h.start:h.end]) for h in hl7_hits(text)) == [
        ("ADDRESS", "6005"), ("ADDRESS", "Luzern"), ("ADDRESS", "Tribschenstrasse 21"), ("ID", "8812"), ("ID", "KPT01"),
        ("INSTITUTION", "CSS Versicherung"), ("PERSON", "HUBER^MARKUS")]


def test_more_keyword_lines():
    text = ("InstitutionName: Spital Lachen\nReferringPhysicianName = Good^Fiona\nStudyDate: 20240917\n"
            "OtherPatientIDs: SZ-88120\\LA-55031\nSliceThickness: 1.0")
    hits, _ = dump_fields(text)
    assert sorted((h.label, text[h.start:h.end]) for h in hits) == [
        ("DATE", "20240917"), ("ID", "LA-55031"), ("ID", "SZ-88120"), ("INSTITUTION", "Spital Lachen"),
        ("PERSON", "Good^Fiona")]
    assert "SliceThickness: 1.0" in _scrub(text, "en")
