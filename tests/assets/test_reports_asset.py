"""The `reports` asset on a small export: link statuses, scrubbed text, quarantine, metadata."""

from __future__ import annotations

import datetime as dt
import json

import dagster as dg
import pytest

from assets.reports import reports
from curation.keys import Pseudonymizer
from curation.tables.io import read_table, write_table
from curation.vault import PatientPhi, Vault
from resources.llm import LlmResource
from resources.storage import RadcurateStorage
from tests.conftest import TEST_SECRET

CSV_ROWS = [
    "accession_number;report_text;patient_id;study_instance_uid;report_date;language",
    'ACC1;"Befund: Rundherd (Serie 3, Bild 45). gez. Dr. med. Hans Schäfer";PAT1;;17.01.2024;de',
    ';"Beurteilung: Frau Müller, geb. 12.03.1956, Morbus Crohn.";PAT1;;03.06.2024;de',
    ';"Befund: ohne Zuordnung. Herr Huber.";PAT9;;01.01.2020;de',
    ';"";PAT1;;01.01.2020;de',
]
JSONL = {"accession_number": "", "report_text": "Findings: Bosniak II cyst. Ms. Anna Mueller.", "patient_id": "",
         "study_instance_uid": "1.2.4", "report_date": "2024-02-01", "language": "en"}


@pytest.fixture
def export(tmp_path, data_paths):
    p = Pseudonymizer(TEST_SECRET.encode())
    source = tmp_path / "export_1"
    (source / "reports").mkdir(parents=True)
    (source / "reports" / "ris_export.csv").write_bytes("\n".join(CSV_ROWS).encode("cp1252"))
    (source / "reports" / "reports.jsonl").write_text(json.dumps(JSONL), encoding="utf-8")
    export_id = p.export_id(source.name)
    vault = Vault(data_paths.vault_dir)
    vault.register_export(export_id, source)
    pid = p.patient_pid("PAT1")
    vault.write_patient_phi(export_id, [PatientPhi(pid, patient_ids=("PAT1",), names=("Müller^Anna",),
                                                   birth_dates=("19560312",), physicians=("Schäfer^Hans",))])
    index = [{"export_id": export_id, "file_id": f"F{i}", "patient_pid": pid, "study_uid": p.uid(uid),
              "accession_pid": p.accession_pid(acc) if acc else None, "study_date": p.shift_date(day, pid)}
             for i, (uid, acc, day) in enumerate([("1.2.3", "ACC1", dt.date(2024, 1, 17)),
                                                  ("1.2.4", "", dt.date(2024, 2, 1)),
                                                  ("1.2.5", "", dt.date(2024, 6, 2))])]
    write_table(data_paths, "dicom_index", index, export_id=export_id)
    return export_id


def test_reports_asset(export, data_paths, secret_env):
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [export])
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=TEST_SECRET)
    result = dg.materialize([reports], resources={"storage": storage, "llm": LlmResource()}, partition_key=export,
                            instance=instance)
    assert result.success
    table = read_table(data_paths, "reports", exports=[export]).to_pylist()
    by_status = sorted(r["link_status"] for r in table)
    assert by_status == ["linked_accession", "linked_patient_date", "linked_study_uid", "unlinked"]
    texts = " ".join(r["text"] for r in table)
    for phi in ("Schäfer", "Müller", "Mueller", "Huber", "12.03.1956", "17.01.2024", "PAT1", "ACC1"):
        assert phi not in texts
    for keep in ("Serie 3, Bild 45", "Morbus Crohn", "Bosniak II"):
        assert keep in texts
    unlinked = next(r for r in table if r["link_status"] == "unlinked")
    assert unlinked["study_uid"] is None and unlinked["report_date"] is not None  # own patient id -> shift known
    # No translator: German text has no English twin, an English original is its own English text.
    assert all(r["text_en"] == (r["text"] if r["lang"] == "en" else None) for r in table)
    assert {r["lang"] for r in table} == {"de", "en"}
    assert all(r["sections"] and r["sentences"] for r in table)
    quarantine = read_table(data_paths, "quarantine", exports=[export]).to_pylist()
    assert [(q["stage"], q["reason"].split(": ")[1]) for q in quarantine] == [("reports", "empty report text")]
    meta = result.asset_materializations_for_node("reports")[0].metadata
    assert meta["reports"].value == 4 and meta["unlinked"].value == 1
    assert meta["translation"].value == "not configured"
    assert meta["phi_spans_by_label"].data["PERSON"] >= 4
    # Deterministic: a re-run writes byte-identical files.
    first = (data_paths.table_dir("reports") / f"export={export}" / "part-00000.parquet").read_bytes()
    assert dg.materialize([reports], resources={"storage": storage, "llm": LlmResource()}, partition_key=export,
                          instance=instance).success
    assert (data_paths.table_dir("reports") / f"export={export}" / "part-00000.parquet").read_bytes() == first


def test_reports_column_mapping_from_config(tmp_path, data_paths, secret_env):
    """A RIS table with its own column names (cp1252, German headers) is read through the asset's config."""
    p = Pseudonymizer(TEST_SECRET.encode())
    source = tmp_path / "export_ris"
    source.mkdir()
    rows = ["AccNr;Befundtext;PatID;Befunddatum", 'ACC7;"Befund: Rundherd im Unterlappen, Größe 8 mm.";PAT7;17.01.2024']
    (source / "ris.csv").write_bytes("\n".join(rows).encode("cp1252"))
    export_id = p.export_id(source.name)
    Vault(data_paths.vault_dir).register_export(export_id, source)
    pid = p.patient_pid("PAT7")
    write_table(data_paths, "dicom_index", [{"export_id": export_id, "file_id": "F0", "patient_pid": pid,
                                             "study_uid": p.uid("1.2.7"), "accession_pid": p.accession_pid("ACC7"),
                                             "study_date": p.shift_date(dt.date(2024, 1, 17), pid)}],
                export_id=export_id)
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [export_id])
    resources = {"storage": RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                                             secret=TEST_SECRET), "llm": LlmResource()}
    default = dg.materialize([reports], resources=resources, partition_key=export_id, instance=instance)
    assert default.success
    assert read_table(data_paths, "reports", exports=[export_id]).num_rows == 0
    quarantine = read_table(data_paths, "quarantine", exports=[export_id]).to_pylist()
    assert [q["reason"].split(": ")[1] for q in quarantine] == ["no column 'report_text'"]
    assert default.asset_materializations_for_node("reports")[0].metadata["tables_without_text_column"].value == 1

    mapping = {"report_text": "Befundtext", "accession_number": "AccNr", "patient_id": "PatID",
               "report_date": "Befunddatum"}
    mapped = dg.materialize([reports], resources=resources, partition_key=export_id, instance=instance,
                            run_config={"ops": {"reports": {"config": mapping}}})
    assert mapped.success
    (row,) = read_table(data_paths, "reports", exports=[export_id]).to_pylist()
    assert row["link_status"] == "linked_accession" and row["patient_pid"] == pid
    assert "Größe 8 mm" in row["text"]
    meta = mapped.asset_materializations_for_node("reports")[0].metadata
    assert meta["column_mapping"].data["report_text"] == "Befundtext"
    assert meta["column_mapping"].data["language"] == "language"


def test_reports_config_rejects_empty_column_name():
    from assets.reports import ReportsConfig

    with pytest.raises(ValueError, match="empty column name for report_text"):
        ReportsConfig(report_text=" ").columns()
