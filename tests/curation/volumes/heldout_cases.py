"""Held-out geometry and encoding cases: series the volume code was not written against.

Each case writes one series with `series_writer.write_series` and then rewrites its files (patient
position, pixel encoding, transfer syntax, numbering, file names) with pydicom, so the DICOM is what a
scanner or PACS could send. `expect` is either "match" (our NIfTI equals dcm2niix's after both are
reoriented to RAS canonical) or "refused:<reason>" (the series is refused with that reason).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filewriter import dcmwrite
from pydicom.sequence import Sequence as DicomSequence
from pydicom.uid import (
    EnhancedMRImageStorage,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGLSLossless,
    RLELossless,
    generate_uid,
)

from tests.curation.volumes.series_writer import CORONAL, SAGITTAL, SeriesSpec, write_series

Rewrite = Callable[[Dataset, int], Dataset | None]


@dataclass(frozen=True)
class Case:
    """One held-out series: its spec, a per-file rewrite, and what must come out."""

    spec: SeriesSpec
    expect: str = "match"
    rewrite: Rewrite | None = None
    shuffle_names: bool = False
    min_slices: int = 3
    reference: str = "dcm2niix"   # "truth": dcm2niix is off, compare with the written geometry only


def rotated_axial(axis: int, degrees: float) -> tuple[float, ...]:
    """Axial orientation (row +x, column +y) rotated by `degrees` about LPS axis 0/1/2."""
    t = np.radians(degrees)
    c, s = np.cos(t), np.sin(t)
    rotation = {0: [[1, 0, 0], [0, c, -s], [0, s, c]], 1: [[c, 0, s], [0, 1, 0], [-s, 0, c]],
                2: [[c, -s, 0], [s, c, 0], [0, 0, 1]]}[axis]
    r = np.asarray(rotation)
    return tuple(float(v) for v in np.concatenate([r @ [1.0, 0.0, 0.0], r @ [0.0, 1.0, 0.0]]))


def _set(**values: object) -> Rewrite:
    def rewrite(ds: Dataset, index: int) -> None:
        for keyword, value in values.items():
            setattr(ds, keyword, value)
    return rewrite


def _drop_instance_number(ds: Dataset, index: int) -> None:
    del ds.InstanceNumber


def _mr_slope_per_slice(ds: Dataset, index: int) -> None:
    ds.RescaleSlope, ds.RescaleIntercept = f"{1.0 + 0.25 * index:.2f}", f"{-3.5 * index:.1f}"


def _ct_signed(bits_stored: int, intercept: float, sign_extend: bool = True) -> Rewrite:
    """Signed stored values (PixelRepresentation 1) spanning negative numbers, in `bits_stored` bits."""
    def rewrite(ds: Dataset, index: int) -> None:
        values = ds.pixel_array.astype(np.int32) - 1000 - 60 * index   # -1000 .. ~+400: air to bone
        ds.PixelRepresentation, ds.BitsStored, ds.HighBit = 1, bits_stored, bits_stored - 1
        ds.RescaleSlope, ds.RescaleIntercept = 1, intercept
        raw = values.astype(np.int16)
        if not sign_extend:
            raw = (values & ((1 << bits_stored) - 1)).astype(np.uint16).view(np.int16)
        ds.PixelData = raw.tobytes()
    return rewrite


def _ct_unsigned_12bit(ds: Dataset, index: int) -> None:
    ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 12, 11, 0
    ds.RescaleSlope, ds.RescaleIntercept = 1, -1024


def _ct_slope_half(ds: Dataset, index: int) -> None:
    ds.RescaleSlope, ds.RescaleIntercept = "0.5", "-1024"


def _junk_above_high_bit(ds: Dataset, index: int) -> None:
    """12 stored bits with an overlay-like bit 13 set in some pixels (must be masked off)."""
    ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 12, 11, 0
    raw = ds.pixel_array.astype(np.uint16)
    raw[::3, ::2] |= 1 << 13
    ds.PixelData = raw.tobytes()


def _eight_bit(ds: Dataset, index: int) -> None:
    pixels = (ds.pixel_array % 256).astype(np.uint8)
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelData = pixels.tobytes()


def _rgb(ds: Dataset, index: int) -> None:
    gray = (ds.pixel_array % 256).astype(np.uint8)
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.SamplesPerPixel, ds.PhotometricInterpretation, ds.PlanarConfiguration = 3, "RGB", 0
    ds.PixelData = np.repeat(gray[..., None], 3, axis=2).tobytes()


def _transfer_syntax(uid: str) -> Rewrite:
    def rewrite(ds: Dataset, index: int) -> Dataset | None:
        if uid in (JPEG2000Lossless, JPEGLSLossless, RLELossless):
            ds.compress(uid)
        elif uid == ExplicitVRBigEndian:
            ds.PixelData = ds.pixel_array.astype(">u2").tobytes()   # pydicom does not swap OW on write
            ds.file_meta.TransferSyntaxUID = uid
        else:
            ds.file_meta.TransferSyntaxUID = uid
        return ds
    return rewrite


def _mixed_orientation(ds: Dataset, index: int) -> None:
    if index % 2:
        ds.ImageOrientationPatient = [f"{v:.6f}" for v in CORONAL]


def write_case(folder: Path, case: Case) -> list[Path]:
    """Write a case's series; returns its files in instance order (names maybe shuffled)."""
    files = write_series(folder, case.spec)
    out = []
    rng = np.random.default_rng(7)
    names = rng.permutation(len(files))
    for index, path in enumerate(files):
        if case.rewrite is not None:
            ds = pydicom.dcmread(path)
            ds = case.rewrite(ds, index) or ds
            big = ds.file_meta.TransferSyntaxUID == ExplicitVRBigEndian
            implicit = ds.file_meta.TransferSyntaxUID == ImplicitVRLittleEndian
            if big:   # pydicom 3 writes big endian only as-is, with force_encoding
                ds.preamble = b"\0" * 128
                dcmwrite(path, ds, little_endian=False, implicit_vr=False, force_encoding=True)
            else:
                dcmwrite(path, ds, enforce_file_format=True, implicit_vr=implicit)
        if case.shuffle_names:
            target = path.with_name(f"x{names[index]:03d}{rng.integers(1000, 9999)}.dcm")
            path.rename(target)
            path = target
        out.append(path)
    return out


