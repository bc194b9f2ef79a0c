"""Shared fixtures: a test secret and a temporary data/vault layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from radcurate.curation.keys import Pseudonymizer
from radcurate.curation.paths import DataPaths

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
