"""CT / MR Image Storage files written with pydicom, with PHI where real exports carry it.

Identifiers sit in the standard attributes (PatientName, IDs, birth date, address, physicians,
institution, station, device serial), in nested sequences (RequestAttributesSequence,
ReferencedPatientSequence, OtherPatientIDsSequence), in free text (ImageComments, descriptions) and in
a private creator block, so a de-identifier that only blanks the top-level attributes fails the tests.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filewriter import dcmwrite
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

from curation.synth.geometry import SeriesGeometry
from curation.synth.people import Patient, Site, transliterate
from curation.synth.phantom import CT_LUT, to_intensity
from curation.synth.plan import SeriesPlan, StudyPlan

CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4"
SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
IMPLEMENTATION_UID = "1.2.826.0.1.3680043.8.498.1"
PRIVATE_CREATOR = "RADSYNTH HOSP 1.0"


def _ds(value: float) -> str:
    """A DS string that fits 16 characters and round-trips the float pydicom reads back."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def patient_age(birth_date: str, study_date: str) -> str:
    years = int(study_date[:4]) - int(birth_date[:4]) - (study_date[4:] < birth_date[4:])
    return f"{years:03d}Y"


def study_header(patient: Patient, site: Site, study: StudyPlan) -> Dataset:
    """Patient, study, equipment and request attributes shared by every file of a study."""
    ds = Dataset()
    ds.SpecificCharacterSet = study.charset
    ds.StudyDate = study.study_date
    ds.StudyTime = study.study_time
    ds.AccessionNumber = study.accession
    ds.Modality = study.modality
    ds.Manufacturer = "SIEMENS" if study.modality == "CT" else "Philips"
    ds.ManufacturerModelName = "SOMATOM Force" if study.modality == "CT" else "Ingenia 3.0T"
    ds.InstitutionName = site.institution
    ds.InstitutionAddress = site.address
    ds.ReferringPhysicianName = site.referring.dicom_pn
    ds.ReferringPhysicianTelephoneNumbers = site.phone
    ds.StationName = site.station_name
    ds.StudyDescription = study.description
    ds.PerformingPhysicianName = site.performing.dicom_pn
    ds.OperatorsName = site.operator.dicom_pn
    ds.NameOfPhysiciansReadingStudy = site.reporting.dicom_pn
    ds.PatientName = patient.dicom_pn
    ds.PatientID = patient.patient_id
    ds.IssuerOfPatientID = site.institution
    ds.PatientBirthDate = patient.birth_date
    ds.PatientSex = patient.sex
    ds.PatientAge = patient_age(patient.birth_date, study.study_date)
    ds.OtherPatientNames = f"{transliterate(patient.last)}^{transliterate(patient.first)}"
    ds.PatientAddress = patient.address
    ds.PatientTelephoneNumbers = patient.phone
    other = Dataset()
    other.PatientID = patient.other_patient_id
    other.IssuerOfPatientID = "KIS"
    ds.OtherPatientIDsSequence = Sequence([other])
    ref_patient = Dataset()
    ref_patient.ReferencedSOPClassUID = "1.2.840.10008.3.1.2.1.4"  # Detached Patient Management
    ref_patient.ReferencedSOPInstanceUID = f"1.2.826.0.1.3680043.8.498.9.{patient.patient_id[3:]}"
    ds.ReferencedPatientSequence = Sequence([ref_patient])
    request = Dataset()
    request.AccessionNumber = study.accession
    request.RequestedProcedureID = f"RP{study.accession[-6:]}"
    request.ScheduledProcedureStepID = f"SPS{study.accession[-6:]}"
    request.RequestedProcedureDescription = study.description
    request.ReasonForTheRequestedProcedure = f"V.a. Metastasen - Pat. {patient.last}, {patient.first}"
    request.RequestedProcedureComments = f"geb. {patient.birth_date_de}, Rückruf {site.phone}"
    ds.RequestAttributesSequence = Sequence([request])
    ds.BodyPartExamined = study.body_part
    ds.DeviceSerialNumber = site.device_serial
    ds.SoftwareVersions = "syngo CT VA50A" if study.modality == "CT" else "5.7.1"
    ds.PatientPosition = study.patient_position
    ds.StudyInstanceUID = study.study_uid
    ds.StudyID = study.accession[-5:]
    ds.FrameOfReferenceUID = study.frame_of_reference_uid
    ds.PositionReferenceIndicator = ""
    block = ds.private_block(0x0029, PRIVATE_CREATOR, create=True)
    block.add_new(0x10, "LO", f"{patient.last} {patient.first}")
    block.add_new(0x11, "LO", patient.patient_id)
    block.add_new(0x12, "LO", f"{patient.street}, {patient.postcode} {patient.town}")
    return ds