def dual_echo(folder: Path, spec: SeriesSpec) -> list[Path]:
    """Two echoes at the same positions in one series (EchoNumbers 1 and 2, shared SeriesInstanceUID)."""
    study, series = generate_uid(), generate_uid()
    files = []
    for echo in (1, 2):
        for path in write_series(folder / f"e{echo}", spec, study_uid=study, series_uid=series):
            ds = pydicom.dcmread(path)
            ds.EchoNumbers, ds.EchoTime = echo, 4.6 * echo
            ds.InstanceNumber = int(ds.InstanceNumber) + (echo - 1) * spec.n_slices
            ds.PixelData = (ds.pixel_array + 500 * (echo - 1)).astype(np.uint16).tobytes()
            target = folder / f"IM{int(ds.InstanceNumber):04d}"
            ds.save_as(target, enforce_file_format=True)
            path.unlink()
            files.append(target)
        (folder / f"e{echo}").rmdir()
    return sorted(files)


def enhanced_mr(path: Path, *, n_frames: int = 6, rows: int = 12, columns: int = 10,
                orientation: tuple[float, ...] = SAGITTAL, spacing: float = 1.5,
                frame_order: tuple[int, ...] | None = None) -> Path:
    """An Enhanced MR (one multi-frame instance) with per-frame position and per-frame rescale.

    Frames are stored in `frame_order` (positions along the normal), so frame 1 need not be the first
    slice of the stack.
    """
    normal = np.cross(orientation[:3], orientation[3:])
    order = frame_order or tuple(range(n_frames))
    rng = np.random.default_rng(3)
    base = rng.integers(0, 300, size=(rows, columns))
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = EnhancedMRImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = EnhancedMRImageStorage
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.FrameOfReferenceUID = generate_uid()
    ds.PatientID, ds.PatientName, ds.StudyDate, ds.Modality = "TESTPAT", "Test^Patient", "20240101", "MR"
    ds.SeriesNumber, ds.InstanceNumber = 9, 1
    ds.ImageType = ["ORIGINAL", "PRIMARY", "M", "NONE"]
    ds.NumberOfFrames = n_frames
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    shared = Dataset()
    measures = Dataset()
    measures.PixelSpacing, measures.SliceThickness = ["0.9", "0.7"], spacing
    plane = Dataset()
    plane.ImageOrientationPatient = [f"{v:.6f}" for v in orientation]
    shared.PixelMeasuresSequence, shared.PlaneOrientationSequence = DicomSequence([measures]), DicomSequence([plane])
    ds.SharedFunctionalGroupsSequence = DicomSequence([shared])
    frames, pixels = [], []
    for position_index in order:
        item, position, transform = Dataset(), Dataset(), Dataset()
        xyz = np.asarray((12.5, -30.25, 40.0)) + position_index * spacing * normal
        position.ImagePositionPatient = [f"{v:.4f}" for v in xyz]
        transform.RescaleSlope, transform.RescaleIntercept, transform.RescaleType = "1.5", "0", "US"
        item.PlanePositionSequence = DicomSequence([position])
        item.PixelValueTransformationSequence = DicomSequence([transform])
        frames.append(item)
        pixels.append(base + 31 * position_index + np.arange(columns)[None, :])
    ds.PerFrameFunctionalGroupsSequence = DicomSequence(frames)
    ds.PixelData = np.asarray(pixels, dtype=np.uint16).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path


PRONE = (-1.0, 0.0, 0.0, 0.0, -1.0, 0.0)
MR = {"modality": "MR", "rescale": (1.0, 0.0)}

