"""Automation: a sensor that curates new exports as they land, and one corpus run after them.

- `new_exports_sensor` watches RADCURATE_EXPORTS_DIR (curation.exports_watch: marker, or stable over
  RADCURATE_STABLE_SECONDS with no series holes), adds a partition per complete export and requests its
  run with a run key (export id + signature), so a tick never requests the same export state twice.
  Its skip reason says what it saw: inbox missing, N exports waiting (seconds left), nothing new.
- `corpus_after_export` runs the corpus job once the export runs that landed together are done.
- The nightly catch-up schedules are in assets/reconcile.py (docs/automation.md).
"""

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import dagster as dg

from assets.automation import curate_corpus_job, curate_export_job
from assets.partitions import EXPORTS_PARTITION, exports_partitions
from curation.export_identity import export_manifest
from curation.export_layout import has_dicom_file
from curation.exports_watch import describe_waiting, inbox_key, scan_exports, stable_seconds
from curation.forget import forget_export, superseded_exports
from curation.keys import SECRET_ENV, MissingSecretError, Pseudonymizer, load_secret
from curation.paths import EXPORTS_DIR_ENV, DataPaths
from curation.vault import Vault

SIGNATURE_TAG = "radcurate/signature"
IN_FLIGHT = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
             dg.DagsterRunStatus.STARTED]
SENSOR_INTERVAL_ENV = "RADCURATE_SENSOR_INTERVAL_SECONDS"


def _interval() -> int:
    """Seconds between sensor ticks (RADCURATE_SENSOR_INTERVAL_SECONDS, default 60)."""
    raw = os.environ.get(SENSOR_INTERVAL_ENV) or "60"
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{SENSOR_INTERVAL_ENV} must be a whole number of seconds >= 1, got {raw!r}")
    return int(raw)


def register_export_folder(vault: Vault, pseudonymizer: Pseudonymizer, folder: Path) -> str | None:
    """Register `folder` in the vault and return its partition key (None: nothing to curate in it).

    The one place the sensor and the nightly schedule derive an export's identity: from its content (a
    manifest of its files, curation.export_identity), never from the folder name.
    """
    if not has_dicom_file(folder):
        return None  # no DICOM file: nothing to curate (as `radcurate curate` refuses it)
    try:
        manifest = export_manifest(folder, pseudonymizer)
    except ValueError:
        return None  # no files: nothing to curate
    vault.register_export(manifest.export_id, folder, manifest.entries)
    return manifest.export_id


def inbox_setup() -> tuple[Path, Pseudonymizer] | dg.SkipReason:
    """The inbox folder and the pseudonymizer, or why the inbox cannot be watched."""
    root = os.environ.get(EXPORTS_DIR_ENV)
    if not root:
        return dg.SkipReason(f"{EXPORTS_DIR_ENV} is not set: no inbox to watch")
    try:
        pseudonymizer = Pseudonymizer(load_secret())
    except MissingSecretError:
        return dg.SkipReason(f"{SECRET_ENV} is not set: not registering exports")
    return Path(root), pseudonymizer


def _watching() -> dg.DefaultSensorStatus:
    """Sensors start running when an inbox is configured (RADCURATE_EXPORTS_DIR set where Dagster loads)."""
    return dg.DefaultSensorStatus.RUNNING if os.environ.get(EXPORTS_DIR_ENV) else dg.DefaultSensorStatus.STOPPED


@dg.sensor(job=curate_export_job, minimum_interval_seconds=_interval(), default_status=_watching(),
           description="Looks at the folders under RADCURATE_EXPORTS_DIR each tick; an export with an "
                       "EXPORT_COMPLETE marker written after its files, or unchanged for RADCURATE_STABLE_SECONDS "
                       "with no incomplete series, is registered as a partition of `exports` (its identity from "
                       "its content, never the folder name) and curated; the skip reason says what it waits for.")
