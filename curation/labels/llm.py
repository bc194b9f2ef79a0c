"""The LLM report labeller: one json_schema chat call per report, cached by content hash, validated.

The model lists the positive labels only, each with status present | suspected and the report sentence that
states it. An answer is accepted only if every label is known and every evidence sentence occurs verbatim in
the report; otherwise (and when the request fails) the report is labelled by the rules and counted, so a
flaky or hallucinating model never silently fills the table.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from curation.labels.record import ReportLabels
from curation.labels.rules import label_report
from curation.labels.vocabulary import ABDOMINAL_LABELS, ALL_LABELS, CT_RATE_LABELS
from curation.tables.io import write_parquet_atomic
from curation.vqa.server import ChatClient, LlmRequestError

log = logging.getLogger(__name__)

PROMPT_VERSION = "labels-1"
SCHEMA_NAME = "report_labels"
RESPONSE_SCHEMA: dict[str, Any] = {
    "type": "object", "additionalProperties": False, "required": ["findings"],
    "properties": {"findings": {"type": "array", "items": {
        "type": "object", "additionalProperties": False, "required": ["label", "status", "evidence"],
        "properties": {"label": {"type": "string", "enum": list(ALL_LABELS)},
                       "status": {"type": "string", "enum": ["present", "suspected"]},
                       "evidence": {"type": "string"}}}}},
}
SYSTEM_PROMPT = (
    "You label radiology reports (German or English) for disease findings. List only the findings the report "
    "states as present now or as suspected, in the findings or impression; a finding named only in the "
    "clinical question, indication or history, a negated finding, or a resolved / prior finding is not listed. "
    "Partly regressed findings are still present. For each, quote the one report sentence that states it, "
    "copied exactly. Labels: " + ", ".join(CT_RATE_LABELS) + "; abdominal: " + ", ".join(ABDOMINAL_LABELS) + ".")

CACHE_SCHEMA = pa.schema([("cache_key", pa.string()), ("model", pa.string()), ("prompt_version", pa.string()),
                          ("answer", pa.string())])


def cache_key(text: str, model: str) -> str:
    """sha256 over (report text, model, prompt version): the same report is asked once per model and prompt."""
    return hashlib.sha256("\x1f".join((text, model, PROMPT_VERSION)).encode()).hexdigest()[:32]


def messages(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": f"Report:\n{text}"}]


def parse_answer(answer: dict[str, Any], text: str) -> ReportLabels | None:
    """The labels of a model answer, or None when it breaks the schema or quotes evidence not in `text`."""
    findings = answer.get("findings")
    if not isinstance(findings, list):
        return None
    present: dict[str, str] = {}
    suspected: dict[str, str] = {}
    for item in findings:
        if not isinstance(item, dict):
            return None
        label, status, evidence = item.get("label"), item.get("status"), item.get("evidence")
        if label not in ALL_LABELS or status not in ("present", "suspected") or not isinstance(evidence, str):
            return None
        evidence = evidence.strip()
        if not evidence or evidence not in text:
            return None
        (present if status == "present" else suspected).setdefault(label, evidence)
    evidence_by_label = {**{k: v for k, v in suspected.items() if k not in present}, **present}
    return ReportLabels(positive=frozenset(evidence_by_label), uncertain=frozenset(evidence_by_label) - set(present),
                        evidence=evidence_by_label, source="llm")


class LabelCache:
    """Raw model answers by cache key; a Parquet file written atomically (in memory when path is None)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._answers: dict[str, dict[str, str]] = {}
        if path is not None and path.is_file():
            for row in pq.read_table(path).cast(CACHE_SCHEMA).to_pylist():
                self._answers[row["cache_key"]] = row

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: str) -> dict[str, Any] | None:
        row = self._answers.get(key)
        return None if row is None else json.loads(row["answer"])

    def put(self, key: str, model: str, answer: dict[str, Any]) -> None:
        self._answers[key] = {"cache_key": key, "model": model, "prompt_version": PROMPT_VERSION,
                              "answer": json.dumps(answer, ensure_ascii=False, sort_keys=True)}

    def save(self) -> Path | None:
        if self.path is None:
            return None
        rows = [self._answers[k] for k in sorted(self._answers)]
        return write_parquet_atomic(self.path, pa.Table.from_pylist(rows, schema=CACHE_SCHEMA))


@dataclass
class LlmStats:
    """What the LLM labeller did: calls made, answers reused, reports that fell back to the rules."""

    calls: int = 0
    cache_hits: int = 0
    invalid_fallbacks: int = 0
    failed_fallbacks: int = 0
    errors: list[str] = field(default_factory=list)

    def as_metadata(self) -> dict[str, int]:
        return {"llm_calls": self.calls, "llm_cache_hits": self.cache_hits,
                "llm_invalid_fallbacks": self.invalid_fallbacks, "llm_failed_fallbacks": self.failed_fallbacks}


class LlmLabeller:
    """Labels reports through a chat server; falls back to the rules per report, counted in `stats`."""

    def __init__(self, client: ChatClient, cache: LabelCache,
                 fallback: Callable[[str], ReportLabels] = label_report) -> None:
        self.client = client
        self.cache = cache
        self.fallback = fallback
        self.stats = LlmStats()

    @property
    def name(self) -> str:
        return f"llm:{self.client.config.model}:{PROMPT_VERSION}"

    def _ask(self, text: str) -> dict[str, Any] | None:
        try:
            return self.client.chat_json(messages(text), RESPONSE_SCHEMA, SCHEMA_NAME)
        except LlmRequestError as exc:
            self.stats.errors.append(str(exc))
            return None

    def finish(self) -> dict[str, int]:
        self.cache.save()
        return self.stats.as_metadata()

    def label_many(self, texts: Sequence[str]) -> list[ReportLabels]:
        model = self.client.config.model
        keys = [cache_key(t, model) for t in texts]
        answers: dict[str, dict[str, Any] | None] = {}
        todo: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            cached = self.cache.get(key)
            if cached is not None:
                answers[key] = cached
                self.stats.cache_hits += 1
            else:
                todo.setdefault(key, text)
        fresh = self.client.map(self._ask, list(todo.values()))
        self.stats.calls += len(todo)
        for key, answer in zip(todo, fresh, strict=True):
            answers[key] = answer
            if answer is not None:
                self.cache.put(key, model, answer)
        out = []
        for key, text in zip(keys, texts, strict=True):
            answer = answers[key]
            labels = None if answer is None else parse_answer(answer, text)
            if labels is None:
                if answer is None:
                    self.stats.failed_fallbacks += 1
                else:
                    self.stats.invalid_fallbacks += 1
                rules = self.fallback(text)
                labels = ReportLabels(rules.positive, rules.uncertain, rules.evidence, source="llm_fallback_rules")
            out.append(labels)
        if self.stats.failed_fallbacks:
            log.warning("report labels: %d reports fell back to the rules after failed LLM requests",
                        self.stats.failed_fallbacks)
        return out
