"""Benchmark: files/s of build_index against a plain pydicom header-read loop over the same files.

    PYTHONPATH=. python bench/index.py [--files 2000] [--matrix 512] [--workers 2] [--export DIR]

Without --export it writes N CT files (matrix x matrix, 16-bit, realistic header with PHI, nested
sequences and private tags) into a temporary folder; with --export it measures an existing export
(e.g. `radcurate synth OUT --matrix 512`). Page cache is warmed by one untimed pass, then each side
is timed over the same files; the ratio is index files/s / plain files/s (goal >= 1.0 on 2 cores).
The first build_index call of the process (fork server still starting) is reported separately.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

from curation.export_layout import dicom_candidates
from curation.index import build_index
from curation.index.parallel import default_workers
from curation.keys import Pseudonymizer


def write_ct(path: Path, matrix: int, patient: int, series: int, instance: int, pixels: bytes) -> None:
    """One CT Image Storage file with the header fields (and PHI) a PACS export carries."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, meta.MediaStorageSOPInstanceUID
    ds.Modality, ds.PatientName, ds.PatientID = "CT", f"Müller^Anna{patient}", f"PAT{patient:07d}"
    ds.PatientBirthDate, ds.PatientSex, ds.AccessionNumber = "19560312", "F", f"ACC{patient:08d}"
    ds.StudyDate, ds.StudyDescription, ds.SeriesDescription = "20240117", "CT Thorax", "Thorax 1mm axial"
    ds.ReferringPhysicianName, ds.InstitutionName = "Schäfer^Hans^^Dr. med.", "Klinikum Musterstadt"
    ds.StationName, ds.DeviceSerialNumber = "CTSTATION01", "SN4711"
    ds.StudyInstanceUID = f"1.2.826.0.1.3680043.10.1.{patient}"
    ds.SeriesInstanceUID = f"1.2.826.0.1.3680043.10.1.{patient}.{series}"
    ds.FrameOfReferenceUID = f"1.2.826.0.1.3680043.10.2.{patient}"
    ds.SeriesNumber, ds.InstanceNumber = series, instance
    ds.ImagePositionPatient = [-250.0, -250.0, -1.25 * instance]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing, ds.SliceThickness = [0.9765625, 0.9765625], 1.25
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    request = Dataset()
    request.AccessionNumber, request.RequestedProcedureID = ds.AccessionNumber, "RP1"
    ds.RequestAttributesSequence = [request]
    ds.add_new(0x00290010, "LO", "SIEMENS MEDCOM")
    ds.add_new(0x00291010, "LO", f"Anna{patient} Müller")
    ds.Rows = ds.Columns = matrix
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 1
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ds.PixelData = pixels
    ds.save_as(path, enforce_file_format=True)


def write_files(root: Path, n: int, matrix: int) -> None:
    pixels = np.zeros((matrix, matrix), np.int16).tobytes()
    per_series = 200
    for i in range(n):
        patient, series, instance = i // (2 * per_series), (i // per_series) % 2 + 2, i % per_series + 1
        folder = root / f"MUELLER_ANNA{patient}_19560312" / "20240117_CT" / f"S{series}"
        folder.mkdir(parents=True, exist_ok=True)
        write_ct(folder / f"IM{instance:04d}", matrix, patient, series, instance, pixels)


def plain_loop(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        try:
            pydicom.dcmread(path, stop_before_pixels=True)
        except Exception:  # the bad files of a synth export: the peer skips them too
            continue
    return len(files) / (time.perf_counter() - start)


def index_rate(export: Path, workers: int) -> float:
    pseudonymizer = Pseudonymizer(b"bench-secret-0123456789abcdef")
    start = time.perf_counter()
    result = build_index(export, "exp_bench", pseudonymizer, workers=workers)
    seconds = time.perf_counter() - start
    assert result.files == len(dicom_candidates(export))
    return result.files / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--matrix", type=int, default=512)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--export", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export = args.export or Path(tmp) / "export"
        if args.export is None:
            write_files(export, args.files, args.matrix)
        files = [export / rel for rel in dicom_candidates(export)]
        plain_loop(files)  # warm the page cache for both sides
        # the first call also starts the fork server (once per process), as an asset run's only call does
        cold = index_rate(export, args.workers)
        plains, indexes, serials = [], [], []
        for _ in range(args.repeat):  # interleaved, so background load hits both sides alike
            plains.append(plain_loop(files))
            indexes.append(index_rate(export, args.workers))
            serials.append(index_rate(export, 1))
        plain, index, serial = (statistics.median(v) for v in (plains, indexes, serials))
        # CPU seconds per file in one process: what a busy machine cannot distort
        cpu = time.process_time()
        plain_loop(files)
        plain_cpu = time.process_time() - cpu
        cpu = time.process_time()
        index_rate(export, 1)
        index_cpu = time.process_time() - cpu
    load = os.getloadavg()[0]
    print(f"files={len(files)} workers={args.workers} cores={default_workers()} load1={load:.1f} "
          f"plain_dcmread={plain:.0f} files/s build_index={index:.0f} files/s "
          f"(1 worker: {serial:.0f}, ratio {serial / plain:.2f}; first call, cold pool: {cold:.0f}, "
          f"ratio {cold / plain:.2f}) ratio={index / plain:.2f}")
    print(f"cpu per file: plain {1e3 * plain_cpu / len(files):.3f} ms, index {1e3 * index_cpu / len(files):.3f} ms "
          f"-> one-process cpu ratio {plain_cpu / index_cpu:.2f}")


if __name__ == "__main__":
    main()
