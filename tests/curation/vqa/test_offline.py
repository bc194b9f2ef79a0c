"""vLLM offline backend: the Parquet contract, and the real job script launched through Dagster Pipes
(with a stand-in `vllm` package on PYTHONPATH, since vLLM itself needs CUDA)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dagster as dg
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curation.vqa.offline import RESULTS_SCHEMA, VllmOfflineGenerator, read_results, write_prompts
from curation.vqa.prompts import PromptSet
from curation.vqa.protocol import VqaRequest
from resources.llm import LlmResource

REPORT = "Rundherd im rechten Unterlappen. Kein Pleuraerguss."
FAKE_VLLM = Path(__file__).parent / "fake_vllm"


def requests() -> list[VqaRequest]:
    return [VqaRequest("pair1", "R1", REPORT, "de", modality="CT", plane="axial"),
            VqaRequest("pair2", "R2", REPORT, "de", langs=("en",))]


def test_parquet_contract_round_trip(tmp_path: Path) -> None:
    tasks = write_prompts(requests(), PromptSet.load(), tmp_path / "p.parquet")
    assert tasks == [(0, "de"), (1, "en"), (2, "en")]
    prompts = pq.read_table(tmp_path / "p.parquet").to_pylist()
    assert json.loads(prompts[1]["messages_json"])[0]["content"].endswith("Answer:\n")
    item = {"question": "Is there a nodule?", "answer": "yes", "answer_type": "closed", "options": [],
            "evidence": "Rundherd im rechten Unterlappen", "lang": "en"}
    rows = [{"task_id": 1, "content": json.dumps({"items": [item, {"bad": 1}]}), "error": None},
            {"task_id": 2, "content": "{not json", "error": None}]
    pq.write_table(pa.Table.from_pylist(rows, schema=RESULTS_SCHEMA), tmp_path / "r.parquet")
    results = read_results(requests(), tmp_path / "r.parquet")
    assert results[0].error == "missing from results" and len(results[0].items) == 1
    assert results[0].schema_rejects == 1
    assert results[1].error == "malformed JSON answer" and results[1].items == ()


def test_offline_job_through_pipes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(FAKE_VLLM))
    resource = LlmResource(backend="vllm_offline", model="fake-model", offline_python=sys.executable)
    got: dict = {}

    @dg.asset
    def offline_probe(context):  # unannotated: this module uses postponed annotations
        generator = resource.generator(context)
        got["info"] = generator.info
        got["results"] = generator.generate(requests())
        return dg.MaterializeResult()

    assert dg.materialize([offline_probe], instance=dg.DagsterInstance.ephemeral()).success
    assert got["info"].backend == "vllm_offline" and got["info"].model == "fake-model"
    results = got["results"]
    assert [r.error for r in results] == [None, None]
    assert [[(g.item.lang, g.item.answer, g.item.evidence) for g in r.items] for r in results] == [
        [("de", "ja", "Rundherd im rechten Unterlappen"), ("en", "yes", "Rundherd im rechten Unterlappen")],
        [("en", "yes", "Rundherd im rechten Unterlappen")]]


def test_offline_needs_python_and_model() -> None:
    with pytest.raises(ValueError, match="offline_python"):
        LlmResource(backend="vllm_offline", model="m").generator(None)
    with pytest.raises(ValueError, match="model must name"):
        VllmOfflineGenerator(lambda *a: None, "", Path("."))
    with pytest.raises(ValueError, match=r"llm\.backend must be one of"):
        LlmResource(backend="gpt").generator(None)