CASES: dict[str, Case] = {
    "prone_hfp": Case(SeriesSpec(orientation=PRONE, patient_position="HFP")),
    "prone_ffp": Case(SeriesSpec(orientation=PRONE, patient_position="FFP", step=(0.0, 0.0, 2.5))),
    "prone_ffp_rows_lr": Case(SeriesSpec(orientation=(1.0, 0.0, 0.0, 0.0, -1.0, 0.0), patient_position="FFP")),
    "decubitus_hfdl": Case(SeriesSpec(orientation=(0.0, -1.0, 0.0, 1.0, 0.0, 0.0), patient_position="HFDL")),
    "decubitus_hfdr": Case(SeriesSpec(orientation=(0.0, 1.0, 0.0, -1.0, 0.0, 0.0), patient_position="HFDR")),
    "feet_first_ct": Case(SeriesSpec(patient_position="FFS", step=(0.0, 0.0, 2.5))),
    "feet_first_ct_reversed": Case(SeriesSpec(patient_position="FFS", step=(0.0, 0.0, 2.5), reverse_numbering=True)),
    **{f"oblique_{'xyz'[axis]}{deg}": Case(SeriesSpec(orientation=rotated_axial(axis, deg), slice_spacing=2.0))
       for axis in range(3) for deg in (10, 25)},
    "pixels_0.7x0.9": Case(SeriesSpec(pixel_spacing=(0.7, 0.9), rows=12, columns=9)),
    "pixels_0.9x0.7": Case(SeriesSpec(pixel_spacing=(0.9, 0.7), rows=9, columns=12)),
    "non_integer_positions": Case(SeriesSpec(origin=(-123.4567, 87.6543, -512.3456), slice_spacing=1.25)),
    "shuffled_file_names": Case(SeriesSpec(n_slices=9), shuffle_names=True),
    "instance_numbers_missing": Case(SeriesSpec(), rewrite=_drop_instance_number, shuffle_names=True),
    "instance_numbers_duplicated": Case(SeriesSpec(), rewrite=_set(InstanceNumber=1), shuffle_names=True),
    "two_orientations": Case(SeriesSpec(), expect="refused:mixed_orientation", rewrite=_mixed_orientation),
    "mr_rescale_per_slice": Case(SeriesSpec(**MR), rewrite=_mr_slope_per_slice),
    "ct_signed_16bit_intercept_-1000": Case(SeriesSpec(), rewrite=_ct_signed(16, -1000.0)),
    "ct_signed_12bit_intercept_0": Case(SeriesSpec(), rewrite=_ct_signed(12, 0.0)),
    "ct_signed_12bit_not_sign_extended": Case(SeriesSpec(), rewrite=_ct_signed(12, 0.0, sign_extend=False)),
    "ct_unsigned_12bit_intercept_-1024": Case(SeriesSpec(), rewrite=_ct_unsigned_12bit),
    "one_slice": Case(SeriesSpec(n_slices=1), expect="refused:single_image", min_slices=1),
    "two_slices_default": Case(SeriesSpec(n_slices=2), expect="refused:too_few_slices"),
    "two_slices_min2": Case(SeriesSpec(n_slices=2), min_slices=2),
    "thin_0.5mm": Case(SeriesSpec(n_slices=40, slice_spacing=0.5)),
    "thin_0.5mm_oblique_2_decimals": Case(SeriesSpec(n_slices=40, slice_spacing=0.5,
                                                     orientation=rotated_axial(0, 14.0)),
                                          rewrite=lambda ds, i: setattr(ds, "ImagePositionPatient", [
                                              f"{float(v):.2f}" for v in ds.ImagePositionPatient]),
                                          reference="truth"),
    "missing_slice_gap": Case(SeriesSpec(skip_positions=(3,)), expect="refused:uneven_spacing"),
    "monochrome1": Case(SeriesSpec(), rewrite=_set(PhotometricInterpretation="MONOCHROME1")),
    "mr_coronal_primary": Case(SeriesSpec(orientation=CORONAL, image_type="ORIGINAL\\PRIMARY\\M\\NONE", **MR)),
    "mr_sagittal_primary": Case(SeriesSpec(orientation=SAGITTAL, image_type="ORIGINAL\\PRIMARY\\M\\NONE", **MR)),
    "ct_slope_0.5": Case(SeriesSpec(), rewrite=_ct_slope_half),
    "ct_12bit_junk_above_high_bit": Case(SeriesSpec(), rewrite=_junk_above_high_bit),
    "mr_8bit": Case(SeriesSpec(**MR), rewrite=_eight_bit),
    "rgb_secondary_capture": Case(SeriesSpec(), expect="refused:grayscale", rewrite=_rgb),
    "big_endian": Case(SeriesSpec(), rewrite=_transfer_syntax(ExplicitVRBigEndian)),
    "implicit_vr": Case(SeriesSpec(), rewrite=_transfer_syntax(ImplicitVRLittleEndian)),
    "jpeg2000_lossless": Case(SeriesSpec(rows=32, columns=32), rewrite=_transfer_syntax(JPEG2000Lossless)),
    "jpeg_ls_lossless": Case(SeriesSpec(), rewrite=_transfer_syntax(JPEGLSLossless)),
    "rle_lossless": Case(SeriesSpec(), rewrite=_transfer_syntax(RLELossless)),
}
