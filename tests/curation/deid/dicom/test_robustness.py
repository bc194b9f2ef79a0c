"""Files as clinics send them: empty numeric elements, UIDs stored as UN in nested sequences, incomplete
file meta; and the after-write check that scans every element for an original UID, name or date."""

from __future__ import annotations

import io
import struct

import pytest
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from curation.deid.dicom.deidentify import deidentify_dataset
from curation.deid.dicom.verify import leftovers, walk
from curation.deid.dicom.write import dataset_bytes
from curation.keys import Pseudonymizer
from tests.curation.deid.dicom.dicom_fixtures import ct_instance, roundtrip

PID = "P0000TEST"
EMPTY_NUMERIC = {0x00101030: "DS", 0x00200011: "IS", 0x00180050: "DS", 0x00280106: "US", 0x00189306: "FD",
                 0x00189327: "FD", 0x00189345: "FD", 0x00186020: "SL", 0x00280108: "SS", 0x00081160: "IS",
                 0x00189219: "FD", 0x0018995B: "FL", 0x00280008: "IS", 0x00189073: "FD", 0x00082122: "IS",
                 0x00186030: "UL"}
UN_UIDS = ("1.2.826.0.1.3680043.96.1", "1.2.826.0.1.3680043.96.2", "1.2.826.0.1.3680043.96.3",
           "1.2.826.0.1.3680043.96.4")


def _uid_bytes(uid: str) -> bytes:
    data = uid.encode()
    return data + b"\x00" * (len(data) % 2)


def _implicit_item(elements: list[tuple[int, bytes]]) -> bytes:
    body = b"".join(struct.pack("<HHI", tag >> 16, tag & 0xFFFF, len(v)) + v for tag, v in elements)
    return struct.pack("<HHI", 0xFFFE, 0xE000, len(body)) + body


def test_empty_numeric_elements_do_not_crash_and_stay_empty(pseudonymizer: Pseudonymizer) -> None:
    instance = ct_instance()
    for tag, vr in EMPTY_NUMERIC.items():
        instance.add_new(tag, vr, None)
    item = Dataset()
    item.add_new(0x00200011, "IS", None)                   # also inside a sequence item
    item.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.97.9"
    instance.ReferencedImageSequence = Sequence([item])
    source, _ = roundtrip(instance)
    assert source.get_item(0x00101030).value is None      # what pydicom reads: no bytes at all
    data = dataset_bytes(deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid=PID))
    back = dcmread(io.BytesIO(data))
    kept = [tag for tag in EMPTY_NUMERIC if tag in back]
    assert len(kept) >= 10                                  # the profile keeps most of them: all empty
    assert all(back[tag].value in (None, "", []) for tag in kept)
    assert back.ReferencedImageSequence[0].get("SeriesNumber") in (None, "")


def _stored_as_un(ds: Dataset, tags: list[int]) -> Dataset:
    """`ds` written and read back with `tags` (given as OB) stored with VR UN in the file."""
    _, data = roundtrip(ds)
    for tag in tags:
        header = struct.pack("<HH", tag >> 16, tag & 0xFFFF)
        assert data.count(header + b"OB") == 1
        data = data.replace(header + b"OB", header + b"UN")
    return dcmread(io.BytesIO(data))


def test_uids_stored_as_un_are_replaced_at_every_depth(pseudonymizer: Pseudonymizer) -> None:
    instance = ct_instance()
    instance.add_new(0x00200052, "OB", _uid_bytes(UN_UIDS[0]))           # FrameOfReferenceUID
    inner = Dataset()
    inner.add_new(0x00081155, "OB", _uid_bytes(UN_UIDS[1]))              # ReferencedSOPInstanceUID
    inner.add_new(0x0020000E, "OB", _uid_bytes(UN_UIDS[2]))              # SeriesInstanceUID in an item
    middle = Dataset()
    middle.ReferencedSeriesSequence = Sequence([inner])
    instance.add_new(0x00081115, "SQ", Sequence([middle]))               # ReferencedSeriesSequence
    # a whole sequence stored as UN (implicit VR items inside), holding a UID
    un_sequence = _implicit_item([(0x00081150, _uid_bytes("1.2.840.10008.5.1.4.1.1.2")),
                                  (0x00081155, _uid_bytes(UN_UIDS[3]))])
    instance.add_new(0x00081140, "OB", un_sequence)                      # ReferencedImageSequence
    source = _stored_as_un(instance, [0x00200052, 0x00081155, 0x0020000E, 0x00081140])
    assert source.get_item(0x00200052).VR == "UN"
    out = deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid=PID)
    back = dcmread(io.BytesIO(dataset_bytes(out)))
    values = {str(v) for _, vr, v in walk(back) if vr == "UI"}
    assert not values & set(UN_UIDS)
    assert {pseudonymizer.uid(u) for u in UN_UIDS} <= values
    assert back.FrameOfReferenceUID == pseudonymizer.uid(UN_UIDS[0])
    assert back.ReferencedImageSequence[0].ReferencedSOPClassUID == "1.2.840.10008.5.1.4.1.1.2"
    raw = dataset_bytes(out)
    assert not any(u.encode() in raw for u in UN_UIDS)
    assert leftovers(source, back, pseudonymizer=pseudonymizer, patient_pid=PID).clean


