"""The DAGSTER_HOME instance, set up once and atomically, migrated under a lock.

Dagster creates its SQLite storage lazily on first use, table by table: a process killed half-way
leaves a database that every later run trips over ("dynamic partitions table does not exist"), and two
first runs at once race on the schema stamp (alembic IntegrityError). Here the first set-up happens
under an exclusive lock in `DAGSTER_HOME/.setup-<pid>/` and its storage folders are renamed into place;
a marker file written last says the instance is ready (and for which Dagster version, so an upgrade
migrates once, under the same lock). A home without the marker is checked: a healthy older instance is
adopted as it is, a broken one (a killed first set-up) is moved aside to `.broken-<time>/` and set up
again. Nothing is deleted.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from curation.faults import kill_point
from curation.processes import process_alive
from radcurate.devenv import DAGSTER_YAML

READY_MARKER = ".radcurate-instance-ready"
LOCK_NAME = ".radcurate-setup.lock"
STORAGE_FOLDERS = ("history", "storage", "schedules")


@contextmanager
def _setup_lock(home: Path) -> Iterator[None]:
    with (home / LOCK_NAME).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("radcurate: waiting for another radcurate process to finish setting up the Dagster "
                  "instance", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _touch_storages(instance: dg.DagsterInstance) -> None:
    """Make Dagster create (or open) every storage the CLI and the UI use."""
    instance.get_runs(limit=1)
    instance.get_dynamic_partitions("exports")
    instance.event_log_storage.get_concurrency_keys()
    instance.all_instigator_state()


def _healthy(home: Path) -> bool:
    try:
        with dg.DagsterInstance.from_config(str(home)) as instance:
            _touch_storages(instance)
    except Exception:  # any failure to open means "not a usable instance"
        return False
    return True


def _fresh_storage(home: Path) -> None:
    """Create the storage in a private folder, then rename its folders into `home`."""
    staging = home / f".setup-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copy2(home / "dagster.yaml", staging / "dagster.yaml")
    with dg.DagsterInstance.from_config(str(staging)) as instance:
        _touch_storages(instance)
    present = [name for name in STORAGE_FOLDERS if (home / name).exists()]
    if present:
        aside = home / f".broken-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        aside.mkdir()
        for name in present:
            os.replace(home / name, aside / name)
        print(f"radcurate: the Dagster instance in {home} was left half set up (a killed first run?); "
              f"moved it to {aside.name} and set it up again", file=sys.stderr)
    for name in STORAGE_FOLDERS:
        if (staging / name).exists():
            os.replace(staging / name, home / name)
            kill_point("instance-setup")  # the reliability tests kill here: half the folders moved
    shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(home: Path) -> None:
    for folder in home.glob(".setup-*"):
        pid = folder.name.removeprefix(".setup-")
        if pid.isdigit() and not process_alive(int(pid), ""):
            shutil.rmtree(folder, ignore_errors=True)


def ensure_instance(home: Path) -> Path:
    """A ready DAGSTER_HOME at `home` (created, set up, migrated); sets DAGSTER_HOME."""
    home = home.absolute()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        tmp = home / f".dagster.yaml.{os.getpid()}"
        tmp.write_text(DAGSTER_YAML, encoding="utf-8")
        os.replace(tmp, config)
    os.environ["DAGSTER_HOME"] = str(home)
    marker = home / READY_MARKER
    version = dg.__version__
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == version:
        return home
    with _setup_lock(home):
        if marker.is_file() and marker.read_text(encoding="utf-8").strip() == version:
            return home  # another process finished it while this one waited
        _remove_stale_staging(home)
        if marker.is_file():  # set up by another Dagster version: migrate once
            with dg.DagsterInstance.from_config(str(home)) as instance:
                instance.upgrade()
        elif not any((home / n).exists() for n in STORAGE_FOLDERS) or not _healthy(home):
            _fresh_storage(home)
        tmp = home / f".ready.{os.getpid()}"
        tmp.write_text(version + "\n", encoding="utf-8")
        os.replace(tmp, marker)
    return home
