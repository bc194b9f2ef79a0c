"""dataset_bytes: byte-identical to pydicom's writer, fast path and fallback."""

from __future__ import annotations

import io

from pydicom import dcmread
from pydicom.uid import ImplicitVRLittleEndian

from curation.deid.dicom.deidentify import deidentify_dataset
from curation.deid.dicom.write import _fast_path_applies, dataset_bytes
from curation.keys import Pseudonymizer

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


def test_nested_sequences_from_a_file_are_written_like_pydicom(pseudonymizer: Pseudonymizer) -> None:
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    instance = ct_instance(charset="ISO_IR 192")
    ref = Dataset()
    ref.ReferencedSOPClassUID = instance.SOPClassUID
    ref.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.97.9"
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "T-D3000", "SRT", "Thorax Röntgen"
    source = Dataset()
    source.SourceImageSequence = Sequence([ref])
    source.DerivationDescription = "Müller"
    instance.ReferencedImageSequence = Sequence([ref])
    instance.AnatomicRegionSequence = Sequence([code])
    instance.DerivationCodeSequence = Sequence([source])
    source_file, _ = roundtrip(instance)
    out = deidentify_dataset(source_file, pseudonymizer=pseudonymizer, patient_pid="P1")
    data = dataset_bytes(out)
    assert data == _reference(out)
    reread = dcmread(io.BytesIO(data))
    assert reread.AnatomicRegionSequence[0].CodeMeaning == "Thorax Röntgen"       # kept raw, UTF-8 intact
    assert reread.ReferencedImageSequence[0].ReferencedSOPInstanceUID == pseudonymizer.uid(
        "1.2.826.0.1.3680043.97.9")
    assert reread.DerivationCodeSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID == pseudonymizer.uid(
        "1.2.826.0.1.3680043.97.9")
    assert "Müller" not in reread.DerivationCodeSequence[0].get("DerivationDescription", "")
    assert reread.DeidentificationMethodCodeSequence[0].CodeValue == "113100"
    assert reread.file_meta.MediaStorageSOPInstanceUID == reread.SOPInstanceUID