def test_after_write_check_finds_originals_anywhere(pseudonymizer: Pseudonymizer) -> None:
    original = ct_instance()
    original.OperatorsName = "Grünewald^Petra"
    item = Dataset()
    item.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.97.42"
    original.ReferencedImageSequence = Sequence([item])
    written = deidentify_dataset(original, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert leftovers(original, written, pseudonymizer=pseudonymizer, patient_pid=PID).clean
    # plant one original of each class deep in the output, as UN and private text
    leak = Dataset()
    leak.add_new(0x00081155, "UN", _uid_bytes("1.2.826.0.1.3680043.97.42"))
    leak.add_new(0x00091010, "LO", "Petra")
    leak.add_new(0x00091000, "LO", "VENDOR")
    leak.add_new(0x00400254, "LO", "done 20240117")
    written.add_new(0x00081250, "SQ", Sequence([Dataset({}), leak]))
    found = leftovers(original, written, pseudonymizer=pseudonymizer, patient_pid=PID)
    assert (found.uids, found.names, found.dates) == (1, 1, 1)
    assert found.reason == "original_uid"


def test_incomplete_file_meta_is_completed_from_the_dataset(pseudonymizer: Pseudonymizer) -> None:
    instance = ct_instance()
    source, _ = roundtrip(instance)
    del source.file_meta.MediaStorageSOPClassUID
    del source.file_meta.TransferSyntaxUID
    data = dataset_bytes(deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid=PID))
    back = dcmread(io.BytesIO(data))
    assert back.file_meta.MediaStorageSOPClassUID == instance.SOPClassUID
    assert back.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"
    assert back.file_meta.MediaStorageSOPInstanceUID == pseudonymizer.uid(instance.SOPInstanceUID)
    assert back.file_meta.ImplementationClassUID.startswith("1.2.826.0.1.3680043.8.498.")  # the writer's


def corpus_files() -> list[str]:
    """pydicom's test files (with pydicom-data) and deid-data's: every file pydicom reads as DICOM."""
    from pathlib import Path

    from pydicom.data import get_testdata_files

    deid_data = pytest.importorskip("deid_data")
    files = {*get_testdata_files(), *map(str, Path(deid_data.__file__).parent.rglob("*"))}
    return sorted(f for f in files if Path(f).is_file())


@pytest.mark.slow
def test_public_corpus_no_crash_and_no_original_left(pseudonymizer: Pseudonymizer) -> None:
    read = crashed = 0
    dirty: list[str] = []
    for path in corpus_files():
        try:
            source = dcmread(path)
        except Exception:  # not DICOM (README, zip, json): not part of the corpus
            continue
        read += 1
        try:
            data = dataset_bytes(deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid=PID))
        except Exception:
            crashed += 1
            continue
        found = leftovers(dcmread(path), dcmread(io.BytesIO(data), force=True), pseudonymizer=pseudonymizer,
                          patient_pid=PID)
        if not found.clean:
            dirty.append(path.rsplit("/", 1)[-1])
    assert read >= 200
    assert crashed == 0
    assert dirty == []


@pytest.mark.parametrize("value", [b"\xfe\xff\x00\xe0\xff\x00\x00\x00garbage!",   # item longer than the value
                                   b"\xfe\xff\x00\xe0\x08\x00\x00\x00\x08\x00\x55\x11\xff\xff",
                                   b"\x01\x02\x03\x04"])             # no item at all: pydicom cannot read it
def test_a_malformed_un_sequence_is_not_fatal(pseudonymizer: Pseudonymizer, value: bytes) -> None:
    instance = ct_instance()
    instance.add_new(0x00081140, "OB", value)
    source = _stored_as_un(instance, [0x00081140])
    data = dataset_bytes(deidentify_dataset(source, pseudonymizer=pseudonymizer, patient_pid=PID))
    back = dcmread(io.BytesIO(data))
    assert b"garbage" not in data
    assert back.SOPInstanceUID == pseudonymizer.uid(instance.SOPInstanceUID)
