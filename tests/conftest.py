"""Shared fixtures: a test secret and a temporary data/vault layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.keys import Pseudonymizer
from curation.paths import DataPaths

TEST_SECRET = "radcurate-test-secret-0123456789"


@pytest.fixture
def secret_env(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("RADCURATE_SECRET", TEST_SECRET)
    return TEST_SECRET


@pytest.fixture
def pseudonymizer() -> Pseudonymizer:
    return Pseudonymizer(TEST_SECRET.encode())


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(data_dir=tmp_path / "data", vault_dir=tmp_path / "vault")


@pytest.fixture(autouse=True)
def _fresh_dagster_state_storage() -> None:
    """Dagster keeps the last instance's defs-state storage in a context variable; a test that closed
    its instance would leave a dead weak reference there for the next test's Definitions to trip on."""
    from dagster._core.storage.defs_state.base import _current_storage

    _current_storage.set(None)
