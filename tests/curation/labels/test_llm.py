"""The LLM labeller against the fake chat server: schema request, cache, validation and rule fallback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from curation.labels.llm import RESPONSE_SCHEMA, LabelCache, LlmLabeller, parse_answer
from curation.vqa.server import ChatClient, ServerConfig
from tests.curation.vqa.fake_chat_server import FakeChatServer

REPORT = "Befund: Schmaler Pleuraerguss links. V.a. Rundherd im Oberlappen rechts. Kein Perikarderguss."


def _report_of(body: dict[str, Any]) -> str:
    return body["messages"][-1]["content"].split("Report:\n", 1)[1]


def quoting_answer(body: dict[str, Any]) -> dict[str, Any]:
    report = _report_of(body)
    findings = []
    if "Pleuraerguss" in report:
        findings.append({"label": "pleural_effusion", "status": "present", "evidence": "Schmaler Pleuraerguss links."})
    if "Rundherd" in report:
        findings.append({"label": "lung_nodule", "status": "suspected",
                         "evidence": "V.a. Rundherd im Oberlappen rechts."})
    return {"findings": findings}


def hallucinating_answer(body: dict[str, Any]) -> dict[str, Any]:
    return {"findings": [{"label": "pleural_effusion", "status": "present", "evidence": "Großer Erguss beidseits."}]}


def _client(server: FakeChatServer, retries: int = 0) -> ChatClient:
    return ChatClient(ServerConfig(base_url=server.base_url, model="fake-model", retries=retries, backoff_s=0.01,
                                   max_in_flight=2))


def test_valid_answer_is_used_and_cached(tmp_path: Path) -> None:
    cache_path = tmp_path / "labels_llm.parquet"
    with FakeChatServer(answer=quoting_answer) as server, _client(server) as client:
        labeller = LlmLabeller(client, LabelCache(cache_path))
        first = labeller.label_many([REPORT, REPORT])
        labeller.cache.save()
        body = server.bodies[0]
    assert len(server.bodies) == 1  # one call per distinct report text
    assert body["response_format"]["json_schema"]["schema"] == RESPONSE_SCHEMA
    assert body["response_format"]["type"] == "json_schema"
    assert first[0].positive == {"pleural_effusion", "lung_nodule"}
    assert first[0].uncertain == {"lung_nodule"}
    assert first[0].evidence["lung_nodule"] == "V.a. Rundherd im Oberlappen rechts."
    assert first[0].source == "llm"
    assert labeller.stats.as_metadata() == {"llm_calls": 1, "llm_cache_hits": 0, "llm_invalid_fallbacks": 0,
                                            "llm_failed_fallbacks": 0}
    # a second run reads the cache file and makes no call
    with FakeChatServer(answer=quoting_answer) as server, _client(server) as client:
        second = LlmLabeller(client, LabelCache(cache_path))
        again = second.label_many([REPORT])
        assert server.bodies == []
    assert again[0] == first[0]
    assert second.stats.cache_hits == 1


def test_evidence_not_in_report_falls_back_to_rules() -> None:
    with FakeChatServer(answer=hallucinating_answer) as server, _client(server) as client:
        labeller = LlmLabeller(client, LabelCache(None))
        labels = labeller.label_many([REPORT])[0]
    assert labeller.stats.invalid_fallbacks == 1
    assert labels.source == "llm_fallback_rules"
    assert labels.positive == {"pleural_effusion", "lung_nodule"}  # what the rules read
    assert labels.uncertain == {"lung_nodule"}


def test_failed_request_falls_back_and_is_not_cached() -> None:
    with FakeChatServer(["400"], answer=quoting_answer) as server, _client(server) as client:
        labeller = LlmLabeller(client, LabelCache(None))
        labels = labeller.label_many([REPORT])[0]
    assert labeller.stats.failed_fallbacks == 1
    assert labels.source == "llm_fallback_rules"
    assert len(labeller.cache) == 0


def test_malformed_answer_is_retried() -> None:
    with FakeChatServer(["malformed"], answer=quoting_answer) as server, _client(server, retries=1) as client:
        labels = LlmLabeller(client, LabelCache(None)).label_many([REPORT])[0]
    assert len(server.bodies) == 2
    assert labels.source == "llm"


def test_parse_answer_rejects_unknown_labels_and_statuses() -> None:
    ok = {"label": "pleural_effusion", "status": "present", "evidence": "Schmaler Pleuraerguss links."}
    assert parse_answer({"findings": [ok]}, REPORT) is not None
    assert parse_answer({"findings": [ok | {"label": "pneumothorax"}]}, REPORT) is None
    assert parse_answer({"findings": [ok | {"status": "absent"}]}, REPORT) is None
    assert parse_answer({"findings": [ok | {"evidence": "  "}]}, REPORT) is None
    assert parse_answer({"items": []}, REPORT) is None
