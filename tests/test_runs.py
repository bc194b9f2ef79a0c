"""Runs of a killed process are marked failed and free their pool slot; the demo key is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from curation.keys import load_secret
from curation.paths import DataPaths
from curation.vault import Vault
from radcurate.instance import ensure_instance
from radcurate.orchestrate import check_demo_key
from radcurate.runs import HOST_TAG, PID_TAG, START_TAG, heal_dead_runs, run_tags


def _dead_pid() -> str:
    return subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()


def test_a_dead_run_is_marked_failed_and_its_gpu_slot_freed(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    ensure_instance(tmp_path / "home")
    with dg.DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        storage.set_concurrency_slots("gpu", 1)
        runs = {}
        for name, tags in (("dead", {**run_tags(), PID_TAG: _dead_pid()}), ("alive", run_tags()),
                           ("foreign", {})):
            run = instance.add_run(dg.DagsterRun(job_name="curate_export", run_id=f"run-{name}",
                                                 status=dg.DagsterRunStatus.STARTED, tags=tags))
            runs[name] = run
        storage.claim_concurrency_slot("gpu", "run-dead", "segmentations")
        healed = []
        assert heal_dead_runs(instance, healed.append) == ["run-dead"]
        assert "gone" in healed[0] and "run-dead" in healed[0]
        status = {n: instance.get_run_by_id(r.run_id).status for n, r in runs.items()}
        assert status == {"dead": dg.DagsterRunStatus.FAILURE, "alive": dg.DagsterRunStatus.STARTED,
                          "foreign": dg.DagsterRunStatus.STARTED}   # a UI run is not ours to judge
        assert storage.get_concurrency_info("gpu").claimed_slots == []
        assert set(run_tags()) == {PID_TAG, START_TAG, HOST_TAG}


def test_curating_with_the_demo_key_is_refused_unless_asked(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "demo" / "data", tmp_path / "demo" / "vault")
    secret = load_secret(Vault(paths.vault_dir).demo_secret())
    with pytest.raises(ValueError, match=r"is the DEMO key .* pass --demo"):
        check_demo_key(secret, paths, allow=False)
    check_demo_key(secret, paths, allow=True)
    check_demo_key(load_secret("a-real-secret-0123456789"), paths, allow=False)


def test_activated_demo_shell_uses_its_own_instance(tmp_path: Path) -> None:
    from radcurate.devenv import add_activate_hook

    activate = tmp_path / "activate"
    activate.write_text("# venv\n")
    add_activate_hook(activate)
    (tmp_path / "demo" / "vault").mkdir(parents=True)
    (tmp_path / "demo" / "vault" / "demo_secret.key").write_text("d" * 64)
    script = f"cd {tmp_path} && source {activate} && echo $DAGSTER_HOME && echo $RADCURATE_DATA_DIR"
    demo = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True,
                          env={"PATH": "/usr/bin:/bin"}).stdout.splitlines()
    assert demo[-2:] == [f"{tmp_path}/demo/dagster_home", f"{tmp_path}/demo/data"]
    real = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True,
                          env={"PATH": "/usr/bin:/bin", "RADCURATE_SECRET": "r" * 32,
                               "RADCURATE_DATA_DIR": "/srv/data"}).stdout.splitlines()
    assert real == [f"{tmp_path}/.dagster_home", "/srv/data"]