def series_header(study: StudyPlan, series: SeriesPlan) -> Dataset:
    """Series-level and image-module attributes shared by every instance of a series."""
    g = series.geometry
    ds = Dataset()
    ds.SeriesDate = study.study_date
    ds.SeriesTime = study.study_time
    ds.SeriesDescription = series.description
    ds.SeriesInstanceUID = series.series_uid
    ds.SeriesNumber = series.series_number
    if series.role == "localizer":
        ds.ImageType = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
    elif series.role in ("coronal", "sagittal") and study.modality == "CT":
        ds.ImageType = ["DERIVED", "SECONDARY", "MPR"]
    else:
        ds.ImageType = (
            ["ORIGINAL", "PRIMARY", "AXIAL"] if study.modality == "CT" else ["ORIGINAL", "PRIMARY", "M", "ND"]
        )
    ds.SOPClassUID = CT_IMAGE_STORAGE if study.modality == "CT" else MR_IMAGE_STORAGE
    ds.ImageOrientationPatient = [_ds(v) for v in g.orientation]
    ds.PixelSpacing = [_ds(v) for v in g.pixel_spacing]
    if series.role != "localizer":
        ds.SliceThickness = _ds(g.slice_thickness)
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = g.rows
    ds.Columns = g.columns
    ds.BitsAllocated = 16
    ds.BitsStored = 16 if study.pixel_signed else 12
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 1 if study.pixel_signed else 0
    ds.WindowCenter = _ds(series.window[0])
    ds.WindowWidth = _ds(series.window[1])
    if g.gantry_tilt_deg:
        ds.GantryDetectorTilt = _ds(g.gantry_tilt_deg)
    if study.modality == "CT":
        ds.KVP = "120"
        ds.ConvolutionKernel = "Br40d"
        ds.RescaleIntercept = "-1024"
        ds.RescaleSlope = "1"
        ds.RescaleType = "HU"
    else:
        ds.MagneticFieldStrength = "3"
        ds.ScanningSequence = "SE"
        ds.SequenceVariant = "SK"
        ds.MRAcquisitionType = "2D"
        ds.RepetitionTime = "2000"
        ds.EchoTime = "90"
        if len(g.positions) > 1:
            ds.SpacingBetweenSlices = _ds(float(np.linalg.norm(np.subtract(g.positions[1], g.positions[0]))))
    return ds


def stored_pixels(values: np.ndarray, modality: str, signed: bool) -> np.ndarray:
    """Intensity -> stored values: CT HU + 1024 (intercept -1024), MR as is, in 12 bits unless signed."""
    stored = values + 1024.0 if modality == "CT" else values
    stored = np.clip(np.rint(stored), 0, 4095)
    return stored.astype("<i2" if signed else "<u2")


def localizer_pixels(study: StudyPlan, geometry: SeriesGeometry) -> np.ndarray:
    """A topogram-like projection: mean HU along y through the body, on the localizer's grid."""
    ys = [-150.0 + 10.0 * k for k in range(31)]
    stack = SeriesGeometry(
        geometry.plane,
        geometry.orientation,
        geometry.pixel_spacing,
        geometry.rows,
        geometry.columns,
        10.0,
        tuple((geometry.positions[0][0], y, geometry.positions[0][2]) for y in ys),
    )
    return CT_LUT[stack.render_labels(study.shapes())].mean(axis=0, keepdims=True)


def series_pixels(study: StudyPlan, series: SeriesPlan, rng: np.random.Generator) -> np.ndarray:
    """Intensities [instance, row, column] of the study's phantom sampled on the series geometry."""
    if series.role == "localizer":
        return localizer_pixels(study, series.geometry)
    sequence = "t1" if series.role == "t1_axial" else "t2"
    return to_intensity(series.geometry.render_labels(study.shapes()), study.modality, rng, sequence)


def file_meta(sop_class: str, sop_uid: str) -> FileMetaDataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = IMPLEMENTATION_UID
    meta.ImplementationVersionName = "RADSYNTH_1"
    return meta


def write_series(
    out_dir: Path,
    rel_dir: str,
    patient: Patient,
    study: StudyPlan,
    series: SeriesPlan,
    study_base: Dataset,
    rng: np.random.Generator,
) -> list[str]:
    """Write every instance of a series; returns the file paths relative to the export root."""
    base = Dataset()
    base.update(study_base)
    base.update(series_header(study, series))
    pixels = stored_pixels(series_pixels(study, series, rng), study.modality, study.pixel_signed)
    (out_dir / rel_dir).mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for index, (position, sop_uid, name) in enumerate(
        zip(series.geometry.positions, series.sop_uids, series.file_names, strict=True)
    ):
        ds = Dataset()
        ds.update(base)
        ds.file_meta = file_meta(base.SOPClassUID, sop_uid)
        ds.SOPInstanceUID = sop_uid
        ds.InstanceNumber = index + 1
        ds.AcquisitionNumber = 1
        ds.ContentDate = study.study_date
        ds.AcquisitionDate = study.study_date
        ds.ContentTime = study.study_time
        ds.ImagePositionPatient = [_ds(v) for v in position]
        if series.geometry.plane == "axial":
            ds.SliceLocation = _ds(position[2])
        if index == 0:
            ds.ImageComments = f"Pat. {patient.last}, Aufnahme {study.accession}"
        ds.PixelData = pixels[index].tobytes()
        rel = f"{rel_dir}/{name}"
        dcmwrite(out_dir / rel, ds, enforce_file_format=True)
        written.append(rel)
    return written
