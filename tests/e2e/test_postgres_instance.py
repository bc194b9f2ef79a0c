"""The instance at scale (issue 17): a Postgres-backed Dagster instance with a run queue, for real.

A throwaway PostgreSQL cluster (tests/postgres.py), DAGSTER_HOME/dagster.yaml = docs/scaling.md §1's block
(port and run limit adapted), three synthetic exports registered as partitions, their runs submitted to the
queue with `dagster job launch` (as the sensor and the UI submit them), then a real `dagster-daemon run`:
its QueuedRunCoordinator launches the three side by side; once they are done the corpus job goes through
the queue too. The tables must equal a sequential `radcurate curate` of the same exports on a SQLite
instance, and the three export runs must have overlapped in time. Runs use the in-process executor (one
process per run instead of one per step) to keep the test at 2–4 minutes on a small shared machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
import yaml

from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.synth import SynthOptions, write_synthetic_export
from curation.tables.io import read_table
from radcurate.orchestrate import add_partitions, configure_environment, register_export
from tests.conftest import TEST_SECRET
from tests.e2e.conftest import curate_env
from tests.e2e.dagster_ui import REPO, stop_group
from tests.postgres import postgres_cluster, why_no_postgres

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.postgres,
              pytest.mark.skipif(why_no_postgres() is not None, reason=why_no_postgres() or "")]

EXPORTS, PATIENTS, MATRIX, MAX_RUNS, DEADLINE_S = 3, 1, 32, 3, 420
IN_PROCESS = {"execution": {"config": {"in_process": {}}}}
IN_FLIGHT = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
             dg.DagsterRunStatus.STARTED]
DOC = REPO / "docs" / "scaling.md"
WORKSPACE = "dagster_workspace.yaml"
# Tables that must not come out empty; every table either run wrote is compared row for row (nothing in
# them depends on the run or the time).
NON_EMPTY = ("dicom_index", "series_catalog", "volumes", "reports", "segmentations", "snippet_pairs",
             "image_text_pairs", "grounding_items", "vqa_items")


def _instance_yaml(port: int) -> str:
    """docs/scaling.md §1's dagster.yaml, with the test cluster's port and a run limit of MAX_RUNS."""
    block = next(b for b in re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
                 if b.startswith("storage:"))
    config = yaml.safe_load(block)
    config["storage"]["postgres"]["postgres_db"]["port"] = port
    config["concurrency"]["runs"]["max_concurrent_runs"] = MAX_RUNS
    return yaml.safe_dump(config, sort_keys=False)


def _rows(data_dir: Path, table: str) -> list[str]:
    """The table's rows as canonical JSON lines, sorted (row order across parts is not part of the result)."""
    rows = read_table(DataPaths(data_dir, data_dir.parent / "vault"), table).to_pylist()
    return sorted(json.dumps(r, sort_keys=True, default=lambda v: v.hex() if isinstance(v, bytes) else repr(v))
                  for r in rows)


def _records(instance: dg.DagsterInstance, job: str) -> list[dg.RunRecord]:
    return list(instance.get_run_records(dg.RunsFilter(job_name=job)))


def _failures(instance: dg.DagsterInstance, records: list[dg.RunRecord]) -> list[str]:
    """The failed steps' and runs' error messages (synthetic data: no PHI), for the assertion message."""
    kinds = (dg.DagsterEventType.STEP_FAILURE, dg.DagsterEventType.RUN_FAILURE)
    def text(entry: Any) -> str:
        error = getattr(entry.dagster_event.event_specific_data, "error", None)
        return (error.to_string() if error is not None else entry.message)[-1500:]

    return [f"{r.dagster_run.job_name} {e.dagster_event.step_key}: {text(e)}"
            for r in records for kind in kinds for e in instance.all_logs(r.dagster_run.run_id, of_type=kind)]


