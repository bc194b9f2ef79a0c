"""write_deidentified_copies: every file gets exactly one outcome, and one bad file never fails the run."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydicom import dcmread

import curation.deid.dicom.copies as copies
from curation.deid.dicom.copies import IndexedFile, write_deidentified_copies
from curation.export_layout import dicom_candidates
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.synth import SynthOptions, write_synthetic_export
from tests.curation.deid.dicom.export_fixtures import register_export


def test_a_failing_file_is_recorded_and_the_others_are_written(
        tmp_path: Path, data_paths: DataPaths, pseudonymizer: Pseudonymizer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "export_b"
    write_synthetic_export(export, SynthOptions(patients=1, seed=5, matrix=16))
    relative = dicom_candidates(export)
    # a clinic's file: empty PatientWeight, SeriesNumber, SliceThickness
    first = dcmread(export / relative[0])
    for keyword in ("PatientWeight", "SeriesNumber", "SliceThickness"):
        setattr(first, keyword, None)
    first.save_as(export / relative[0])
    export_id, vault, rows = register_export(export, data_paths, pseudonymizer)
    files = [IndexedFile(**row) for row in rows]
    files[1] = IndexedFile(files[1].file_id, files[1].patient_pid, "excluded", "burned_in_annotation")
    files[3] = IndexedFile(files[3].file_id, None, "non_image")      # what the index gives a DICOMDIR
    broken = files[2].file_id
    real = copies.deidentify_dataset

    def flaky(ds, **kwargs):
        if ds.SOPInstanceUID == dcmread(export / relative[[f.file_id for f in files].index(broken)]).SOPInstanceUID:
            raise TypeError("planted failure quoting Mueller^Anna")
        return real(ds, **kwargs)

    monkeypatch.setattr(copies, "deidentify_dataset", flaky)
    report = write_deidentified_copies(data_paths, vault, pseudonymizer, export_id, files)
    assert report.total == len(files)
    assert report.failed == {"deidentify:TypeError": 1}              # the type, never the message
    assert report.skipped == {"burned_in_annotation": 1, "no_patient": 1}
    assert report.written == len(files) - 3 == len(list((data_paths.deid_dicom_dir / export_id).rglob("*.dcm")))
    empty = [dcmread(data_paths.data_dir / rel) for rel in report.relative_paths]
    assert any(ds.get("SliceThickness", "x") in (None, "") for ds in empty)   # written, still empty
