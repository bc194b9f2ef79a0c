from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curation.export_layout import dicom_candidates
from curation.index import build_index
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.tables.io import write_table


@pytest.mark.e2e
def test_index_over_synth_export_with_bad_files(tmp_path: Path, pseudonymizer: Pseudonymizer,
                                                data_paths: DataPaths) -> None:
    export = tmp_path / "export"
    truth = load_truth(write_synthetic_export(export, SynthOptions(patients=2, seed=3, bad_files=True, matrix=32)))
    result = build_index(export, "exp_synth", pseudonymizer, workers=2)

    # every candidate once; bad files where they belong
    candidates = dicom_candidates(export)
    assert result.files == len(candidates)
    outcome = {r.file_id: r.role for r in result.index_rows} | {
        q.file_id: q.reason_code for q in result.quarantine_rows}
    expected_bad = {"truncated": "truncated", "empty": "empty", "text_phi": "not_dicom",
                    "no_pixels": "non_image", "burned_in": "excluded"}
    for bad in truth["bad_files"]:
        if bad["kind"] in expected_bad:
            assert outcome[pseudonymizer.file_id(bad["path"])] == expected_bad[bad["kind"]], bad["kind"]

    # one image row per planted instance, with the planted geometry and pseudonymized ids
    rows = {r.file_id: r for r in result.index_rows}
    n_instances = 0
    for patient in truth["patients"]:
        pid = pseudonymizer.patient_pid(patient["patient_id"])
        for study in patient["studies"]:
            for series in study["series"]:
                for inst in series["instances"]:
                    n_instances += 1
                    row = rows[pseudonymizer.file_id(inst["path"])]
                    assert row.role == "image" and row.patient_pid == pid
                    assert row.series_uid == pseudonymizer.uid(series["series_uid"])
                    assert row.sop_uid == pseudonymizer.uid(inst["sop_uid"])
                    assert row.instance_number == inst["instance_number"]
                    assert row.image_position == pytest.approx(inst["position"], abs=1e-3)
                    assert row.image_orientation == pytest.approx(series["orientation"], abs=1e-6)
                    assert row.pixel_spacing == pytest.approx(series["pixel_spacing"])
                    assert (row.rows, row.columns) == (series["rows"], series["columns"])
    assert Counter(r.role for r in result.index_rows)["image"] == n_instances

    # no planted PHI string in the written tables
    write_table(data_paths, "dicom_index", [r.as_record() for r in result.index_rows], export_id="exp_synth")
    write_table(data_paths, "quarantine", [q.as_record() for q in result.quarantine_rows], export_id="exp_synth",
                part="index")
    for path in data_paths.data_dir.rglob("*"):
        if path.is_file():
            text = str(pq.read_table(path).to_pylist()) + path.read_bytes().decode("utf-8", errors="ignore")
            assert [s for s in truth["phi_strings"] if s in text] == [], path.name
    # the vault dictionary knows the planted names, so the report scrubber can use them
    names = {n for p in result.patients for n in p.names}
    assert {p["name"].split("^")[0] for p in truth["patients"]} <= names
