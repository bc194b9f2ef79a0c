"""Unattended operation: a real `dagster-daemon run`, an export copied with a stall.

The export (from `radcurate synth OUT --patients 1`, marker removed) is copied into the inbox in two
halves with a pause longer than a sensor tick but shorter than the stability window. The sensor must
wait (and say so in its skip reason), then curate the whole export once, and the corpus run that
follows must release it: no run ever sees the first half alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from curation import corpus_inputs
from curation.export_layout import dicom_candidates
from curation.exports_watch import folder_signature
from curation.paths import DataPaths
from curation.tables.io import read_table
from tests.e2e.conftest import curate_env, curate_environment
from tests.e2e.dagster_ui import REPO, stop_group

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TICK_S, WINDOW_S, STALL_S, DEADLINE_S = 2, 20, 8, 420


def _copy(files: list[Path], source: Path, target: Path) -> None:
    for path in files:
        (target / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target / path.relative_to(source))


def _runs(instance: dg.DagsterInstance, job: str) -> list[dg.DagsterRun]:
    return list(instance.get_runs(dg.RunsFilter(job_name=job)))


def _skip_messages(log: Path) -> list[str]:
    """The new_exports_sensor skip reasons, as the daemon logs them (the UI shows the same per tick)."""
    prefix = "Sensor new_exports_sensor skipped: "
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.split(prefix, 1)[1] for line in lines if prefix in line]


def _wait(predicate, what: str, deadline: float, daemon: subprocess.Popen) -> None:
    while not predicate():
        assert daemon.poll() is None, "dagster-daemon exited"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(1)


def test_daemon_curates_only_the_complete_export(tmp_path: Path) -> None:
    staging, inbox = tmp_path / "staging" / "export_stall", tmp_path / "inbox"
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, **curate_env(tmp_path), "PYTHONPATH": str(REPO), "RADCURATE_EXPORTS_DIR": str(inbox),
           "RADCURATE_STABLE_SECONDS": str(WINDOW_S), "RADCURATE_SENSOR_INTERVAL_SECONDS": str(TICK_S),
           "PYTHONUNBUFFERED": "1", "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run([str(bin_dir / "radcurate"), "synth", str(staging), "--patients", "1", "--matrix", "64"],
                   env=env, check=True, capture_output=True)
    (staging / "EXPORT_COMPLETE").unlink()                    # stability alone must decide
    files = sorted(p for p in staging.rglob("*") if p.is_file())
    inbox.mkdir()
    target = inbox / staging.name
    saved = dict(os.environ)
    os.environ.update(env)
    with dg.DagsterInstance.get():                            # create the storage before two processes race for it
        pass
    log = (tmp_path / "daemon.log").open("w")
    daemon = subprocess.Popen([str(bin_dir / "dagster-daemon"), "run", "-w", str(REPO / "dagster_workspace.yaml")],
                              cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + DEADLINE_S
    try:
        with dg.DagsterInstance.get() as instance:
            _wait(lambda: any(m.startswith("nothing new") for m in _skip_messages(tmp_path / "daemon.log")),
                  "the sensor's first tick", deadline, daemon)
            _copy(files[: len(files) // 2], staging, target)
            time.sleep(STALL_S)                                # the PACS transfer pauses
            assert _runs(instance, "curate_export") == []
            waiting = [m for m in _skip_messages(tmp_path / "daemon.log") if m.startswith("1 export(s) waiting")]
            assert waiting and "1 still changing" in waiting[-1] and "export_stall" not in "".join(waiting)
            _copy(files[len(files) // 2:], staging, target)
            _wait(lambda: any(r.status == dg.DagsterRunStatus.SUCCESS for r in _runs(instance, "curate_corpus")),
                  "the corpus run", deadline, daemon)
            export_runs = _runs(instance, "curate_export")
            corpus_runs = _runs(instance, "curate_corpus")
    finally:
        os.environ.clear()
        os.environ.update(saved)
        stop_group(daemon)
        log.close()
    (run,) = export_runs                                      # one run, on the whole export
    assert run.status == dg.DagsterRunStatus.SUCCESS and run.tags["radcurate/trigger"] == "stable"
    assert run.tags["radcurate/signature"] == folder_signature(target)
    assert [r.status for r in corpus_runs] == [dg.DagsterRunStatus.SUCCESS]
    paths = DataPaths(tmp_path / "data", tmp_path / "vault")
    index = read_table(paths, "dicom_index")
    quarantined = [r for r in read_table(paths, "quarantine").to_pylist() if r["stage"] == "index"]
    assert index.num_rows + len(quarantined) == len(dicom_candidates(target)) > len(files) // 2
    assert (paths.dataset_dir / "README.md").is_file()
    # the sensor's corpus run (the daemon's run worker, multiprocess executor) recorded its own fingerprint, and
    # it holds for a CLI shell without the daemon's inbox settings: the next curate does not launch the corpus
    with curate_environment(tmp_path):
        assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths).digest
