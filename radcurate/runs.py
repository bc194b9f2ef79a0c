"""Runs that heal after kills and never wait in silence.

Every run `radcurate curate` starts carries its process id, the process's start time and the host in
tags. Before a new run starts, `heal_dead_runs` marks as failed every STARTED run of this host whose
process is gone (kill -9, power loss) and frees the pool slots it held; slots of runs that already
ended are freed too. While a run executes, `RunWatch` says what it waits for (a pool slot held by
another run) and turns SIGINT/SIGTERM into a stop even where Dagster's executor would only check for
the interrupt after the wait: the run is marked canceled and its slots freed before the process exits.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from curation.processes import process_alive, process_start
from radcurate.interrupts import remember

PID_TAG = "radcurate/pid"
START_TAG = "radcurate/process_start"
HOST_TAG = "radcurate/host"
ACTIVE = [dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING,
          dg.DagsterRunStatus.CANCELING]
STOP_GRACE_S = 5.0


def run_tags() -> dict[str, str]:
    return {PID_TAG: str(os.getpid()), START_TAG: process_start(os.getpid()), HOST_TAG: socket.gethostname()}


def _owner_alive(run: dg.DagsterRun) -> bool | None:
    """Whether the radcurate process that runs `run` is alive; None when not ours to judge."""
    tags = run.tags
    if PID_TAG not in tags or tags.get(HOST_TAG) != socket.gethostname():
        return None
    return process_alive(int(tags[PID_TAG]), tags.get(START_TAG, ""))


def heal_dead_runs(instance: dg.DagsterInstance, say: Callable[[str], None] = print) -> list[str]:
    """Mark runs whose process is gone as failed and free pool slots no live run holds; the run ids."""
    healed = []
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=ACTIVE)):
        if _owner_alive(run) is False:
            instance.report_run_failed(run, "radcurate: the process running this run is gone (killed?); "
                                            "marked failed and its pool slots freed by a later run")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            healed.append(run.run_id)
            say(f"radcurate: run {run.run_id} was left running by a process that is gone: marked failed, "
                "its pool slots freed")
    storage = instance.event_log_storage
    if storage.supports_global_concurrency_limits:
        for run_id in storage.get_concurrency_run_ids():
            run = instance.get_run_by_id(run_id)
            if run is None or run.is_finished:
                storage.free_concurrency_slots_for_run(run_id)
    return healed


def _slot_holders(instance: dg.DagsterInstance, pool: str, run_id: str) -> tuple[bool, list[str]]:
    """(is `run_id` waiting for `pool`, the runs holding its slots)."""
    info = instance.event_log_storage.get_concurrency_info(pool)
    waiting = any(p.run_id == run_id and p.assigned_timestamp is None for p in info.pending_steps)
    return waiting, sorted({c.run_id for c in info.claimed_slots if c.run_id != run_id})


def _describe(instance: dg.DagsterInstance, run_id: str) -> str:
    run = instance.get_run_by_id(run_id)
    if run is None:
        return f"run {run_id} (unknown)"
    alive = _owner_alive(run)
    owner = "" if alive is None else f", pid {run.tags[PID_TAG]} {'alive' if alive else 'gone'}"
    return f"run {run_id} ({run.job_name}{owner})"


class RunWatch:
    """A daemon thread beside one in-process run: reports pool waits, enforces SIGINT/SIGTERM."""

    def __init__(self, instance: dg.DagsterInstance, run_id: str, pools: tuple[str, ...],
                 say: Callable[[str], None] = print, interval_s: float = 1.0) -> None:
        self.instance, self.run_id, self.pools, self.say, self.interval_s = instance, run_id, pools, say, interval_s
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="radcurate-run-watch", daemon=True)
        self._last: dict[str, tuple[str, ...]] = {}
        self._signalled_at: float | None = None

    def __enter__(self) -> RunWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join(timeout=5)

    def _interrupted(self) -> bool:
        # Dagster's in-process execution captures SIGINT (and SIGTERM, mapped to it) and only looks at the
        # flag between steps; a step waiting for a pool slot would never see it.
        from dagster._utils.interrupts import check_captured_interrupt

        return check_captured_interrupt()

    def _loop(self) -> None:
        while not self._done.wait(self.interval_s):
            if self._interrupted():
                now = time.monotonic()
                self._signalled_at = self._signalled_at or now
                if now - self._signalled_at >= STOP_GRACE_S:
                    self._stop()
            for pool in self.pools:
                try:
                    waiting, holders = _slot_holders(self.instance, pool, self.run_id)
                except Exception:  # a watch must never break the run it watches
                    continue
                state = tuple(holders) if waiting else ()
                if state and state != self._last.get(pool):
                    held = "; ".join(_describe(self.instance, r) for r in holders) or "no run (slot limit 0?)"
                    self.say(f"radcurate: waiting for a free `{pool}` pool slot, held by {held} "
                             "(Ctrl-C stops; a run of a killed process is freed by the next curate)")
                self._last[pool] = state

    def _stop(self) -> None:
        """The run did not stop on the signal by itself: mark it canceled, free its slots, exit."""
        run = self.instance.get_run_by_id(self.run_id)
        try:
            if run is not None and not run.is_finished:
                self.instance.report_run_canceled(run, "radcurate: stopped by SIGINT/SIGTERM")
            self.instance.event_log_storage.free_concurrency_slots_for_run(self.run_id)
        finally:
            self.say(f"radcurate: stopped by signal; run {self.run_id} marked canceled")
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)


def exit_on_signals() -> None:
    """SIGTERM outside a run ends the process like Ctrl-C does (KeyboardInterrupt), waits included."""
    remember(signal.SIGTERM)


@contextmanager
def corpus_lock(data_dir: Path, say: Callable[[str], None] = print) -> Iterator[None]:
    """One corpus run at a time per data dir (from this CLI); says whom it waits for."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / ".corpus.lock").open("a") as handle:  # empty: the data dir stays byte-identical
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say("radcurate: waiting for another corpus run on this data dir to finish (Ctrl-C stops)")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def step_failed_with(result: dg.ExecuteInProcessResult, cls_name: str) -> bool:
    """Whether a step of `result` failed with an error of class `cls_name` (anywhere in its cause chain)."""
    for event in result.all_events:
        if not event.is_step_failure or event.step_failure_data is None:
            continue
        error = event.step_failure_data.error
        while error is not None:
            if error.cls_name == cls_name:
                return True
            error = error.cause
    return False


