"""The LLM resource: which VQA generator / translator backend runs, and how to reach it.

backend 'template' (default, no model), 'vllm_server' (OpenAI-compatible `vllm serve` at base_url) or
'vllm_offline' (vllm.LLM in its own Python environment `offline_python`, launched through Dagster Pipes).
The API key is optional and comes from an EnvVar so it never shows in run config.
Translation (DE->EN) runs only over the server backend; `translate=False` turns it off there too.
Report labels (report_labels) come from the rules unless `labels='llm'` (server backend only).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dagster as dg

from curation.labels.labeller import Labeller, RuleLabeller
from curation.labels.llm import LabelCache, LlmLabeller
from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles
from curation.reports.translate import translation_status
from curation.reports.translation_cache import CachedTranslator, ExportTranslator, TranslationCache
from curation.vqa.offline import JOB_SCRIPT, VllmOfflineGenerator
from curation.vqa.protocol import VqaGenerator
from curation.vqa.server import ChatClient, ServerConfig, VllmServerGenerator
from curation.vqa.template import TemplateGenerator
from curation.vqa.translate import LlmTranslator

BACKENDS = ("template", "vllm_server", "vllm_offline")
BACKEND_ENV = "RADCURATE_VQA_BACKEND"
API_KEY_ENV = "RADCURATE_LLM_API_KEY"


class LlmResource(dg.ConfigurableResource):
    """VQA generation and translation backend."""

    backend: str = "template"
    base_url: str = "http://127.0.0.1:8000/v1"
    model: str = ""
    api_key: str | None = None
    max_in_flight: int = 8
    timeout_s: float = 120.0
    retries: int = 3
    offline_python: str = ""
    translate: bool = True
    labels: str = "rules"  # report_labels: "rules" (default) or "llm" (needs backend vllm_server)

    @property
    def uses_gpu(self) -> bool:
        return self.backend != "template"

    def _check(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"llm.backend must be one of {BACKENDS}, got {self.backend!r}")

    def chat_client(self) -> ChatClient:
        return ChatClient(ServerConfig(base_url=self.base_url, model=self.model, api_key=self.api_key,
                                       max_in_flight=self.max_in_flight, timeout_s=self.timeout_s,
                                       retries=self.retries))

    def generator(self, context: dg.AssetExecutionContext | None = None) -> VqaGenerator:
        """The configured generator; vllm_offline needs the asset context to launch its Pipes job."""
        self._check()
        if self.backend == "template":
            return TemplateGenerator()
        if self.backend == "vllm_server":
            return VllmServerGenerator(self.chat_client())
        if not self.offline_python or context is None:
            raise ValueError("llm.backend 'vllm_offline' needs offline_python (the vLLM environment's python) "
                             "and an asset context")
        work_dir = Path(tempfile.mkdtemp(prefix="radcurate-vqa-offline-"))
        python = self.offline_python

        def launch(prompts_path: Path, results_path: Path, extras: dict[str, Any]) -> None:
            invocation = dg.PipesSubprocessClient().run(
                context=context, command=[python, str(JOB_SCRIPT)],
                extras={**extras, "prompts_path": str(prompts_path), "results_path": str(results_path)})
            for message in invocation.get_custom_messages():
                context.log.info(f"vLLM offline job: {message}")

        return VllmOfflineGenerator(launch, self.model, work_dir)

    def report_labeller(self, paths: DataPaths) -> Labeller:
        """The report_labels labeller: the rules, or the server LLM behind its content-hash cache."""
        self._check()
        if self.labels == "rules":
            return RuleLabeller()
        if self.labels != "llm" or self.backend != "vllm_server":
            raise ValueError(f"llm.labels must be 'rules', or 'llm' with backend 'vllm_server'; got labels="
                             f"{self.labels!r}, backend={self.backend!r}")
        return LlmLabeller(self.chat_client(), LabelCache(paths.data_dir / "cache" / "labels" / "llm.parquet"))

    def translator(self) -> LlmTranslator | None:
        """A server-backed translator, or None (then English columns stay null; see `translator_absent`)."""
        self._check()
        return LlmTranslator(self.chat_client()) if self.backend == "vllm_server" and self.translate else None

    def translator_identity(self) -> str:
        """What decides the translations (for corpus part fingerprints): "<backend>/<model>" or "none"."""
        return f"{self.backend}/{self.model}" if self.translator() is not None else "none"

    def translator_absent(self) -> str | None:
        """Why there is no translator, for the metadata line; None when `translator()` gives one or
        there is nothing more to say than "not configured" (the template backend).

        vllm_offline batches prompts through a Pipes job of its own and has no per-text request path,
        so it does not translate; serve the model with `vllm serve` (backend vllm_server) for that.
        """
        self._check()
        if self.backend == "vllm_server":
            return None if self.translate else "llm.translate is false"
        if self.backend == "vllm_offline":
            return "vllm_offline does not translate; use vllm_server"
        return None

    def cached_translator(self, paths: DataPaths, shard: str,
                          phi_check: Callable[[str, str], bool]) -> CachedTranslator | None:
        """The translator behind the content-hash cache (data_dir/cache/translate/<shard>.parquet) and
        the PHI check, or None when translation is not configured."""
        inner = self.translator()
        return None if inner is None else CachedTranslator(inner, TranslationCache(paths, shard), phi_check)

    def lazy_translator(self, paths: DataPaths, shard: str,
                        needles_for: Callable[[tuple[str, ...]], PhiNeedles]) -> ExportTranslator:
        """`cached_translator` built on its first use, its PHI check per recomputed export: the vault values of
        that export's patients (`needles_for(export_ids)`), read only when a translator is configured and an
        export is translated (a corpus step with nothing to recompute reads none)."""
        return ExportTranslator(lambda check: self.cached_translator(paths, shard, check), needles_for)

    def translation_status(self, translator: CachedTranslator | None) -> str:
        """The "translation" metadata value: "<backend>/<model>" or "not configured (...)"."""
        return translation_status(translator, self.translator_absent())
