"""Dagster resources, built from the environment when Definitions load."""

from __future__ import annotations

from typing import Any

import dagster as dg

from radcurate.curation.keys import SECRET_ENV
from radcurate.resources.storage import RadcurateStorage


def build_resources() -> dict[str, Any]:
    """Resources configured from the environment at run time; the secret stays an EnvVar."""
    return {"storage": RadcurateStorage(secret=dg.EnvVar(SECRET_ENV))}
