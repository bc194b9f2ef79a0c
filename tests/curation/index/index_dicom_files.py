"""Tiny DICOM files with planted PHI, written with pydicom, for the index tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian

PATIENT_ID = "PAT0001234"
OTHER_ID = "OTHERID9876"
ACCESSION = "ACC20240117001"
STUDY_UID = "1.2.826.0.1.3680043.10.999.1"
SERIES_UID = "1.2.826.0.1.3680043.10.999.1.3"
FOR_UID = "1.2.826.0.1.3680043.10.999.1.9"
# Every distinctive PHI value planted below; none may appear under the data dir or DAGSTER_HOME.
PHI_STRINGS = [
    "Müller", "Mueller", "MUELLER", "Anna", PATIENT_ID, OTHER_ID, ACCESSION, "19560312", "12.03.1956",
    "1956-03-12", "20240117", "2024-01-17", "Schäfer", "Schaefer", "Brandtner", "Krüger", "Kruger",
    "Oberhuber", "Klinikum Musterstadt", "Hauptstraße 5", "+49 30 1234567", "CTSTATION01", "SN4711",
    "Issuer Musterstadt", "Privatname Zeller", "MUELLER_ANNA_19560312", STUDY_UID, SERIES_UID, FOR_UID,
]


def ct_dataset(instance: int = 1, *, rows: int = 8, z_mm: float = -100.0, series_uid: str = SERIES_UID,
               patient_id: str = PATIENT_ID, name: str = "Müller^Anna") -> Dataset:
    """A CT Image Storage instance with the PHI a PACS export carries, nested and private."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = f"{series_uid}.{instance}"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, meta.MediaStorageSOPInstanceUID
    ds.Modality, ds.PatientName, ds.PatientID = "CT", name, patient_id
    ds.OtherPatientIDs, ds.IssuerOfPatientID = OTHER_ID, "Issuer Musterstadt"
    ds.PatientBirthDate, ds.PatientSex, ds.AccessionNumber = "19560312", "F", ACCESSION
    ds.PatientAddress, ds.PatientTelephoneNumbers = "Hauptstraße 5, Musterstadt", "+49 30 1234567"
    ds.StudyDate, ds.SeriesDate = "20240117", "20240117"
    ds.StudyDescription = "CT Thorax Mueller 12.03.1956"
    ds.SeriesDescription = "Thorax 5mm axial ANNA"
    ds.ReferringPhysicianName = "Schäfer^Hans^^Dr. med."
    ds.PerformingPhysicianName = "Brandtner^Eva"
    ds.OperatorsName = "Krüger^Tom"
    ds.InstitutionName, ds.InstitutionAddress = "Klinikum Musterstadt", "Hauptstraße 5, Musterstadt"
    ds.StationName, ds.DeviceSerialNumber = "CTSTATION01", "SN4711"
    ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.FrameOfReferenceUID = STUDY_UID, series_uid, FOR_UID
    ds.SeriesNumber, ds.InstanceNumber = 3, instance
    ds.ImagePositionPatient = [-120.0, -130.5, z_mm]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing, ds.SliceThickness = [0.75, 0.8], 5.0
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.PatientPosition, ds.BodyPartExamined = "HFS", "CHEST"
    request = Dataset()
    request.AccessionNumber = ACCESSION
    request.RequestingPhysician = "Oberhuber^Max"
    ds.RequestAttributesSequence = [request]
    ds.add_new(0x00290010, "LO", "ACME PRIVATE")
    ds.add_new(0x00291010, "LO", "Privatname Zeller")
    ds.Rows = ds.Columns = rows
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ds.PixelData = np.full((rows, rows), 1000, np.int16).tobytes()
    return ds


def write(ds: Dataset, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path


def write_series(root: Path, n: int = 3, folder: str = "MUELLER_ANNA_19560312/20240117_CT/S3") -> list[Path]:
    """`n` axial slices, 5 mm apart from z = -100 mm upwards; some with .dcm, some without."""
    return [write(ct_dataset(i + 1, z_mm=-100.0 + 5.0 * i),
                  root / folder / (f"IM{i + 1:04d}" + (".dcm" if i % 2 else ""))) for i in range(n)]
