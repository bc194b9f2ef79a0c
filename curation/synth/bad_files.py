"""The broken and unwanted files a real export contains (written only with --bad-files).

Each is a plausible PACS artefact: a file cut off mid-transfer, a zero-byte file, a cover letter with
PHI saved next to the images, an image header without pixel data, and a secondary capture (dose
report screenshot) with burned-in patient name (BurnedInAnnotation YES). `write_bad_files` places them
in the first patient's first study and adds an orphan report (no study in the export).
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.filewriter import dcmwrite

from curation.synth.dicom_writer import SECONDARY_CAPTURE, file_meta
from curation.synth.people import Patient, Site
from curation.synth.plan import UidSource
from curation.synth.reports import build_orphan_report
from curation.synth.ris import ris_row
from curation.synth.truth_records import report_truth


def _variant(template: Path, uid: UidSource, series_number: int, description: str) -> Dataset:
    """A copy of a good image moved to its own series with fresh UIDs."""
    ds = dcmread(template)
    sop_uid = uid("bad", series_number, "sop")
    ds.SOPInstanceUID = sop_uid
    ds.file_meta.MediaStorageSOPInstanceUID = sop_uid
    ds.SeriesInstanceUID = uid("bad", series_number, "series")
    ds.SeriesNumber = series_number
    ds.SeriesDescription = description
    ds.InstanceNumber = 1
    return ds


def write_truncated(out: Path, rel: str, template: Path, uid: UidSource) -> str:
    """A CT file cut off in the middle of its pixel data: headers read, full read fails."""
    ds = _variant(template, uid, 90, "Thorax 5mm axial")
    buffer = io.BytesIO()
    dcmwrite(buffer, ds, enforce_file_format=True)
    data = buffer.getvalue()
    pixel_bytes = len(ds.PixelData)
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    (out / rel).write_bytes(data[: len(data) - pixel_bytes // 2])
    return rel


def write_empty(out: Path, rel: str) -> str:
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    (out / rel).write_bytes(b"")
    return rel


def write_text_phi(out: Path, rel: str, patient: Patient, accession: str) -> str:
    """A cover letter saved into the export folder: not DICOM, full of PHI."""
    text = (
        f"Begleitschreiben zur Bildanforderung\nPatient: {patient.last}, {patient.first}\n"
        f"geb. {patient.birth_date_de}, PID {patient.patient_id}\nAnschrift: {patient.address}\n"
        f"Tel. {patient.phone}\nAcc.-Nr. {accession}\n"
    )
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    (out / rel).write_bytes(text.encode("utf-8"))
    return rel


def write_no_pixels(out: Path, rel: str, template: Path, uid: UidSource) -> str:
    """A CT Image Storage header with the Pixel Data element missing."""
    ds = _variant(template, uid, 92, "Thorax 5mm axial")
    del ds.PixelData
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    dcmwrite(out / rel, ds, enforce_file_format=True)
    return rel


def write_burned_in(out: Path, rel: str, template: Path, uid: UidSource, patient: Patient) -> str:
    """A dose-report screenshot (Secondary Capture) with the patient's name drawn into the pixels."""
    src = dcmread(template, stop_before_pixels=True)
    ds = Dataset()
    for keyword in (
        "SpecificCharacterSet",
        "StudyDate",
        "StudyTime",
        "AccessionNumber",
        "Modality",
        "InstitutionName",
        "ReferringPhysicianName",
        "StationName",
        "PatientName",
        "PatientID",
        "PatientBirthDate",
        "PatientSex",
        "StudyInstanceUID",
        "StudyID",
    ):
        if keyword in src:
            setattr(ds, keyword, src.data_element(keyword).value)
    sop_uid = uid("bad", 93, "sop")
    ds.file_meta = file_meta(SECONDARY_CAPTURE, sop_uid)
    ds.SOPClassUID = SECONDARY_CAPTURE
    ds.SOPInstanceUID = sop_uid
    ds.SeriesInstanceUID = uid("bad", 93, "series")
    ds.SeriesNumber = 93
    ds.InstanceNumber = 1
    ds.SeriesDescription = "Dosisreport"
    ds.ConversionType = "WSD"
    ds.BurnedInAnnotation = "YES"
    image = Image.new("L", (256, 128), 0)
    draw = ImageDraw.Draw(image)
    draw.text((8, 10), f"{patient.last}, {patient.first}", fill=255)
    draw.text((8, 30), f"{patient.birth_date_de}  {patient.patient_id}", fill=255)
    draw.text((8, 60), "CTDIvol 6.2 mGy  DLP 245 mGy*cm", fill=200)
    pixels = np.asarray(image, dtype=np.uint8)
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = pixels.shape
    ds.BitsAllocated = 8
    ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.PixelData = pixels.tobytes()
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    dcmwrite(out / rel, ds, enforce_file_format=True)
    return rel


def write_bad_files(
    out: Path,
    patient: Patient,
    site: Site,
    patient_truth: dict,
    template: Path | None,
    uid: UidSource,
    rng: random.Random,
) -> tuple[list[dict], tuple[dict, dict]]:
    """The --bad-files artefacts in the first patient's first study, plus an orphan report."""
    if template is None:
        raise ValueError("bad_files: needs a CT study to copy headers from")
    study_truth = patient_truth["studies"][0]
    study_dir = f"{patient.folder}/{study_truth['study_date']}_{study_truth['modality']}"
    written = [
        (write_truncated(out, f"{study_dir}/S90/IM0001.dcm", template, uid), "truncated"),
        (write_empty(out, f"{study_dir}/S91/IM0001"), "empty"),
        (
            write_text_phi(
                out, f"{patient.folder}/Begleitschreiben.txt", patient, study_truth["accession"]
            ),
            "text_phi",
        ),
        (write_no_pixels(out, f"{study_dir}/S92/IM0001.dcm", template, uid), "no_pixels"),
        (write_burned_in(out, f"{study_dir}/S93/IM0001.dcm", template, uid, patient), "burned_in"),
    ]
    accession = f"ACC2099{rng.randrange(10**6, 10**7)}"
    report_date = study_truth["study_date"]
    builder = build_orphan_report(patient, site, accession, report_date)
    row = ris_row(accession, builder.text, patient.patient_id, None, report_date, "de")
    truth = report_truth(
        "R9001", "reports/ris_export.csv", accession, patient.patient_id, None, "de", builder, False
    )
    entries = [{"path": path, "kind": kind} for path, kind in written]
    entries.append(
        {
            "path": "reports/ris_export.csv",
            "kind": "orphan_report",
            "report_id": "R9001",
            "accession": accession,
        }
    )
    return entries, (row, truth)