def new_exports_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    """Register each complete export under RADCURATE_EXPORTS_DIR and request its curation."""
    setup = inbox_setup()
    if isinstance(setup, dg.SkipReason):
        return setup
    root, pseudonymizer = setup
    cursor = json.loads(context.cursor) if context.cursor else {}
    scan = scan_exports(root, cursor, key=inbox_key(pseudonymizer), now=time.time(), window=stable_seconds())
    new_cursor = json.dumps(scan.cursor, sort_keys=True)
    if not scan.root_exists:
        return dg.SkipReason(f"{EXPORTS_DIR_ENV} points to a folder that does not exist or is not a directory")
    if not scan.ready:
        if scan.waiting:
            return dg.SensorResult(skip_reason=describe_waiting(scan), cursor=new_cursor)
        return dg.SensorResult(skip_reason=f"nothing new: {scan.folders} export folder(s), all curated and "
                                           f"unchanged ({scan.walked} walked this tick)", cursor=new_cursor)
    vault = Vault(DataPaths.from_env().vault_dir)
    known = set(context.instance.get_dynamic_partitions(EXPORTS_PARTITION))
    requests, added = [], []
    for export in scan.ready:
        export_id = register_export_folder(vault, pseudonymizer, export.folder)
        if export_id is None or export_id in added:
            continue  # nothing to curate, or the same export under a second name: one partition, one run
        if export_id not in known:
            added.append(export_id)
        requests.append(dg.RunRequest(partition_key=export_id, run_key=f"{export_id}:{export.signature}",
                                      tags={"radcurate/trigger": "marker" if export.by_marker else "stable",
                                            SIGNATURE_TAG: export.signature,
                                            "radcurate/series_check": export.series_check or "marker"}))
    if scan.waiting:
        context.log.info(describe_waiting(scan))
    return dg.SensorResult(run_requests=requests, cursor=new_cursor,
                           dynamic_partitions_requests=[exports_partitions.build_add_request(added)] if added else [])


def runs_in_flight(instance: dg.DagsterInstance, job_name: str,
                   statuses: list[dg.DagsterRunStatus] | None = None) -> int:
    """Runs of `job_name` queued or running (by default), or in `statuses`."""
    return len(instance.get_run_ids(dg.RunsFilter(job_name=job_name, statuses=statuses or IN_FLIGHT)))


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS, monitored_jobs=[curate_export_job],
                      request_job=curate_corpus_job, default_status=_watching(),
                      minimum_interval_seconds=_interval(),
                      description="After a successful export run: forgets the exports it supersedes (its folder "
                                  "grew), then runs the corpus job once for the exports that landed together.")
def corpus_after_export(context: dg.RunStatusSensorContext) -> dg.RunRequest | dg.SkipReason:
    """Consolidate the corpus once the exports that landed together are curated: one corpus run for them.

    Skips while other export runs are queued or running (the last of them to succeed requests the run)
    and while a corpus run is queued but not started yet (it will read this export's rows anyway).
    """
    export_id = context.dagster_run.tags.get("dagster/partition")
    if export_id:
        retire_superseded_exports(context.instance, DataPaths.from_env(), export_id, context.log.info)
    others = runs_in_flight(context.instance, curate_export_job.name)
    if others:
        return dg.SkipReason(f"{others} export run(s) still queued or running: one corpus run after the last")
    waiting = runs_in_flight(context.instance, curate_corpus_job.name,
                             [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED])
    if waiting:
        return dg.SkipReason("a corpus run is already queued and will include this export")
    return dg.RunRequest(run_key=f"corpus-after-{context.dagster_run.run_id}")


def retire_superseded_exports(instance: dg.DagsterInstance, paths: DataPaths, export_id: str,
                              say: Callable[[str], None]) -> list[str]:
    """Forget the exports that `export_id` supersedes and drop their partitions; their ids."""
    vault = Vault(paths.vault_dir)
    entries = vault.read_manifest(export_id)
    if entries is None or export_id not in vault.exports():
        return []
    old_ids = superseded_exports(vault, vault.export_source(export_id), export_id, entries)
    for old in old_ids:
        report = forget_export(paths, old)
        if old in instance.get_dynamic_partitions(EXPORTS_PARTITION):
            instance.delete_dynamic_partition(EXPORTS_PARTITION, old)
        say(f"export {export_id} supersedes {old} (its folder grew): forgot {report.summary()}")
    return old_ids


SENSORS = [new_exports_sensor, corpus_after_export]
