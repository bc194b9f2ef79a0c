"""Dagster resources, built from the environment when Definitions load."""

from __future__ import annotations

import os
from typing import Any

import dagster as dg

from radcurate.curation.keys import SECRET_ENV
from radcurate.curation.paths import DATA_DIR_ENV, VAULT_DIR_ENV
from radcurate.resources.llm import API_KEY_ENV, BACKEND_ENV, LlmResource
from radcurate.resources.storage import RadcurateStorage


def build_resources() -> dict[str, Any]:
    """Resources with defaults from RADCURATE_* variables; the secret stays an EnvVar."""
    storage = RadcurateStorage(
        data_dir=os.path.abspath(os.environ.get(DATA_DIR_ENV, "data")),
        vault_dir=os.path.abspath(os.environ.get(VAULT_DIR_ENV, "vault")),
        secret=dg.EnvVar(SECRET_ENV),
    )
    llm = LlmResource(
        backend=os.environ.get(BACKEND_ENV, "template"),
        base_url=os.environ.get("RADCURATE_LLM_BASE_URL", "http://127.0.0.1:8000/v1"),
        model=os.environ.get("RADCURATE_LLM_MODEL", ""),
        api_key=dg.EnvVar(API_KEY_ENV) if os.environ.get(API_KEY_ENV) else None,
        offline_python=os.environ.get("RADCURATE_VLLM_PYTHON", ""),
    )
    return {"storage": storage, "llm": llm}
