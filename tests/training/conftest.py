from pathlib import Path

import pytest

from curation.paths import DataPaths
from tests.training.release_fixture import build_tiny_release


@pytest.fixture(scope="session")
def tiny_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    root = tmp_path_factory.mktemp("tiny_release")
    paths = DataPaths(data_dir=root / "data", vault_dir=root / "vault")
    build_tiny_release(paths)
    return paths


@pytest.fixture(scope="session")
def tiny_release(tiny_paths: DataPaths) -> Path:
    return tiny_paths.dataset_dir
