"""dataset_bytes: byte-identical to pydicom's writer, fast path and fallback."""

from __future__ import annotations

import io

from pydicom import dcmread
from pydicom.uid import ImplicitVRLittleEndian

from radcurate.curation.deid.dicom import deidentify_dataset
from radcurate.curation.deid.write import _fast_path_applies, dataset_bytes
from radcurate.curation.keys import Pseudonymizer

from .dicom_fixtures import ct_instance, roundtrip


def _reference(ds) -> bytes:
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def test_fast_path_matches_pydicom_byte_for_byte(pseudonymizer: Pseudonymizer) -> None:
    instance = ct_instance(charset="ISO_IR 192")
    instance.Rows = instance.Columns = 256                  # 128 KiB of pixels: a 4-byte length field
    instance.PixelData = bytes(range(256)) * 512
    source, _ = roundtrip(instance)
    out = deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid="P1")
    assert _fast_path_applies(out)
    data = dataset_bytes(out)
    assert data == _reference(out)
    reread = dcmread(io.BytesIO(data))
    assert reread.PatientName == "P1" and reread.ImageComments == "Schädel nativ"
    assert reread.PixelData == source.PixelData


def test_other_encodings_fall_back_to_pydicom(pseudonymizer: Pseudonymizer) -> None:
    ds = ct_instance()
    ds.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    source = dcmread(io.BytesIO(buffer.getvalue()))
    out = deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid="P1")
    assert not _fast_path_applies(out)
    assert dataset_bytes(out) == _reference(out)
    assert dcmread(io.BytesIO(dataset_bytes(out))).PatientID == "P1"
