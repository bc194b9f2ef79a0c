"""A curated synthetic export shared by the end-to-end tests of one worker (built once, ~a minute)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from radcurate.devenv import DAGSTER_YAML
from tests.conftest import TEST_SECRET


@dataclass(frozen=True)
class CuratedExport:
    root: Path
    export: Path
    truth: dict
    data_dir: Path
    vault_dir: Path
    dagster_home: Path
    export_ids: tuple[str, ...]
    run_ids: tuple[str, ...]


def curate_env(root: Path) -> dict[str, str]:
    env = {"RADCURATE_SECRET": TEST_SECRET, "RADCURATE_DATA_DIR": str(root / "data"),
           "RADCURATE_VAULT_DIR": str(root / "vault"), "DAGSTER_HOME": str(root / "dagster_home")}
    (root / "dagster_home").mkdir(parents=True, exist_ok=True)
    (root / "dagster_home" / "dagster.yaml").write_text(DAGSTER_YAML)  # the instance settings the CLI writes
    return env


@contextmanager
def curate_environment(root: Path) -> Iterator[None]:
    """This process's environment pointed at `root`'s folders, instance and test key, restored afterwards."""
    saved = dict(os.environ)
    os.environ.update(curate_env(root))
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture(scope="session")
def curated(tmp_path_factory: pytest.TempPathFactory) -> CuratedExport:
    from curation.synth import SynthOptions, load_truth, write_synthetic_export
    from radcurate.orchestrate import curate

    root = tmp_path_factory.mktemp("e2e")
    export = root / "exports" / "export_2024_01"
    truth = load_truth(write_synthetic_export(export, SynthOptions(patients=3, seed=11, bad_files=True)))
    with curate_environment(root):
        result = curate([export])
    assert result.success, "curate failed: see the runs in the test's DAGSTER_HOME"
    return CuratedExport(root, export, truth, root / "data", root / "vault", root / "dagster_home",
                         result.export_ids, result.run_ids)
