"""Dagster resources, built from the environment when Definitions load."""

from __future__ import annotations

import os
from typing import Any

import dagster as dg

from radcurate.curation.keys import SECRET_ENV
from radcurate.curation.paths import DATA_DIR_ENV, VAULT_DIR_ENV
from radcurate.resources.segmenter import segmenter_from_env
from radcurate.resources.storage import RadcurateStorage


def build_resources() -> dict[str, Any]:
    """Resources with defaults from RADCURATE_* variables; the secret stays an EnvVar."""
    storage = RadcurateStorage(
        data_dir=os.path.abspath(os.environ.get(DATA_DIR_ENV, "data")),
        vault_dir=os.path.abspath(os.environ.get(VAULT_DIR_ENV, "vault")),
        secret=dg.EnvVar(SECRET_ENV),
    )
    return {"storage": storage, "segmenter": segmenter_from_env()}
