"""DAGSTER_HOME set-up: atomic, healed after a kill, and safe for two first runs at once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import dagster as dg

from radcurate.instance import READY_MARKER, ensure_instance

ROOT = Path(__file__).resolve().parents[1]
USE = ("import sys; from pathlib import Path; from radcurate.instance import ensure_instance; import dagster as dg; "
       "home = ensure_instance(Path(sys.argv[1])); i = dg.DagsterInstance.get(); "
       "i.add_dynamic_partitions('exports', [sys.argv[2]]); print(sorted(i.get_dynamic_partitions('exports')))")


def _use(home: Path, key: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", USE, str(home), key], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def _partitions(home: Path) -> list[str]:
    with dg.DagsterInstance.from_config(str(home)) as instance:
        return sorted(instance.get_dynamic_partitions("exports"))


def test_two_first_runs_on_a_fresh_home_both_succeed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    procs = [_use(home, f"exp_{n}") for n in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    assert _partitions(home) == ["exp_0", "exp_1"]
    assert (home / READY_MARKER).read_text().strip() == dg.__version__


def test_a_kill_during_first_set_up_heals_on_the_next_run(tmp_path: Path) -> None:
    home = tmp_path / "home"
    killed = _use(home, "exp_0", RADCURATE_KILL_AT="instance-setup")
    killed.communicate(timeout=120)
    assert killed.returncode == -9 and not (home / READY_MARKER).exists()
    again = _use(home, "exp_1")
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err[-2000:]
    assert _partitions(home) == ["exp_1"] and not list(home.glob(".setup-*"))


def test_a_half_created_database_is_moved_aside_not_used(tmp_path: Path) -> None:
    """What a kill inside Dagster's own lazy set-up leaves: a runs.db with the runs table and no stamp."""
    home = tmp_path / "home"
    (home / "history").mkdir(parents=True)
    with sqlite3.connect(home / "history" / "runs.db") as db:
        db.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, run_id VARCHAR(255))")
    ensure_instance(home)
    assert len(list(home.glob(".broken-*/history/runs.db"))) == 1
    assert _partitions(home) == []                                 # the dynamic partitions table exists


def test_a_healthy_older_home_is_adopted_as_it_is(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        instance.add_dynamic_partitions("exports", ["exp_old"])
    ensure_instance(home)
    assert _partitions(home) == ["exp_old"] and not list(home.glob(".broken-*"))


def test_a_new_dagster_version_migrates_once_under_the_lock(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ensure_instance(home)
    (home / READY_MARKER).write_text("0.0.1\n")                   # set up by an older Dagster
    ensure_instance(home)
    assert (home / READY_MARKER).read_text().strip() == dg.__version__
    assert _partitions(home) == [] and not list(home.glob(".broken-*"))
