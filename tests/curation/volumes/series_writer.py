"""Write small synthetic DICOM series with exact, known geometry (test fixture and bench input).

Voxel values encode their own position (a ramp plus a per-slice offset), so a wrong flip or slice order
shows up as a voxel mismatch, not only as an affine mismatch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, MRImageStorage, generate_uid

AXIAL = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)
CORONAL = (1.0, 0.0, 0.0, 0.0, 0.0, -1.0)
SAGITTAL = (0.0, 1.0, 0.0, 0.0, 0.0, -1.0)


@dataclass(frozen=True)
class SeriesSpec:
    """Geometry and encoding of one synthetic series."""

    n_slices: int = 6
    rows: int = 12
    columns: int = 10
    pixel_spacing: tuple[float, float] = (0.8, 0.7)
    orientation: tuple[float, ...] = AXIAL
    origin: tuple[float, float, float] = (-40.0, -30.0, 100.0)
    step: tuple[float, float, float] | None = None   # position change per instance; default -normal*spacing
    slice_spacing: float = 2.5
    modality: str = "CT"
    patient_position: str = "HFS"
    reverse_numbering: bool = False
    image_type: str = "ORIGINAL\\PRIMARY\\AXIAL"
    rescale: tuple[float, float] = (1.0, -1024.0)
    series_number: int = 3
    skip_positions: Sequence[int] = field(default=())
    seed: int = 0
    signed: bool = False                  # PixelRepresentation 1: HU stored as int16, intercept 0
    gantry_tilt_deg: float | None = None  # written as GantryDetectorTilt (the geometry is in step/orientation)


def _normal(orientation: Sequence[float]) -> np.ndarray:
    return np.cross(np.asarray(orientation[:3]), np.asarray(orientation[3:]))


def write_series(folder: Path, spec: SeriesSpec, *, study_uid: str | None = None,
                 series_uid: str | None = None) -> list[Path]:
    """Write `spec` as one file per instance under `folder`; returns the paths in instance order."""
    folder.mkdir(parents=True, exist_ok=True)
    study_uid = study_uid or generate_uid()
    series_uid = series_uid or generate_uid()
    step = np.asarray(spec.step) if spec.step is not None else -_normal(spec.orientation) * spec.slice_spacing
    rng = np.random.default_rng(spec.seed)
    base = rng.integers(0, 400, size=(spec.rows, spec.columns)).astype(np.int32)
    sop_class = CTImageStorage if spec.modality == "CT" else MRImageStorage
    positions = [i for i in range(spec.n_slices + len(spec.skip_positions)) if i not in spec.skip_positions]
    paths = []
    for order, pos_index in enumerate(positions):
        number = len(positions) - order if spec.reverse_numbering else order + 1
        position = np.asarray(spec.origin) + pos_index * step
        pixels = (base + 37 * pos_index + np.arange(spec.columns)[None, :]).astype(np.uint16)
        if spec.signed:
            pixels = (pixels.astype(np.int32) + int(spec.rescale[1])).astype(np.int16)
        ds = Dataset()
        ds.file_meta = FileMetaDataset()
        ds.file_meta.MediaStorageSOPClassUID = sop_class
        sop_uid = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = sop_uid
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.SOPClassUID, ds.SOPInstanceUID = sop_class, sop_uid
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid, series_uid
        ds.FrameOfReferenceUID = study_uid[:60] + ".1"
        ds.PatientID, ds.PatientName = "TESTPAT", "Test^Patient"
        ds.StudyDate, ds.Modality = "20240101", spec.modality
        ds.SeriesNumber, ds.InstanceNumber = spec.series_number, number
        ds.ImageType = spec.image_type.split("\\")
        ds.PatientPosition = spec.patient_position
        ds.ImagePositionPatient = [f"{v:.4f}" for v in position]
        ds.ImageOrientationPatient = [f"{v:.6f}" for v in spec.orientation]
        ds.PixelSpacing = [f"{v:.4f}" for v in spec.pixel_spacing]
        ds.SliceThickness = spec.slice_spacing
        ds.Rows, ds.Columns = spec.rows, spec.columns
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, int(spec.signed)
        ds.RescaleSlope, ds.RescaleIntercept = (spec.rescale[0], 0.0) if spec.signed else spec.rescale
        if spec.gantry_tilt_deg is not None:
            ds.GantryDetectorTilt = spec.gantry_tilt_deg
        ds.PixelData = pixels.tobytes()
        path = folder / f"IM{number:04d}"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return sorted(paths)
