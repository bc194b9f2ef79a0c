"""Automation: a sensor that curates new exports as they land, and re-curation of stale partitions.

- `new_exports_sensor` watches RADCURATE_EXPORTS_DIR (stat only), adds a partition per complete export
  and requests its run with a run key, so a tick never requests the same export state twice.
- `corpus_after_export` runs the corpus job after each successful export run.
- `recurate_stale_exports` (cron) re-runs export partitions whose assets' code versions changed since
  they were materialized; `recurate_corpus` does the same for the corpus assets.
"""

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import dagster as dg

from assets.automation import curate_corpus_job, curate_export_job
from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, EXPORTS_PARTITION, exports_partitions
from curation.exports_watch import describe_waiting, scan_exports, stable_seconds
from curation.keys import SECRET_ENV, MissingSecretError, Pseudonymizer, load_secret
from curation.paths import EXPORTS_DIR_ENV, DataPaths
from curation.vault import Vault

CODE_VERSION_TAG = "dagster/code_version"


SENSOR_INTERVAL_ENV = "RADCURATE_SENSOR_INTERVAL_SECONDS"


def _interval() -> int:
    """Seconds between sensor ticks (RADCURATE_SENSOR_INTERVAL_SECONDS, default 60)."""
    return int(os.environ.get(SENSOR_INTERVAL_ENV) or 60)


def export_id_of(pseudonymizer: Pseudonymizer, folder: Path) -> str:
    """The partition key of an export folder: the one place the sensor and the schedule derive it."""
    return pseudonymizer.export_id(folder.resolve().name)


def inbox_key(pseudonymizer: Pseudonymizer) -> Callable[[str], str]:
    """Keyed name of an inbox folder for the sensor's cursor (no raw folder name is stored)."""
    return lambda name: "w_" + pseudonymizer.token("inbox", name, 12)


def _setup() -> tuple[Path, Pseudonymizer] | dg.SkipReason:
    root = os.environ.get(EXPORTS_DIR_ENV)
    if not root:
        return dg.SkipReason(f"{EXPORTS_DIR_ENV} is not set: no inbox to watch")
    try:
        pseudonymizer = Pseudonymizer(load_secret())
    except MissingSecretError:
        return dg.SkipReason(f"{SECRET_ENV} is not set: not registering exports")
    return Path(root), pseudonymizer


@dg.sensor(job=curate_export_job, minimum_interval_seconds=_interval(),
           default_status=dg.DefaultSensorStatus.STOPPED)
def new_exports_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    """Register each complete export under RADCURATE_EXPORTS_DIR and request its curation."""
    setup = _setup()
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
        export_id = export_id_of(pseudonymizer, export.folder)
        vault.register_export(export_id, export.folder)
        if export_id not in known and export_id not in added:
            added.append(export_id)
        requests.append(dg.RunRequest(partition_key=export_id, run_key=f"{export_id}:{export.signature}",
                                      tags={"radcurate/trigger": "marker" if export.by_marker else "stable"}))
    if scan.waiting:
        context.log.info(describe_waiting(scan))
    return dg.SensorResult(run_requests=requests, cursor=new_cursor,
                           dynamic_partitions_requests=[exports_partitions.build_add_request(added)] if added else [])


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS, monitored_jobs=[curate_export_job],
                      request_job=curate_corpus_job, default_status=dg.DefaultSensorStatus.STOPPED)
def corpus_after_export(context: dg.RunStatusSensorContext) -> dg.RunRequest:
    """Consolidate the corpus once an export has been curated."""
    return dg.RunRequest(run_key=f"corpus-after-{context.dagster_run.run_id}")


def _stale(instance: dg.DagsterInstance, repository: dg.RepositoryDefinition, group: str,
           partition: str | None) -> list[str]:
    """Assets of `group` never materialized (for `partition`) or materialized under another code version."""
    graph = repository.asset_graph
    stale = []
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        if node.group_name != group or not node.is_materializable:
            continue
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=key, asset_partitions=[partition] if partition else None), limit=1).records
        tags = records[0].event_log_entry.asset_materialization.tags if records else None
        if not records or (tags or {}).get(CODE_VERSION_TAG) != node.code_version:
            stale.append(key.to_user_string())
    return stale


@dg.schedule(cron_schedule="0 3 * * *", job=curate_export_job, default_status=dg.DefaultScheduleStatus.STOPPED)
def recurate_stale_exports(context: dg.ScheduleEvaluationContext) -> list[dg.RunRequest] | dg.SkipReason:
    """Re-curate export partitions whose per-export assets changed code version since their last run."""
    requests = []
    for partition in context.instance.get_dynamic_partitions(EXPORTS_PARTITION):
        stale = _stale(context.instance, context.repository_def, EXPORT_GROUP, partition)
        if stale:
            requests.append(dg.RunRequest(partition_key=partition, tags={"radcurate/stale": ",".join(stale)}))
    return requests or dg.SkipReason("no stale export partitions")


@dg.schedule(cron_schedule="30 4 * * *", job=curate_corpus_job, default_status=dg.DefaultScheduleStatus.STOPPED)
def recurate_corpus(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    """Re-run the corpus job when any corpus asset's code version changed (or it never ran)."""
    stale = _stale(context.instance, context.repository_def, CORPUS_GROUP, None)
    if not stale:
        return dg.SkipReason("corpus assets are up to date")
    return dg.RunRequest(tags={"radcurate/stale": ",".join(stale)})


SENSORS = [new_exports_sensor, corpus_after_export]
SCHEDULES = [recurate_stale_exports, recurate_corpus]
