"""The lean header reader gives exactly what the pydicom path gives, file by file.

Every file is indexed twice, once with the lean reader and once with `LEAN_READER = False` (every
file through pydicom.dcmread), and the IndexRow / QuarantineRow and the per-file PHI dictionary must
be equal. pydicom's own test files bring the unusual cases (big endian, deflate, implicit VR,
enhanced multi-frame, damaged files), the synth export and the index fixtures the common ones.
"""

from pathlib import Path

import pydicom
import pytest

from curation.export_layout import dicom_candidates
from curation.index import lean, reader
from curation.index.phi import PhiCollector
from curation.keys import Pseudonymizer
from tests.curation.index.index_dicom_files import ct_dataset, write, write_series

PYDICOM_TEST_FILES = Path(pydicom.__file__).parent / "data" / "test_files"


def _outcomes(root: Path, pseudonymizer: Pseudonymizer, use_lean: bool,
              monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[object, object]]:
    monkeypatch.setattr(reader, "LEAN_READER", use_lean)
    out: dict[str, tuple[object, object]] = {}
    for rel in dicom_candidates(root):
        phi = PhiCollector()
        outcome = reader.read_file(root / rel, rel, "exp_lean", pseudonymizer, phi)
        out[rel] = (outcome, [(p.patient_pid, p) for p in phi.patients()])
    return out


def _lean_count(root: Path) -> int:
    """How many candidates the lean reader takes (the rest are left to pydicom)."""
    taken = 0
    for rel in dicom_candidates(root):
        try:
            lean.read_header_path(root / rel, reader.DEFER_BYTES)
            taken += 1
        except lean.Unusual:
            pass
    return taken


def _assert_same(root: Path, pseudonymizer: Pseudonymizer, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _outcomes(root, pseudonymizer, True, monkeypatch)
    slow = _outcomes(root, pseudonymizer, False, monkeypatch)
    assert fast.keys() == slow.keys()
    for rel in fast:
        assert fast[rel] == slow[rel], rel


def test_pydicom_test_files_same_outcome(pseudonymizer: Pseudonymizer, monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same(PYDICOM_TEST_FILES, pseudonymizer, monkeypatch)
    assert _lean_count(PYDICOM_TEST_FILES) >= 130  # 140 of 176 measured: the common case is taken


@pytest.mark.e2e
def test_synth_export_same_outcome(tmp_path: Path, pseudonymizer: Pseudonymizer,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from curation.synth import SynthOptions, write_synthetic_export

    export = tmp_path / "export"
    write_synthetic_export(export, SynthOptions(patients=2, seed=5, bad_files=True, matrix=32))
    _assert_same(export, pseudonymizer, monkeypatch)
    candidates = dicom_candidates(export)
    assert _lean_count(export) >= len(candidates) - 4  # only the bad files go to pydicom


def test_fixture_series_and_odd_files_same_outcome(tmp_path: Path, pseudonymizer: Pseudonymizer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "export"
    write_series(root, 3)
    implicit = ct_dataset(9, series_uid="1.2.826.0.1.3680043.10.999.1.9", z_mm=3.0)
    implicit.file_meta.TransferSyntaxUID = pydicom.uid.ImplicitVRLittleEndian
    write(implicit, root / "implicit" / "IM1")
    data = sorted((root / "MUELLER_ANNA_19560312").rglob("IM*"))[0].read_bytes()
    (root / "cut_header").write_bytes(data[:400])
    (root / "cut_pixels").write_bytes(data[:-10])
    (root / "empty").write_bytes(b"")
    (root / "text.txt").write_text("Anna Müller 12.03.1956", encoding="utf-8")
    _assert_same(root, pseudonymizer, monkeypatch)
    assert _lean_count(root) == 5  # series, implicit VR, cut pixels (header intact); not the cut header


def _values(ds: pydicom.Dataset) -> dict[int, object]:
    out: dict[int, object] = {}
    for tag in sorted(int(t) for t in ds._dict):
        try:
            out[tag] = ds[tag].value
        except Exception as exc:  # the same element must fail the same way
            out[tag] = type(exc).__name__
    return out


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydicom's value warnings on its own odd test files
def test_lean_dataset_equals_pydicom_dataset() -> None:
    """Attributes (preamble, encodings, filename, timestamp...) and every element value, meta too."""
    compared = 0
    for rel in dicom_candidates(PYDICOM_TEST_FILES):
        path = PYDICOM_TEST_FILES / rel
        try:
            ours = lean.read_header_path(path, reader.DEFER_BYTES)
        except lean.Unusual:
            continue
        theirs = pydicom.dcmread(path, stop_before_pixels=True, defer_size=reader.DEFER_BYTES)
        skip = {"_dict", "file_meta"}
        assert {k: v for k, v in ours.__dict__.items() if k not in skip} == {
            k: v for k, v in theirs.__dict__.items() if k not in skip}, rel
        assert {k: v for k, v in ours.file_meta.__dict__.items() if k != "_dict"} == {
            k: v for k, v in theirs.file_meta.__dict__.items() if k != "_dict"}, rel
        assert _values(ours.file_meta) == _values(theirs.file_meta), rel
        assert _values(ours) == _values(theirs), rel
        compared += 1
    assert compared >= 130
