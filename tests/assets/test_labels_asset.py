"""The report_labels asset: labels per report from the reports table, incremental, PHI-safe metadata."""

from __future__ import annotations

import json

import dagster as dg
import pytest

from assets.labels import report_labels
from curation.paths import DataPaths
from curation.snippets.pairs import text_sha256
from curation.tables.io import read_table, write_table
from resources.llm import LlmResource
from resources.storage import RadcurateStorage
from tests.conftest import TEST_SECRET
from tests.curation.labels.test_llm import quoting_answer
from tests.curation.vqa.fake_chat_server import FakeChatServer

EXPORT = "exp_000000000001"
CHEST = "Befund: Kein Pleura- oder Perikarderguss. V.a. Rundherd im Oberlappen links. Aortensklerose."
ABDOMEN = "Befund: Leber mit einer Zyste. Nierenstein links 4 mm.\nBeurteilung: Leberzyste, Nephrolithiasis."


def _write_reports(paths: DataPaths, texts: dict[str, str]) -> None:
    rows = [{"report_id": rid, "export_id": EXPORT, "patient_pid": "P1", "study_uid": f"S{rid}", "lang": "de",
             "text": text, "text_sha256": text_sha256(text)} for rid, text in texts.items()]
    write_table(paths, "reports", rows, export_id=EXPORT)


def _run(paths: DataPaths) -> dict[str, dg.MetadataValue]:
    storage = RadcurateStorage(data_dir=str(paths.data_dir), vault_dir=str(paths.vault_dir), secret=TEST_SECRET)
    result = dg.materialize([report_labels], resources={"storage": storage, "llm": LlmResource()},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return result.asset_materializations_for_node("report_labels")[0].metadata


def test_asset_labels_reports_and_is_incremental(data_paths: DataPaths) -> None:
    _write_reports(data_paths, {"R1": CHEST, "R2": ABDOMEN})
    meta = _run(data_paths)
    assert meta["reports"].value == 2 and meta["labelled"].value == 2 and meta["kept"].value == 0
    assert meta["labeller"].value == "rules-1"
    rows = {r["report_id"]: r for r in read_table(data_paths, "report_labels").to_pylist()}
    chest, abdomen = rows["R1"], rows["R2"]
    assert chest["labels"]["lung_nodule"] == 1 and chest["labels"]["arterial_wall_calcification"] == 1
    assert chest["labels"]["pleural_effusion"] == 0 and chest["labels"]["pericardial_effusion"] == 0
    assert chest["uncertain"] == ["lung_nodule"]
    assert chest["abdomen_covered"] is False and chest["labels"]["liver_lesion"] is None
    assert {e["label"]: e["sentence"] for e in chest["evidence"]} == {
        "arterial_wall_calcification": "Aortensklerose.", "lung_nodule": "V.a. Rundherd im Oberlappen links."}
    assert abdomen["abdomen_covered"] is True
    assert abdomen["labels"]["liver_lesion"] == 1 and abdomen["labels"]["kidney_stone"] == 1
    assert abdomen["labels"]["kidney_cyst"] == 0 and abdomen["uncertain"] == []
    # metadata: counts only, no report text
    assert "Rundherd" not in json.dumps({k: str(v.value) for k, v in meta.items()})
    assert "| lung_nodule | 1 | 1.00 |" in meta["labels"].value

    meta = _run(data_paths)  # nothing changed: the export's part is not recomputed
    assert meta["exports_recomputed"].value == 0 and meta["exports_unchanged"].value == 1
    assert meta["labelled"].value == 0 and meta["rows"].value == 2

    _write_reports(data_paths, {"R1": CHEST, "R2": "Befund: Kein Aszites."})
    meta = _run(data_paths)
    assert meta["exports_recomputed"].value == 1
    assert meta["labelled"].value == 1 and meta["kept"].value == 1
    rows = {r["report_id"]: r for r in read_table(data_paths, "report_labels").to_pylist()}
    assert rows["R2"]["labels"]["ascites"] == 0 and rows["R2"]["evidence"] == []


def test_dicom_description_marks_abdomen_covered(data_paths: DataPaths) -> None:
    _write_reports(data_paths, {"R1": CHEST})
    write_table(data_paths, "dicom_index", [{"export_id": EXPORT, "file_id": "F000001", "study_uid": "SR1",
                                             "series_uid": "X", "study_description": "CT Thorax/Abdomen"}],
                export_id=EXPORT)
    _run(data_paths)
    row = read_table(data_paths, "report_labels").to_pylist()[0]
    assert row["abdomen_covered"] is True and row["labels"]["liver_lesion"] == 0


def test_llm_labeller_through_the_resource(data_paths: DataPaths) -> None:
    text = "Befund: Schmaler Pleuraerguss links. V.a. Rundherd im Oberlappen rechts."
    _write_reports(data_paths, {"R1": text})
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=TEST_SECRET)
    with FakeChatServer(answer=quoting_answer) as server:
        llm = LlmResource(backend="vllm_server", base_url=server.base_url, model="m", labels="llm")
        result = dg.materialize([report_labels], resources={"storage": storage, "llm": llm},
                                instance=dg.DagsterInstance.ephemeral())
    meta = result.asset_materializations_for_node("report_labels")[0].metadata
    assert meta["labeller"].value == "llm:m:labels-1" and meta["llm_calls"].value == 1
    assert meta["llm_invalid_fallbacks"].value == 0
    row = read_table(data_paths, "report_labels").to_pylist()[0]
    assert row["source"] == "llm" and row["uncertain"] == ["lung_nodule"]
    assert (data_paths.data_dir / "cache" / "labels" / "llm.parquet").is_file()


def test_llm_labels_need_the_server_backend(data_paths: DataPaths) -> None:
    with pytest.raises(ValueError, match=r"llm\.labels must be 'rules', or 'llm' with backend 'vllm_server'"):
        LlmResource(labels="llm").report_labeller(data_paths)
