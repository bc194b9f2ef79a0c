"""report_volume_pairs carries the report's labels from report_labels (null where not labelled yet)."""

from __future__ import annotations

from curation.labels.labeller import RuleLabeller
from curation.labels.table import build_label_rows
from curation.paths import DataPaths
from curation.release.configs import report_volume_pairs
from curation.tables import write_table

TEXTS = {"R1": "Befund: V.a. Perikarderguss. Kein Pleuraerguss.", "R2": "Befund: Unauffällig."}


def _inputs(paths: DataPaths, labelled: list[str]) -> None:
    reports = [{"report_id": rid, "export_id": "e", "patient_pid": f"P{rid}", "study_uid": f"S{rid}", "lang": "de",
                "text": text, "text_sha256": rid, "link_status": "linked_accession"} for rid, text in TEXTS.items()]
    write_table(paths, "reports", reports, export_id="e")
    write_table(paths, "volumes", [{"volume_id": f"V{rid}", "export_id": "e", "patient_pid": f"P{rid}",
                                    "study_uid": f"S{rid}", "modality": "CT", "path": f"v/{rid}.nii.gz",
                                    "training_role": "primary"} for rid in TEXTS], export_id="e")
    rows = build_label_rows([r for r in reports if r["report_id"] in labelled], RuleLabeller()).rows
    write_table(paths, "report_labels", rows)


def test_labels_join_the_report_volume_pairs(data_paths: DataPaths) -> None:
    _inputs(data_paths, ["R1"])
    rows = {r["report_id"]: r for r in report_volume_pairs(data_paths).to_pylist()}
    assert rows["R1"]["labels"]["pericardial_effusion"] == 1 and rows["R1"]["labels"]["pleural_effusion"] == 0
    assert rows["R1"]["labels"]["ascites"] is None  # no abdomen in this chest report
    assert rows["R1"]["labels_uncertain"] == ["pericardial_effusion"] and rows["R1"]["labels_source"] == "rules"
    assert rows["R2"]["labels"] is None and rows["R2"]["labels_source"] is None


def test_empty_config_has_the_label_columns(data_paths: DataPaths) -> None:
    table = report_volume_pairs(data_paths)
    assert table.num_rows == 0
    assert {"labels", "labels_uncertain", "labels_source"} <= set(table.column_names)
