"""docs/scaling.md: every YAML block parses, and the instance config validates against Dagster's schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from dagster._core.instance.config import dagster_instance_config

DOC = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_every_yaml_block_parses() -> None:
    blocks = _yaml_blocks()
    assert len(blocks) >= 5
    for block in blocks:
        assert list(yaml.safe_load_all(block))


def test_instance_config_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    instance_yaml = next(b for b in _yaml_blocks() if b.startswith("storage:"))
    (tmp_path / "dagster.yaml").write_text(instance_yaml)
    for var in ("DAGSTER_PG_HOST", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD"):
        monkeypatch.setenv(var, "x")
    config, _ = dagster_instance_config(str(tmp_path))
    assert config["concurrency"]["pools"]["default_limit"] == 4
    assert config["concurrency"]["runs"]["max_concurrent_runs"] == 32
    assert config["storage"]["postgres"]["postgres_db"]["db_name"] == "dagster"


def test_k8s_run_launcher_keeps_the_secret_out_of_run_config() -> None:
    launcher = next(yaml.safe_load(b) for b in _yaml_blocks() if b.startswith("run_launcher:"))
    assert launcher["run_launcher"]["config"]["env_secrets"] == ["radcurate-secret"]
    mounts = {m["mountPath"] for m in launcher["run_launcher"]["config"]["volume_mounts"]}
    assert mounts == {"/data", "/vault"}
