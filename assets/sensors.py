"""Automation: a sensor that curates new exports as they land, and re-curation of stale partitions.

- `new_exports_sensor` watches RADCURATE_EXPORTS_DIR (stat only), adds a partition per complete export
  and requests its run with a run key, so a tick never requests the same export state twice.
- `corpus_after_export` runs the corpus job after each successful export run.
- `recurate_stale_exports` (cron) re-runs export partitions whose assets' code versions changed since
  they were materialized; `recurate_corpus` does the same for the corpus assets.
"""

import json
import os
from collections.abc import Callable
from pathlib import Path

import dagster as dg

from assets.automation import curate_corpus_job, curate_export_job
from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, EXPORTS_PARTITION, exports_partitions
from curation.export_identity import export_manifest
from curation.exports_watch import scan_exports
from curation.forget import forget_export, superseded_exports
from curation.keys import SECRET_ENV, MissingSecretError, Pseudonymizer, load_secret
from curation.paths import EXPORTS_DIR_ENV, DataPaths
from curation.vault import Vault

CODE_VERSION_TAG = "dagster/code_version"


@dg.sensor(job=curate_export_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Every minute: looks at the folders under RADCURATE_EXPORTS_DIR; an export with an "
                       "EXPORT_COMPLETE marker, or whose files stopped changing between two looks, is registered "
                       "as a partition of `exports` (keyed pseudonym, never the folder name) and curated.")
def new_exports_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    """Register each complete export under RADCURATE_EXPORTS_DIR and request its curation."""
    root = os.environ.get(EXPORTS_DIR_ENV)
    if not root:
        return dg.SkipReason(f"{EXPORTS_DIR_ENV} is not set")
    try:
        pseudonymizer = Pseudonymizer(load_secret())
    except MissingSecretError:
        return dg.SkipReason(f"{SECRET_ENV} is not set: not registering exports")
    cursor = json.loads(context.cursor) if context.cursor else {}
    ready, new_cursor = scan_exports(Path(root), cursor, key=lambda name: pseudonymizer.token("export-folder", name))
    vault = Vault(DataPaths.from_env().vault_dir)
    known = set(context.instance.get_dynamic_partitions(EXPORTS_PARTITION))
    requests, added = [], []
    for export in ready:
        try:
            manifest = export_manifest(export.folder, pseudonymizer)
        except ValueError:
            continue  # no files: nothing to curate
        export_id = manifest.export_id
        vault.register_export(export_id, export.folder, manifest.entries)
        if export_id in added:
            continue  # the same files under a second name: one partition, one run
        if export_id not in known:
            added.append(export_id)
        requests.append(dg.RunRequest(partition_key=export_id, run_key=f"{export_id}:{export.signature}",
                                      tags={"radcurate/trigger": "marker" if export.by_marker else "stable"}))
    return dg.SensorResult(run_requests=requests, cursor=json.dumps(new_cursor, sort_keys=True),
                           dynamic_partitions_requests=[exports_partitions.build_add_request(added)] if added else [])


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS, monitored_jobs=[curate_export_job],
                      request_job=curate_corpus_job, default_status=dg.DefaultSensorStatus.STOPPED,
                      description="After each successful export run: runs the corpus job (snippet pairs, "
                                  "image-text pairs, grounding, VQA, release) so the release includes the export.")
def corpus_after_export(context: dg.RunStatusSensorContext) -> dg.RunRequest:
    """Consolidate the corpus once an export has been curated (first forgetting the exports it supersedes:
    its folder grew since they were curated)."""
    export_id = context.dagster_run.tags.get("dagster/partition")
    if export_id:
        retire_superseded_exports(context.instance, DataPaths.from_env(), export_id, context.log.info)
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


@dg.schedule(cron_schedule="0 3 * * *", job=curate_export_job, default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Nightly 03:00: re-curates every export partition whose per-export assets were never "
                         "materialized or changed code version since (e.g. after an upgrade).")
def recurate_stale_exports(context: dg.ScheduleEvaluationContext) -> list[dg.RunRequest] | dg.SkipReason:
    """Re-curate export partitions whose per-export assets changed code version since their last run."""
    requests = []
    for partition in context.instance.get_dynamic_partitions(EXPORTS_PARTITION):
        stale = _stale(context.instance, context.repository_def, EXPORT_GROUP, partition)
        if stale:
            requests.append(dg.RunRequest(partition_key=partition, tags={"radcurate/stale": ",".join(stale)}))
    return requests or dg.SkipReason("no stale export partitions")


@dg.schedule(cron_schedule="30 4 * * *", job=curate_corpus_job, default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Nightly 04:30: re-runs the corpus job when a corpus asset never ran or changed code "
                         "version since its last run.")
def recurate_corpus(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    """Re-run the corpus job when any corpus asset's code version changed (or it never ran)."""
    stale = _stale(context.instance, context.repository_def, CORPUS_GROUP, None)
    if not stale:
        return dg.SkipReason("corpus assets are up to date")
    return dg.RunRequest(tags={"radcurate/stale": ",".join(stale)})


SENSORS = [new_exports_sensor, corpus_after_export]
SCHEDULES = [recurate_stale_exports, recurate_corpus]
