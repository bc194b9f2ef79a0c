"""Nightly catch-up, on by default: whatever the sensors missed is done by the next morning.

- `recurate_stale_exports` (02:00) registers complete exports the sensor never registered, re-runs
  export partitions whose last run failed, whose export changed since its last run, or whose per-export
  assets changed code version.
- `recurate_corpus` (04:30) runs the corpus job when an export run succeeded after the last successful
  corpus run, when the last corpus run failed, or when a corpus asset changed code version.
"""

from __future__ import annotations

import time
from pathlib import Path

import dagster as dg

from assets.automation import curate_corpus_job, curate_export_job
from assets.partitions import CORPUS_GROUP, EXPORT_GROUP, EXPORTS_PARTITION
from assets.sensors import IN_FLIGHT, SIGNATURE_TAG, inbox_setup, register_export_folder, runs_in_flight
from curation import corpus_inputs
from curation.exports_watch import export_folders, folder_signature, has_marker, settled_since, stable_seconds
from curation.index.completeness import series_completeness
from curation.paths import DataPaths
from curation.vault import Vault

CODE_VERSION_TAG = "dagster/code_version"
PARTITION_TAG = "dagster/partition"
RECONCILE_TAG = "radcurate/reconcile"


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


def _failed(last: dg.RunRecord | None, reason: str) -> list[str]:
    """[reason] when the last run ended failed or canceled."""
    failed = last is not None and last.dagster_run.status in (dg.DagsterRunStatus.FAILURE,
                                                              dg.DagsterRunStatus.CANCELED)
    return [reason] if failed else []


def _code_changed(instance: dg.DagsterInstance, repository: dg.RepositoryDefinition, group: str,
                  partition: str | None) -> list[str]:
    stale = _stale(instance, repository, group, partition)
    return ["code changed: " + ",".join(stale)] if stale else []


def _last_run(instance: dg.DagsterInstance, job_name: str, tags: dict[str, str] | None = None,
              statuses: list[dg.DagsterRunStatus] | None = None) -> dg.RunRecord | None:
    records = instance.get_run_records(dg.RunsFilter(job_name=job_name, tags=tags or {}, statuses=statuses or []),
                                       limit=1)
    return records[0] if records else None


def _complete(folder: Path, now: float, window: float) -> bool:
    """What the sensor would decide, from one look: marker, or nothing written for `window`, no holes."""
    if has_marker(folder):
        return True
    return now - settled_since(folder) >= window and series_completeness(folder).complete


def _inbox(instance: dg.DagsterInstance) -> dict[str, tuple[Path, str]]:
    """Complete exports in the inbox: export id -> (folder, signature); registers the unknown ones."""
    setup = inbox_setup()
    if isinstance(setup, dg.SkipReason) or not setup[0].is_dir():
        return {}
    root, pseudonymizer = setup
    now, window, vault = time.time(), stable_seconds(), Vault(DataPaths.from_env().vault_dir)
    found: dict[str, tuple[Path, str]] = {}
    for folder in export_folders(root):
        if _complete(folder, now, window):
            export_id = register_export_folder(vault, pseudonymizer, folder)
            if export_id is not None:
                found.setdefault(export_id, (folder, folder_signature(folder)))
    missed = sorted(set(found) - set(instance.get_dynamic_partitions(EXPORTS_PARTITION)))
    if missed:
        instance.add_dynamic_partitions(EXPORTS_PARTITION, missed)
    return found


def export_reasons(instance: dg.DagsterInstance, repository: dg.RepositoryDefinition, partition: str,
                   signature: str | None) -> list[str]:
    """Why partition `partition` needs a run tonight (empty: it does not)."""
    last = _last_run(instance, curate_export_job.name, {PARTITION_TAG: partition})
    if last is None:
        return ["never run"]
    if last.dagster_run.status in IN_FLIGHT:
        return []
    reasons = _failed(last, "last run failed")
    ran = last.dagster_run.tags.get(SIGNATURE_TAG)
    if signature and ran and ran != signature:
        reasons.append("export changed")
    return reasons + _code_changed(instance, repository, EXPORT_GROUP, partition)


@dg.schedule(cron_schedule="0 2 * * *", job=curate_export_job, default_status=dg.DefaultScheduleStatus.RUNNING,
             description="Nightly 02:00 UTC catch-up: registers complete exports the sensor missed and re-runs "
                         "partitions that never ran, failed, changed on disk or changed code version.")
def recurate_stale_exports(context: dg.ScheduleEvaluationContext) -> list[dg.RunRequest] | dg.SkipReason:
    """Register missed exports; re-run partitions never run, failed, changed or with changed code."""
    inbox = _inbox(context.instance)
    signatures = {export_id: signature for export_id, (_, signature) in inbox.items()}
    requests = []
    for partition in context.instance.get_dynamic_partitions(EXPORTS_PARTITION):
        reasons = export_reasons(context.instance, context.repository_def, partition, signatures.get(partition))
        if reasons:
            tags = {RECONCILE_TAG: "; ".join(reasons)[:200]}
            if partition in signatures:
                tags[SIGNATURE_TAG] = signatures[partition]
            requests.append(dg.RunRequest(partition_key=partition, tags=tags))
    return requests or dg.SkipReason("every export partition is curated, current and unchanged")


def corpus_reasons(instance: dg.DagsterInstance, repository: dg.RepositoryDefinition) -> list[str]:
    """Why the corpus job needs a run tonight (empty: it does not)."""
    if runs_in_flight(instance, curate_corpus_job.name):
        return []
    reasons = _failed(_last_run(instance, curate_corpus_job.name), "last corpus run failed")
    done = _last_run(instance, curate_corpus_job.name, statuses=[dg.DagsterRunStatus.SUCCESS])
    export = _last_run(instance, curate_export_job.name, statuses=[dg.DagsterRunStatus.SUCCESS])
    if export is not None and (done is None or (export.end_time or 0) > (done.start_time or 0)) \
            and not corpus_inputs.unchanged(DataPaths.from_env()):
        reasons.append("an export was curated after the last release")
    return reasons + _code_changed(instance, repository, CORPUS_GROUP, None)


@dg.schedule(cron_schedule="30 4 * * *", job=curate_corpus_job, default_status=dg.DefaultScheduleStatus.RUNNING,
             description="Nightly 04:30 UTC: runs the corpus job when an export run succeeded after the last "
                         "corpus run, the last corpus run failed, or corpus code changed.")
def recurate_corpus(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    """Run the corpus job when exports were curated since the last release, it failed, or its code changed."""
    reasons = corpus_reasons(context.instance, context.repository_def)
    if not reasons:
        return dg.SkipReason("the release is newer than every export run and its code is current")
    return dg.RunRequest(tags={RECONCILE_TAG: "; ".join(reasons)[:200]})


SCHEDULES = [recurate_stale_exports, recurate_corpus]
