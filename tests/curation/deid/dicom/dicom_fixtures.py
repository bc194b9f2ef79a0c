"""Test datasets for the DICOM de-identifier: every Table E.1-1 attribute planted with a value per VR."""

from __future__ import annotations

import contextlib
import io

from pydicom import dcmread
from pydicom.datadict import dictionary_has_tag, dictionary_VR
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

from curation.deid.dicom.profile_table import load_rows

PLANTED_NAME = "Müller^Anna"
PLANTED_DATE = "20200102"
PLANTED_TEXT = "Planted Müller Text"
SOP_CLASS_CT = "1.2.840.10008.5.1.4.1.1.2"


def planted_value(vr: str, n: int) -> object:
    """A non-empty value for `vr`, distinct per attribute where it matters (UIDs)."""
    vr = vr.split(" or ")[0]
    return {
        "AE": "PLANTEDAE", "AS": "045Y", "AT": 0x00100010, "CS": "PLANTED", "DA": PLANTED_DATE, "DS": "1.5",
        "DT": PLANTED_DATE + "030405", "FL": 1.5, "FD": 1.5, "IS": "7", "LO": PLANTED_TEXT, "LT": PLANTED_TEXT,
        "OB": b"\x01\x02", "OD": b"\x00" * 8, "OF": b"\x00" * 4, "OL": b"\x00" * 4, "OV": b"\x00" * 8,
        "OW": b"\x01\x02", "PN": PLANTED_NAME, "SH": "Planted Mueller", "SL": 1, "SS": 1, "ST": PLANTED_TEXT,
        "SV": 1, "TM": "030405", "UC": PLANTED_TEXT, "UI": f"1.2.826.0.1.3680043.99.{n}", "UL": 1,
        "UN": b"ab", "UR": "http://planted.example/Mueller", "US": 1, "UT": PLANTED_TEXT, "UV": 1,
    }[vr]


def nested_item(n: int) -> Dataset:
    item = Dataset()
    item.PatientName = PLANTED_NAME
    item.ReferencedSOPClassUID = SOP_CLASS_CT
    item.ReferencedSOPInstanceUID = f"1.2.826.0.1.3680043.98.{n}"
    item.add_new(0x00404000, "LT", PLANTED_TEXT)        # unlisted free text in a kept sequence
    return item


def planted_dataset() -> tuple[Dataset, dict[int, object]]:
    """A file dataset with every single-tag row of Table E.1-1 filled, plus curves, overlays, privates."""
    ds = Dataset()
    planted: dict[int, object] = {}
    for n, row in enumerate(load_rows()):
        if "x" in row.tag or row.tag == "ggggeeee" or row.tag.startswith("0002"):
            continue
        tag = int(row.tag, 16)
        if not dictionary_has_tag(tag) or tag >> 16 == 0:
            continue
        vr = dictionary_VR(tag).split(" or ")[0]
        value = Sequence([nested_item(n)]) if vr == "SQ" else planted_value(vr, n)
        ds.add_new(tag, vr, value)
        planted[tag] = value
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = SOP_CLASS_CT
    ds.add_new(0x50000010, "US", 1)                 # curve: Number of Points
    ds.add_new(0x50003000, "OB", b"\x00\x01")       # curve data
    ds.add_new(0x60000010, "US", 4)                 # overlay rows
    ds.add_new(0x60003000, "OW", b"\xff\x00")       # overlay data
    ds.add_new(0x60004000, "LT", PLANTED_TEXT)      # overlay comments
    block = ds.private_block(0x0029, "ACME 1.0", create=True)
    block.add_new(0x10, "LO", PLANTED_TEXT)
    block.add_new(0x11, "SQ", Sequence([nested_item(1)]))
    ds.file_meta = file_meta(str(ds.SOPInstanceUID))
    return ds, planted


def file_meta(sop_uid: str) -> FileMetaDataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SOP_CLASS_CT
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.SourceApplicationEntityTitle = "PACSMUELLER"
    return meta


def ct_instance(*, charset: str = "ISO_IR 100", name: str = PLANTED_NAME, sop_uid: str = "1.2.826.0.1.3680043.97.1",
                birth: str = "19560312", study_date: str = "20240117") -> Dataset:
    """A small CT image instance as a hospital export has it."""
    ds = Dataset()
    ds.SpecificCharacterSet = charset
    ds.SOPClassUID = SOP_CLASS_CT
    ds.SOPInstanceUID = sop_uid
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.97.100"
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.97.200"
    ds.FrameOfReferenceUID = "1.2.826.0.1.3680043.97.300"
    ds.PatientName = name
    ds.PatientID = "PAT0001234"
    ds.PatientBirthDate = birth
    ds.PatientSex = "F"
    ds.PatientWeight = "64"
    ds.PatientSize = "1.68"
    ds.StudyDate = study_date
    ds.SeriesDate = study_date
    ds.StudyTime = "101500"
    ds.AccessionNumber = "ACC20240117"
    ds.InstitutionName = "Klinikum Schäferstadt"
    ds.ReferringPhysicianName = "Schäfer^Hans^^Dr. med."
    ds.PerformingPhysicianName = ["Weiß^Jürgen", "Groß^Eva"]
    ds.StationName = "CTSTATION7"
    ds.DeviceSerialNumber = "SN998877"
    ds.Modality = "CT"
    ds.Manufacturer = "SIEMENS"
    ds.StudyDescription = "CT Thorax Müller"
    ds.SeriesDescription = "Thorax 5mm axial Anna 17.01.2024"
    ds.ImageComments = "Schädel nativ PAT0001234"
    ds.SeriesNumber = 3
    ds.InstanceNumber = 1
    ds.Rows, ds.Columns = 2, 2
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.PixelData = b"\x00\x01" * 4
    ds.file_meta = file_meta(sop_uid)
    return ds


def roundtrip(ds: Dataset) -> tuple[Dataset, bytes]:
    """Write `ds` as a DICOM file and read it back (what a partner's tools would do)."""
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    data = buffer.getvalue()
    return dcmread(io.BytesIO(data)), data


def encoded_forms(text: str) -> list[bytes]:
    """The byte forms a PHI string can take in a DICOM file (Latin-1 and UTF-8, PN components)."""
    forms = {text.encode("utf-8")}
    with contextlib.suppress(UnicodeEncodeError):
        forms.add(text.encode("latin-1"))
    return sorted(forms)
