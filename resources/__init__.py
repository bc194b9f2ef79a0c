"""Dagster resources, built from the environment when Definitions load."""

from __future__ import annotations

import os
from typing import Any

import dagster as dg

from curation.keys import SECRET_ENV
from resources.corpus_run import CorpusRunRecord
from resources.launcher import TrainingLauncher
from resources.llm import API_KEY_ENV, BACKEND_ENV, LlmResource
from resources.segmenter import segmenter_from_env
from resources.storage import RadcurateStorage


def build_resources() -> dict[str, Any]:
    """Resources configured from the environment at run time; the secret stays an EnvVar."""
    llm = LlmResource(
        backend=os.environ.get(BACKEND_ENV, "template"),
        base_url=os.environ.get("RADCURATE_LLM_BASE_URL", "http://127.0.0.1:8000/v1"),
        model=os.environ.get("RADCURATE_LLM_MODEL", ""),
        api_key=dg.EnvVar(API_KEY_ENV) if os.environ.get(API_KEY_ENV) else None,
        offline_python=os.environ.get("RADCURATE_VLLM_PYTHON", ""),
        labels=os.environ.get("RADCURATE_LABELS", "rules"),
    )
    storage = RadcurateStorage(secret=dg.EnvVar(SECRET_ENV))
    return {"storage": storage, "llm": llm,
            "segmenter": segmenter_from_env(),
            # training jobs run out of process through Pipes (docs/training.md)
            "launcher": TrainingLauncher(), "pipes_subprocess_client": dg.PipesSubprocessClient(),
            "corpus_run": CorpusRunRecord(storage=storage)}  # the corpus job records its fingerprint (corpus_record.py)
