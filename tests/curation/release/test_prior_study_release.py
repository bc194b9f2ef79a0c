"""Prior-study references in the release: kept as their own rows, never in place of this study's row."""

import datetime as dt

import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.release import build_release
from curation.tables import write_table


def test_prior_study_row_is_released_beside_the_resolved_one(data_paths: DataPaths) -> None:
    rel = "volumes/exp_a/VP1.nii.gz"
    (data_paths.data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
    (data_paths.data_dir / rel).write_bytes(b"nifti")
    write_table(data_paths, "volumes", [{"volume_id": "VP1", "export_id": "exp_a", "patient_pid": "P1",
                                         "study_uid": "2.25.1", "modality": "CT", "plane": "axial", "path": rel,
                                         "training_role": "primary", "shape": [4, 4, 4],
                                         "spacing": [1.0, 1.0, 5.0]}], export_id="exp_a")
    write_table(data_paths, "reports", [{"report_id": "R1", "export_id": "exp_a", "patient_pid": "P1",
                                         "study_uid": "2.25.1", "lang": "de", "text": "Befund", "text_sha256": "h",
                                         "link_status": "linked_accession", "report_date": dt.date(2020, 1, 1)}],
                export_id="exp_a")
    common = {"report_id": "R1", "patient_pid": "P1", "study_uid": "2.25.1", "ref_series": 3,
              "ref_image_start": 40, "ref_image_end": 40, "snippet": "Rundherd", "lang": "de"}
    # The prior row sorts first (pair_id): with the old content key it replaced the resolved row.
    write_table(data_paths, "snippet_pairs", [
        {**common, "pair_id": "SP0", "status": "prior_study", "method": "prior_study"},
        {**common, "pair_id": "SP1", "status": "resolved", "volume_id": "VP1", "volume_path": rel,
         "slice_index": 2, "z_mm": -10.0, "depth_mm": 12.5}])
    summary = build_release(data_paths, provenance={"exports": "exp_a"}, deid_profile="test")
    rows = [r for f in summary.files if f.config == "snippet_pairs"
            for r in pq.read_table(summary.path / f.relative_path).to_pylist()]
    assert sorted((r["status"], r["depth_mm"]) for r in rows) == [("prior_study", None), ("resolved", 12.5)]
