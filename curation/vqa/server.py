"""vLLM OpenAI-compatible server backend (`vllm serve`): chat completions with json_schema output.

`ChatClient` is the transport shared with the translator: bounded concurrency (a thread pool no wider
than `max_in_flight`), per-request timeouts, retries with exponential backoff on 5xx / 429 / timeouts /
connection errors / malformed JSON, and a clear error naming base_url when the server is unreachable.
Error messages carry status codes and error kinds only, never prompt or report text.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from curation.vqa.prompts import PROMPT_VERSION, PromptSet
from curation.vqa.protocol import GeneratedItem, GeneratorInfo, VqaRequest, VqaResult
from curation.vqa.schema import RESPONSE_SCHEMA, SCHEMA_NAME, parse_items

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


class LlmUnreachableError(RuntimeError):
    """The server could not be reached at all: a configuration or deployment problem, not a data one."""


class LlmRequestError(RuntimeError):
    """One request failed for good (after retries, or a 4xx the server will not change its mind on)."""


@dataclass(frozen=True)
class ServerConfig:
    base_url: str                       # e.g. http://127.0.0.1:8000/v1
    model: str
    api_key: str | None = field(default=None, repr=False)
    max_in_flight: int = 8
    timeout_s: float = 120.0
    retries: int = 3
    backoff_s: float = 0.5
    max_backoff_s: float = 8.0
    temperature: float = 0.0
    max_tokens: int = 2048

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {self.base_url!r}")
        if not self.model:
            raise ValueError("model must name the served model (the --served-model-name of vllm serve)")
        if self.max_in_flight < 1:
            raise ValueError(f"max_in_flight must be >= 1, got {self.max_in_flight}")
        if self.timeout_s <= 0:
            raise ValueError(f"timeout_s must be > 0, got {self.timeout_s}")
        if self.retries < 0:
            raise ValueError(f"retries must be >= 0, got {self.retries}")


class ChatClient:
    """Chat completions with a JSON schema response format, retried and bounded."""

    def __init__(self, config: ServerConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
        self._client = httpx.Client(
            base_url=config.base_url.rstrip("/"), headers=headers, transport=transport,
            timeout=httpx.Timeout(config.timeout_s, connect=min(config.timeout_s, 10.0)),
            limits=httpx.Limits(max_connections=config.max_in_flight,
                                max_keepalive_connections=config.max_in_flight))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ChatClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _delay(self, attempt: int) -> float:
        return min(self.config.backoff_s * 2 ** attempt, self.config.max_backoff_s)

    def chat_json(self, messages: list[dict[str, str]], schema: dict[str, Any], name: str) -> dict[str, Any]:
        """One completion constrained by `schema`; the parsed JSON object of the answer."""
        body = {"model": self.config.model, "messages": messages,
                "temperature": self.config.temperature, "max_tokens": self.config.max_tokens,
                "response_format": {"type": "json_schema",
                                    "json_schema": {"name": name, "schema": schema, "strict": True}}}
        failures: list[str] = []
        for attempt in range(self.config.retries + 1):
            if attempt:
                time.sleep(self._delay(attempt - 1))
            try:
                response = self._client.post("/chat/completions", json=body)
            except httpx.TimeoutException:
                failures.append("timeout")
                continue
            except httpx.TransportError as exc:
                failures.append(f"connection error ({type(exc).__name__})")
                continue
            if response.status_code >= 500 or response.status_code == 429:
                failures.append(f"HTTP {response.status_code}")
                continue
            if response.status_code >= 400:
                raise LlmRequestError(f"LLM server at {self.config.base_url} rejected the request with HTTP "
                                      f"{response.status_code} (check model name {self.config.model!r} and "
                                      "api_key); not retried")
            try:
                content = response.json()["choices"][0]["message"]["content"]
                parsed = json.loads(content)
                if not isinstance(parsed, dict):
                    raise ValueError("answer is not a JSON object")
                return parsed
            except (ValueError, KeyError, IndexError, TypeError):
                failures.append("malformed JSON answer")
        attempts = self.config.retries + 1
        if all(f.startswith("connection error") for f in failures):
            raise LlmUnreachableError(f"LLM server at {self.config.base_url} is unreachable after {attempts} "
                                      f"attempts ({failures[-1]}); is `vllm serve` running there?")
        raise LlmRequestError(f"LLM request to {self.config.base_url} failed after {attempts} attempts: "
                              + ", ".join(failures))

    def map(self, fn: Callable[[T], R], inputs: Sequence[T]) -> list[R]:
        """Apply `fn` with at most max_in_flight calls running; results in input order."""
        if len(inputs) <= 1 or self.config.max_in_flight == 1:
            return [fn(x) for x in inputs]
        with ThreadPoolExecutor(max_workers=self.config.max_in_flight) as pool:
            return list(pool.map(fn, inputs))


class VllmServerGenerator:
    """VQA items from an OpenAI-compatible server, one request per (image, language)."""

    def __init__(self, client: ChatClient, prompts: PromptSet | None = None, *,
                 finding_budget: int = 5, metadata_budget: int = 3) -> None:
        self.client = client
        self.prompts = prompts or PromptSet.load(PROMPT_VERSION)
        self.finding_budget = finding_budget
        self.metadata_budget = metadata_budget
        self.info = GeneratorInfo("vllm_server", client.config.model, self.prompts.version)

    def _one(self, task: tuple[VqaRequest, str]) -> tuple[list[GeneratedItem], int, str | None]:
        request, lang = task
        messages = self.prompts.messages(request, lang, finding_budget=self.finding_budget,
                                         metadata_budget=self.metadata_budget)
        try:
            answer = self.client.chat_json(messages, RESPONSE_SCHEMA, SCHEMA_NAME)
        except LlmRequestError as exc:
            return [], 0, str(exc)
        raw = answer.get("items")
        if not isinstance(raw, list):
            return [], 0, "answer has no items list"
        items, bad = parse_items(raw)
        wrong_lang = [i for i in items if i.lang != lang]
        return [GeneratedItem(i, "llm") for i in items if i.lang == lang], bad + len(wrong_lang), None

    def generate(self, requests: list[VqaRequest]) -> list[VqaResult]:
        tasks = [(r, lang) for r in requests for lang in r.langs]
        answers = iter(self.client.map(self._one, tasks))
        results = []
        for request in requests:
            items: list[GeneratedItem] = []
            bad, errors = 0, []
            for _ in request.langs:
                got, n_bad, error = next(answers)
                items += got
                bad += n_bad
                if error:
                    errors.append(error)
            results.append(VqaResult(request.image_ref, tuple(items), bad, "; ".join(errors) or None))
        log.info("vllm_server: %d requests, %d failed", len(requests), sum(r.error is not None for r in results))
        return results
