"""vLLM offline backend, launcher side: prompts out as Parquet, results back as Parquet.

vLLM needs CUDA torch and cannot live in the CPU venv, so `offline_job.py` runs in its own Python
environment, launched through Dagster Pipes by the LLM resource. This module stays Dagster-free: it
takes a `launch(prompts_path, results_path, extras)` callable (the resource passes one built on
PipesSubprocessClient) and does the file contract on both sides.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from curation.tables.io import write_parquet_atomic
from curation.vqa.prompts import PROMPT_VERSION, PromptSet
from curation.vqa.protocol import GeneratedItem, GeneratorInfo, VqaRequest, VqaResult
from curation.vqa.schema import RESPONSE_SCHEMA, parse_items

JOB_SCRIPT = Path(__file__).with_name("offline_job.py")
PROMPTS_SCHEMA = pa.schema([("task_id", pa.int64()), ("image_ref", pa.string()), ("lang", pa.string()),
                            ("messages_json", pa.string())])
RESULTS_SCHEMA = pa.schema([("task_id", pa.int64()), ("content", pa.string()), ("error", pa.string())])
Launch = Callable[[Path, Path, dict[str, Any]], None]


def write_prompts(requests: list[VqaRequest], prompts: PromptSet, path: Path) -> list[tuple[int, str]]:
    """One prompt row per (request, language); returns the task ids in order."""
    rows, tasks = [], []
    for request in requests:
        for lang in request.langs:
            task_id = len(rows)
            rows.append({"task_id": task_id, "image_ref": request.image_ref, "lang": lang,
                         "messages_json": json.dumps(prompts.messages(request, lang), ensure_ascii=False)})
            tasks.append((task_id, lang))
    write_parquet_atomic(path, pa.Table.from_pylist(rows, schema=PROMPTS_SCHEMA))
    return tasks


def read_results(requests: list[VqaRequest], path: Path) -> list[VqaResult]:
    """Parse the job's results into one VqaResult per request; a missing task counts as an error."""
    answers = {r["task_id"]: r for r in pq.read_table(path).cast(RESULTS_SCHEMA).to_pylist()}
    results, task_id = [], 0
    for request in requests:
        items: list[GeneratedItem] = []
        bad, errors = 0, []
        for lang in request.langs:
            answer = answers.get(task_id, {"content": None, "error": "missing from results"})
            task_id += 1
            if answer["error"] or answer["content"] is None:
                errors.append(answer["error"] or "no content")
                continue
            try:
                raw = json.loads(answer["content"])["items"]
                if not isinstance(raw, list):
                    raise TypeError("items is not a list")
            except (ValueError, KeyError, TypeError):
                errors.append("malformed JSON answer")
                continue
            good, n_bad = parse_items(raw)
            items += [GeneratedItem(i, "llm") for i in good if i.lang == lang]
            bad += n_bad + sum(i.lang != lang for i in good)
        results.append(VqaResult(request.image_ref, tuple(items), bad, "; ".join(errors) or None))
    return results


class VllmOfflineGenerator:
    """Batch generation with vllm.LLM in a separate environment (a GPU job launched through Pipes)."""

    def __init__(self, launch: Launch, model: str, work_dir: Path, prompts: PromptSet | None = None, *,
                 max_tokens: int = 2048, temperature: float = 0.0) -> None:
        if not model:
            raise ValueError("model must name the vLLM model to load (a local path or a hub id)")
        self.launch = launch
        self.work_dir = work_dir
        self.prompts = prompts or PromptSet.load(PROMPT_VERSION)
        self.sampling = {"max_tokens": max_tokens, "temperature": temperature}
        self.info = GeneratorInfo("vllm_offline", model, self.prompts.version)

    def generate(self, requests: list[VqaRequest]) -> list[VqaResult]:
        if not requests:
            return []
        prompts_path = self.work_dir / "prompts.parquet"
        results_path = self.work_dir / "results.parquet"
        results_path.unlink(missing_ok=True)
        write_prompts(requests, self.prompts, prompts_path)
        self.launch(prompts_path, results_path, {"model": self.info.model, "schema": json.dumps(RESPONSE_SCHEMA),
                                                 "sampling": self.sampling})
        if not results_path.exists():
            raise RuntimeError("vLLM offline job finished without writing its results file")
        return read_results(requests, results_path)
