"""DICOM files of the synthetic export: readable, true geometry, phantom visible where the truth says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pytest

from curation.synth.phantom import CT_LUT, LABEL, MR_LUT

SURROUNDING = {
    "lung_nodule": "lung",
    "liver_lesion": "liver",
    "kidney_cyst": "kidney",
    "brain_lesion": "brain_white",
}


def _series(truth: dict):
    for patient in truth["patients"]:
        for study in patient["studies"]:
            for series in study["series"]:
                yield patient, study, series


def test_every_image_file_reads_with_the_truth_geometry(out_dir: Path, truth: dict) -> None:
    count = 0
    for patient, study, series in _series(truth):
        for inst in series["instances"]:
            ds = pydicom.dcmread(out_dir / inst["path"], stop_before_pixels=True)
            assert ds.SOPInstanceUID == inst["sop_uid"]
            assert ds.InstanceNumber == inst["instance_number"]
            assert ds.SeriesNumber == series["series_number"]
            assert ds.SeriesInstanceUID == series["series_uid"]
            assert ds.StudyInstanceUID == study["study_uid"]
            assert ds.FrameOfReferenceUID == study["frame_of_reference_uid"]
            assert ds.PatientPosition == study["patient_position"]
            assert [float(v) for v in ds.ImagePositionPatient] == inst["position"]
            assert [float(v) for v in ds.ImageOrientationPatient] == series["orientation"]
            assert [float(v) for v in ds.PixelSpacing] == series["pixel_spacing"]
            assert (ds.Rows, ds.Columns) == (series["rows"], series["columns"])
            assert ds.PatientID == patient["patient_id"]
            assert ds.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
            count += 1
    assert count > 800


def test_axial_series_spacing_and_direction(truth: dict) -> None:
    roles = set()
    for _, study, series in _series(truth):
        roles.add(series["role"])
        z = np.array([i["position"][2] for i in series["instances"]])
        if series["role"] == "thick_axial":
            assert np.allclose(np.diff(z), -series["slice_thickness"])  # instance 1 at the head
        if series["role"] == "thin_axial":
            assert np.allclose(np.diff(z), series["slice_thickness"])  # instance 1 at the feet
            assert series["slice_thickness"] < 5.0
        if series["role"] == "coronal":
            assert series["orientation"] == [1.0, 0.0, 0.0, 0.0, 0.0, -1.0]
            assert np.allclose(
                np.diff([i["position"][1] for i in series["instances"]]), series["slice_thickness"]
            )
        if series["role"] in ("thick_axial", "thin_axial"):
            assert 30 <= len(z) <= 120
            expected = [-1.0, 0, 0, 0, 1, 0] if study["patient_position"] == "FFS" else [1.0, 0, 0, 0, 1, 0]
            assert series["orientation"] == expected
    assert {"thick_axial", "thin_axial", "coronal", "sagittal", "localizer"} <= roles
    positions = {s["patient_position"] for p in truth["patients"] for s in p["studies"]}
    assert positions == {"HFS", "FFS"}


def test_ct_pixels_are_hounsfield_units_of_the_phantom(out_dir: Path, truth: dict) -> None:
    study = truth["patients"][0]["studies"][0]
    assert study["modality"] == "CT"
    series = next(s for s in study["series"] if s["role"] == "thick_axial")
    mid = series["instances"][len(series["instances"]) // 2]
    ds = pydicom.dcmread(out_dir / mid["path"])
    hu = ds.pixel_array * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    assert float(ds.RescaleIntercept) == -1024.0
    assert hu[0:5, 0:5].mean() == pytest.approx(-1000, abs=15)  # air in the corner
    assert (hu < -700).sum() > 0.1 * hu.size  # air + lungs
    assert (hu > 500).sum() > 20  # ribs and spine
    assert ((hu > -150) & (hu < -50)).sum() > 50  # subcutaneous fat


def _pixel_of(series: dict, inst: dict, point: list[float]) -> tuple[int, int]:
    ipp = np.array(inst["position"])
    row_dir, col_dir = np.array(series["orientation"][:3]), np.array(series["orientation"][3:])
    d = np.array(point) - ipp
    col = float(d @ row_dir) / series["pixel_spacing"][1]
    row = float(d @ col_dir) / series["pixel_spacing"][0]
    return round(row), round(col)


def test_referenced_images_exist_at_the_truth_z_and_show_the_lesion(out_dir: Path, truth: dict) -> None:
    studies = {s["study_uid"]: s for p in truth["patients"] for s in p["studies"]}
    checked = 0
    for ref in truth["references"]:
        study = studies[ref["study_uid"]]
        series = next(s for s in study["series"] if s["series_uid"] == ref["series_uid"])
        assert series["series_number"] == ref["series_number"]
        ends = [series["instances"][n - 1] for n in (ref["image_start"], ref["image_end"])]
        if ref["plane"] == "axial":
            assert ref["z_mm"] == pytest.approx(np.mean([i["position"][2] for i in ends]), abs=1e-6)
        else:
            rows_z = (series["rows"] - 1) / 2 * series["pixel_spacing"][0]
            assert ref["z_mm"] == pytest.approx(ends[0]["position"][2] - rows_z, abs=1e-6)
        lesion = study["lesions"][ref["lesion_index"]]
        lut = CT_LUT if study["modality"] == "CT" else MR_LUT
        contrast = abs(lut[LABEL[lesion["kind"]]] - lut[LABEL[SURROUNDING[lesion["kind"]]]])
        for inst in ends:
            ds = pydicom.dcmread(out_dir / inst["path"])
            img = ds.pixel_array.astype(float)
            row, col = _pixel_of(series, inst, lesion["center_mm"])
            inside = img[row - 1 : row + 2, col - 1 : col + 2].mean()
            step = round((lesion["radius_mm"] + 4) / series["pixel_spacing"][1])
            outside = np.mean([img[row, col - step], img[row, col + step]])
            assert abs(inside - outside) > 0.5 * contrast, (ref["ref_text"], inside, outside)
            checked += 1
    assert checked >= 10


def test_charsets_and_planted_header_phi(out_dir: Path, truth: dict) -> None:
    charsets = {s["charset"] for p in truth["patients"] for s in p["studies"]}
    assert charsets == {"ISO_IR 100", "ISO_IR 192"}
    patient = truth["patients"][0]
    first = patient["studies"][0]["series"][1]["instances"][0]
    ds = pydicom.dcmread(out_dir / first["path"], stop_before_pixels=True)
    assert str(ds.PatientName) == patient["name"] == "Müller^" + patient["name"].split("^")[1]
    assert patient["name"].split("^")[0] in ds.RequestAttributesSequence[0].ReasonForTheRequestedProcedure
    assert ds.OtherPatientIDsSequence[0].PatientID.startswith("KIS-")
    assert len(ds.ReferencedPatientSequence) == 1
    block = ds.private_block(0x0029, "RADSYNTH HOSP 1.0")
    assert block[0x11].value == patient["patient_id"]
    assert ds.ImageComments.startswith("Pat. Müller")
    assert ds.InstitutionName and ds.StationName and ds.DeviceSerialNumber