def stale_snapshot(result: dg.ExecuteInProcessResult) -> bool:
    """Whether a step of `result` refused to publish over tables that changed (StaleSnapshotError)."""
    return step_failed_with(result, "StaleSnapshotError")


def was_interrupted(result: dg.ExecuteInProcessResult) -> bool:
    """Whether a step failed because the process was interrupted (Ctrl-C, SIGTERM), not by an error."""
    return step_failed_with(result, "DagsterExecutionInterruptedError")


class DiskFullError(RuntimeError):
    """The disk of DAGSTER_HOME (or of the data dir) is full: a clear message instead of a SQLite trace."""


MIN_FREE_ENV = "RADCURATE_MIN_FREE_MB"
MIN_FREE_MB = 64
LOW_FREE_BYTES = 4 << 20


WATCHED = ("DAGSTER_HOME", "RADCURATE_DATA_DIR")


def _watched_dirs() -> list[tuple[str, Path]]:
    return [(v, Path(os.environ[v])) for v in WATCHED if os.environ.get(v)]


def _free_bytes(path: Path) -> int | None:
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def check_free_space() -> None:
    """Refuse to start a run on a nearly full DAGSTER_HOME / data dir (RADCURATE_MIN_FREE_MB, default 64)."""
    need = int(os.environ.get(MIN_FREE_ENV, MIN_FREE_MB)) << 20
    for name, path in _watched_dirs():
        free = _free_bytes(path)
        if free is not None and free < need:
            raise DiskFullError(f"only {free >> 20} MiB free on the disk of {name} (need {need >> 20} MiB, "
                                f"{MIN_FREE_ENV}): free space (df -h), then run the same command again")


def disk_full(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) is a full disk: ENOSPC, SQLite's 'database or disk is full', or
    SQLite's 'disk I/O error' (what WAL mode reports when it cannot grow) with a disk nearly full."""
    low = any((f := _free_bytes(p)) is not None and f < LOW_FREE_BYTES for _, p in _watched_dirs())
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno == errno.ENOSPC:
            return True
        text = str(current)
        if "database or disk is full" in text or "No space left on device" in text:
            return True
        if low and "disk I/O error" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


def fail_run_on_disk_full(instance: dg.DagsterInstance, run_id: str, exc: BaseException) -> DiskFullError:
    """Mark `run_id` failed (if the disk still takes that much) and free its slots; the error to raise."""
    marked = False
    try:
        run = instance.get_run_by_id(run_id)
        if run is not None and not run.is_finished:
            instance.report_run_failed(run, "radcurate: disk full")
        instance.event_log_storage.free_concurrency_slots_for_run(run_id)
        marked = True
    except Exception:
        pass
    state = "marked failed" if marked else "could not be marked failed now; the next curate marks it"
    error = DiskFullError(f"the disk is full (DAGSTER_HOME or RADCURATE_DATA_DIR): run {run_id} {state}. "
                          "Free space (df -h), then run the same command again")
    error.__cause__ = exc
    return error
