"""raw.py: replacements encoded exactly as pydicom's writer would, UIDs/dates mapped from their bytes."""

from __future__ import annotations

import io

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_data_element
from pydicom.sequence import Sequence

from curation.deid.dicom.raw import (
    constant_element,
    encode_strings,
    map_raw_values,
    raw_element,
    raw_sequence,
    raw_text,
    string_element,
)


def _pydicom_value_bytes(tag: int, vr: str, value, encodings=("iso8859",)) -> bytes:
    fp = DicomBytesIO()
    fp.is_little_endian, fp.is_implicit_VR = True, False
    write_data_element(fp, DataElement(tag, vr, value), list(encodings))
    return fp.getvalue()


def test_encoded_values_match_pydicom_writer() -> None:
    cases = [(0x00100020, "LO", "P1"), (0x00100010, "PN", "Pdeadbeef"), (0x0020000D, "UI", "2.25.123"),
             (0x00080020, "DA", "20150719"), (0x00120063, "LO", ["A", "RADCURATE KEY"]), (0x00080050, "SH", ""),
             (0x0008103E, "LO", "Schädel nativ")]
    for tag, vr, value in cases:
        raw = string_element(tag, vr, value, ["utf_8"])
        fp = DicomBytesIO()
        fp.is_little_endian, fp.is_implicit_VR = True, False
        write_data_element(fp, raw, ["utf_8"])
        assert fp.getvalue() == _pydicom_value_bytes(tag, vr, value, ["utf_8"]), (tag, value)
    assert encode_strings("UI", "1.2.3", ["iso8859"]) == b"1.2.3\x00"
    assert encode_strings("CS", "YES", ["iso8859"]) == b"YES "
    assert encode_strings("LO", "Müller", ["utf_8"]) == "Müller".encode() + b" "
    assert encode_strings("LO", "Müller", ["latin_1"]) == "Müller".encode("latin-1")


def test_values_only_pydicom_can_encode_are_left_to_it() -> None:
    assert string_element(0x00100010, "PN", "Müller^Anna", ["utf_8"]) is None      # PN component groups
    assert string_element(0x00280010, "US", "1", ["iso8859"]) is None                # not a string VR
    assert string_element(0x00280010, "US", None, ["iso8859"]).value == b""          # empty is empty
    assert constant_element(0x00080090, "PN", "") is constant_element(0x00080090, "PN", "")   # shared


def test_map_raw_values_reads_like_pydicom() -> None:
    elem = raw_element(0x00081150, "UI", b"1.2.3\\1.2.44\x00")
    mapped = map_raw_values(elem, "UI", lambda v: v + ".9")
    assert mapped.value == b"1.2.3.9\\1.2.44.9"
    dates = map_raw_values(raw_element(0x00080020, "DA", b"20240117\\ "), "DA", lambda v: v.replace("2024", "2015"))
    assert dates.value == b"20150117\\ "           # empty second value kept, as pydicom reads and writes it
    assert map_raw_values(raw_element(0x00080020, "DA", b"  "), "DA", str.upper).value == b""
    implicit = raw_element(0x0020000D, None, b"1.2.3\x00")        # implicit VR input: no VR on the element
    assert map_raw_values(implicit, "UI", lambda v: v + ".4").value == b"1.2.3.4\x00"
    assert raw_text(raw_element(0x00100020, "LO", "Jörg\\PAT1 ".encode("latin-1")), "latin-1") == ["Jörg", "PAT1"]


def test_raw_sequence_is_what_pydicom_writes_and_reads_back() -> None:
    items = [(constant_element(0x00080100, "SH", "113100"), constant_element(0x00080104, "LO", "Basic")),
             (constant_element(0x00080100, "SH", "113105"), constant_element(0x00080104, "LO", "Clean"))]
    raw = raw_sequence(0x00120064, items)
    reference = Sequence()
    for value, meaning in (("113100", "Basic"), ("113105", "Clean")):
        item = Dataset()
        item.CodeValue, item.CodeMeaning = value, meaning
        reference.append(item)
    assert b"SQ\x00\x00" + len(raw.value).to_bytes(4, "little") + raw.value == _pydicom_value_bytes(
        0x00120064, "SQ", reference)[4:]
    ds = Dataset()
    ds.set_original_encoding(False, True, ["iso8859"])
    ds[0x00120064] = raw
    assert [i.CodeValue for i in ds.DeidentificationMethodCodeSequence] == ["113100", "113105"]
    assert ds.DeidentificationMethodCodeSequence[1].CodeMeaning == "Clean"
    assert io.BytesIO(raw.value).read(4) == b"\xfe\xff\x00\xe0"
