"""Server backend against a local chat-completions server: retries, timeouts, malformed JSON, errors."""

from __future__ import annotations

import socket

import pytest

from curation.vqa.protocol import VqaRequest
from curation.vqa.server import (
    ChatClient,
    LlmRequestError,
    LlmUnreachableError,
    ServerConfig,
    VllmServerGenerator,
)
from curation.vqa.translate import LlmTranslator
from curation.vqa.validate import validate_results
from tests.curation.vqa.fake_chat_server import FakeChatServer

REPORT = "Rundherd im rechten Unterlappen, 9 mm. Kein Pleuraerguss."


def config(base_url: str, **kw: object) -> ServerConfig:
    values = {"model": "test-model", "timeout_s": 1.0, "retries": 3, "backoff_s": 0.01, "max_in_flight": 4}
    values.update(kw)
    return ServerConfig(base_url=base_url, **values)  # type: ignore[arg-type]


def request(n: int = 0, langs: tuple[str, ...] = ("de", "en")) -> VqaRequest:
    return VqaRequest(f"pair{n}", f"R{n}", REPORT, "de", modality="CT", plane="axial", langs=langs)


def test_generates_items_with_json_schema_request_format() -> None:
    with FakeChatServer() as server, ChatClient(config(server.base_url, api_key="k123")) as client:
        results = VllmServerGenerator(client).generate([request(0), request(1)])
    assert [r.image_ref for r in results] == ["pair0", "pair1"]
    assert [len(r.items) for r in results] == [4, 4]
    assert {g.item.lang for g in results[0].items} == {"de", "en"}
    body = server.bodies[0]
    assert body["model"] == "test-model"
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["required"] == ["items"]
    assert {k.lower(): v for k, v in server.headers[0].items()}["authorization"] == "Bearer k123"
    report = validate_results([request(0), request(1)], results)
    assert sum(len(v) for v in report.kept.values()) == 8
    assert report.rejected.total() == 0


@pytest.mark.parametrize("failure", ["500", "429", "malformed", "garbage", "slow"])
def test_retries_then_succeeds(failure: str) -> None:
    with FakeChatServer([failure, failure], slow_s=1.5) as server, \
            ChatClient(config(server.base_url, timeout_s=0.5)) as client:
        results = VllmServerGenerator(client).generate([request(langs=("en",))])
    assert results[0].error is None
    assert len(results[0].items) == 2
    assert len(server.bodies) == 3


def test_gives_up_after_retries_with_counted_failure() -> None:
    with FakeChatServer(["500"] * 6) as server, ChatClient(config(server.base_url, retries=2)) as client:
        results = VllmServerGenerator(client).generate([request(langs=("en",))])
        with pytest.raises(LlmRequestError, match=r"failed after 3 attempts: HTTP 500, HTTP 500, HTTP 500"):
            client.chat_json([{"role": "user", "content": "x"}], {"type": "object"}, "x")
    assert results[0].error is not None and results[0].items == ()
    report = validate_results([request(langs=("en",))], results)
    assert report.rejected["generation_failed"] == 1


def test_client_error_is_not_retried() -> None:
    with FakeChatServer(["400"]) as server, ChatClient(config(server.base_url)) as client, \
            pytest.raises(LlmRequestError, match="HTTP 400"):
        client.chat_json([{"role": "user", "content": "x"}], {"type": "object"}, "x")
    assert len(server.bodies) == 1


def test_unreachable_server_names_base_url() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens on this port now
    url = f"http://127.0.0.1:{port}/v1"
    with ChatClient(config(url, retries=1)) as client, \
            pytest.raises(LlmUnreachableError, match=f"127.0.0.1:{port}/v1 is unreachable after 2 attempts"):
        VllmServerGenerator(client).generate([request()])


def test_concurrency_is_bounded() -> None:
    with FakeChatServer(latency_s=0.05) as server, ChatClient(config(server.base_url, max_in_flight=3)) as client:
        VllmServerGenerator(client).generate([request(n) for n in range(6)])
    assert len(server.bodies) == 12
    assert 2 <= server.max_in_flight <= 3


def test_translator_over_the_same_backend() -> None:
    def answer(body: dict) -> dict:
        text = body["messages"][0]["content"].rsplit("Text:\n", 1)[1]
        return {"translation": {"Kein Pleuraerguss.": "No pleural effusion."}.get(text, "?")}

    with FakeChatServer(answer=answer) as server, ChatClient(config(server.base_url)) as client:
        out = LlmTranslator(client).translate(["Kein Pleuraerguss.", ""], source="de", target="en")
        assert LlmTranslator(client).translate(["x"], source="en", target="en") == ["x"]
        with pytest.raises(ValueError, match="target must be one of"):
            LlmTranslator(client).translate(["x"], target="fr")
    assert out == ["No pleural effusion.", ""]
    assert len(server.bodies) == 1
    assert server.bodies[0]["response_format"]["json_schema"]["name"] == "translation"


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="base_url must start with http"):
        ServerConfig(base_url="localhost:8000", model="m")
    with pytest.raises(ValueError, match="max_in_flight must be >= 1"):
        ServerConfig(base_url="http://x", model="m", max_in_flight=0)


def test_translator_failed_request_gives_none_for_that_text_only() -> None:
    def answer(body: dict) -> dict:
        return {"translation": body["messages"][0]["content"].rsplit("Text:\n", 1)[1].upper()}

    with FakeChatServer(script=["400"], answer=answer) as server, \
            ChatClient(config(server.base_url, max_in_flight=1)) as client:
        translator = LlmTranslator(client)
        out = translator.translate(["eins", "zwei"])
    assert out == [None, "ZWEI"]
    assert translator.info.label == f"vllm_server/{client.config.model}"
    assert "copy numbers, dates" in server.bodies[1]["messages"][0]["content"]