def _launch(job: str, env: dict[str, str], tags: dict[str, str] | None = None) -> subprocess.Popen:
    """`dagster job launch`: the run is created and handed to the instance's run coordinator (the queue)."""
    command = [str(Path(sys.executable).parent / "dagster"), "job", "launch", "-w", str(REPO / WORKSPACE),
               "-j", job, "--config-json", json.dumps(IN_PROCESS), "--tags", json.dumps(tags or {})]
    return subprocess.Popen(command, cwd=REPO, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _submitted(procs: list[subprocess.Popen]) -> None:
    outs = [p.communicate(timeout=DEADLINE_S)[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [o[-2000:] for o in outs]


def _wait_idle(instance: dg.DagsterInstance, deadline: float, daemon: subprocess.Popen, log: Path) -> None:
    """Until no run is queued or running."""
    while instance.get_run_ids(dg.RunsFilter(statuses=IN_FLIGHT)):
        assert daemon.poll() is None, f"dagster-daemon exited: {log.read_text()[-3000:]}"
        assert time.monotonic() < deadline, f"timed out waiting for the queued runs: {log.read_text()[-3000:]}"
        time.sleep(1)


def test_postgres_queue_runs_exports_concurrently_equal_to_a_sequential_run(tmp_path: Path) -> None:
    folders = [tmp_path / "exports" / f"export_{n}" for n in range(EXPORTS)]
    for n, folder in enumerate(folders):
        write_synthetic_export(folder, SynthOptions(patients=PATIENTS, seed=41 + n, matrix=MATRIX))
    bin_dir = Path(sys.executable).parent
    base = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1",
            "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}

    sequential = tmp_path / "sequential"                      # the reference: one process, SQLite, one by one
    done = subprocess.run([str(bin_dir / "radcurate"), "curate", *map(str, folders)], cwd=REPO, text=True,
                          env={**base, **curate_env(sequential)}, capture_output=True, timeout=DEADLINE_S)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    queued = tmp_path / "queued"
    with postgres_cluster() as cluster:
        env = {**base, **curate_env(queued), **cluster.env()}
        (queued / "dagster_home" / "dagster.yaml").write_text(_instance_yaml(cluster.port), encoding="utf-8")
        saved = dict(os.environ)
        os.environ.update(env)
        log_path = tmp_path / "daemon.log"
        daemon = None
        try:
            with dg.DagsterInstance.get() as instance:        # creates the schema before other processes race
                from dagster_postgres import PostgresRunStorage

                assert isinstance(instance.run_storage, PostgresRunStorage)
                paths = configure_environment(None, None)
                pseudonymizer = Pseudonymizer(TEST_SECRET.encode())
                partitions = sorted(register_export(f, paths, pseudonymizer).export_id for f in folders)
                add_partitions(instance, partitions)
                # docs/scaling.md §1: the gpu pool's limit is set before runs share it (else runs that first use
                # the pool at the same moment race to create its row, and one fails)
                subprocess.run([str(bin_dir / "dagster"), "instance", "concurrency", "set", "gpu", "4"],
                               env=env, check=True, capture_output=True, timeout=120)
                _submitted([_launch("curate_export", env, {"dagster/partition": p}) for p in partitions])
                assert [r.dagster_run.status for r in _records(instance, "curate_export")] == \
                    [dg.DagsterRunStatus.QUEUED] * EXPORTS            # nothing runs until the daemon dequeues
                with log_path.open("w") as log:
                    daemon = subprocess.Popen([str(bin_dir / "dagster-daemon"), "run", "-w", str(REPO / WORKSPACE)],
                                              cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                              start_new_session=True)
                deadline = time.monotonic() + DEADLINE_S
                _wait_idle(instance, deadline, daemon, log_path)
                _submitted([_launch("curate_corpus", env)])
                _wait_idle(instance, deadline, daemon, log_path)
                exports = _records(instance, "curate_export")
                corpus = _records(instance, "curate_corpus")
                enqueued = {r.dagster_run.run_id: len(instance.all_logs(
                    r.dagster_run.run_id, of_type=dg.DagsterEventType.RUN_ENQUEUED)) for r in exports + corpus}
                failures = _failures(instance, exports + corpus)
        finally:
            os.environ.clear()
            os.environ.update(saved)
            if daemon is not None:
                stop_group(daemon)
                with contextlib.suppress(ProcessLookupError):  # a code server or run that outlived SIGTERM
                    os.killpg(daemon.pid, signal.SIGKILL)

    assert [r.dagster_run.status for r in exports] == [dg.DagsterRunStatus.SUCCESS] * EXPORTS, failures
    assert sorted(r.dagster_run.tags["dagster/partition"] for r in exports) == partitions
    assert [r.dagster_run.status for r in corpus] == [dg.DagsterRunStatus.SUCCESS]
    assert set(enqueued.values()) == {1}                      # each went through the queue, not launched directly
    assert f"Launched {EXPORTS} runs." in log_path.read_text()  # the coordinator dequeued all three at once
    starts = [r.start_time for r in exports]
    ends = [r.end_time for r in exports]
    assert max(starts) < min(ends), f"the export runs did not overlap: starts {starts}, ends {ends}"
    tables = sorted({p.name for run in (sequential, queued) for p in (run / "data" / "tables").iterdir()
                     if p.is_dir() and not p.name.startswith(".")})
    assert set(NON_EMPTY) <= set(tables)
    for table in tables:
        reference = _rows(sequential / "data", table)
        assert _rows(queued / "data", table) == reference, table
        assert reference or table not in NON_EMPTY, f"{table}: empty in the reference run"
