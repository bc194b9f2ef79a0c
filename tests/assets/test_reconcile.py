"""Nightly catch-up schedules and the coalescing corpus sensor, on a real (temporary) Dagster instance."""

from pathlib import Path

import dagster as dg
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dagster._core.events import DagsterEvent, DagsterEventType
from dagster._core.test_utils import create_run_for_test

from assets.reconcile import corpus_reasons, export_reasons, recurate_corpus, recurate_stale_exports
from assets.sensors import corpus_after_export
from curation import corpus_inputs
from curation.exports_watch import folder_signature
from curation.paths import DataPaths
from curation.vault import Vault
from tests.assets.test_sensors import _drop, env  # noqa: F401  (fixture)


def _run(instance: dg.DagsterInstance, job: str, status: DagsterEventType | None, **tags: str) -> dg.DagsterRun:
    run = create_run_for_test(instance, job_name=job, tags=tags)
    events = [DagsterEventType.RUN_START] + ([status] if status else [])
    for event in events:
        instance.report_dagster_event(DagsterEvent(event_type_value=event.value, job_name=job), run.run_id)
    return instance.get_run_by_id(run.run_id)


def _defs():
    from radcurate.definitions import defs

    return defs.get_repository_def()


def test_schedules_are_on_by_default() -> None:
    assert recurate_stale_exports.default_status == dg.DefaultScheduleStatus.RUNNING
    assert recurate_corpus.default_status == dg.DefaultScheduleStatus.RUNNING


def test_nightly_registers_missed_exports_and_reruns_failed_or_changed(env: Path) -> None:  # noqa: F811
    _drop(env, "export_missed", marker=True)
    repo = _defs()
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(instance=instance, repository_def=repo)
        (request,) = recurate_stale_exports(context)
        (partition,) = instance.get_dynamic_partitions("exports")
        assert request.partition_key == partition and request.tags["radcurate/reconcile"] == "never run"
        assert Vault(env / "vault").exports().keys() == {partition}
        signature = folder_signature(env / "exports" / "export_missed")
        assert request.tags["radcurate/signature"] == signature

        _run(instance, "curate_export", DagsterEventType.RUN_FAILURE,
             **{"dagster/partition": partition, "radcurate/signature": signature})
        assert export_reasons(instance, repo, partition, signature)[0] == "last run failed"
        _run(instance, "curate_export", DagsterEventType.RUN_SUCCESS,
             **{"dagster/partition": partition, "radcurate/signature": signature})
        reasons = export_reasons(instance, repo, partition, signature)
        assert "last run failed" not in reasons and "export changed" not in reasons
        assert export_reasons(instance, repo, partition, "9:grown")[0] == "export changed"
        _run(instance, "curate_export", None, **{"dagster/partition": partition})   # still running
        assert export_reasons(instance, repo, partition, "9:grown") == []


def test_nightly_corpus_runs_when_an_export_is_newer_than_the_release(env: Path) -> None:  # noqa: F811
    repo = _defs()
    with dg.instance_for_test() as instance:
        newer = "an export was curated after the last release"
        assert newer not in corpus_reasons(instance, repo)                    # nothing curated yet
        _run(instance, "curate_export", DagsterEventType.RUN_SUCCESS, **{"dagster/partition": "exp_1"})
        assert newer in corpus_reasons(instance, repo)
        # the export run rewrote nothing the corpus reads since the last recorded corpus run: no reason
        paths = DataPaths.from_env()
        part = paths.table_dir("reports") / "export=exp_1" / "part-0.parquet"
        part.parent.mkdir(parents=True)
        pq.write_table(pa.table({"study_uid": ["1.2.3"]}), part)
        corpus_inputs.record(paths, corpus_inputs.fingerprint(paths))
        assert newer not in corpus_reasons(instance, repo)
        pq.write_table(pa.table({"study_uid": ["1.2.3", "1.2.4"]}), part)     # the export's reports changed
        assert newer in corpus_reasons(instance, repo)
        _run(instance, "curate_corpus", DagsterEventType.RUN_FAILURE)
        assert corpus_reasons(instance, repo)[:2] == ["last corpus run failed", newer]
        _run(instance, "curate_corpus", DagsterEventType.RUN_SUCCESS)
        assert {newer, "last corpus run failed"}.isdisjoint(corpus_reasons(instance, repo))
        request = recurate_corpus(dg.build_schedule_context(instance=instance, repository_def=repo))
        assert isinstance(request, dg.RunRequest) and "dataset" in request.tags["radcurate/reconcile"]


@pytest.mark.parametrize("others", [0, 2])
def test_exports_landing_together_get_one_corpus_run(others: int) -> None:
    with dg.instance_for_test() as instance:
        finished = _run(instance, "curate_export", DagsterEventType.RUN_SUCCESS, **{"dagster/partition": "exp_a"})
        for n in range(others):
            _run(instance, "curate_export", None, **{"dagster/partition": f"exp_{n}"})
        event = DagsterEvent(event_type_value=DagsterEventType.RUN_SUCCESS.value, job_name="curate_export")
        context = dg.build_run_status_sensor_context(sensor_name="corpus_after_export", dagster_instance=instance,
                                                     dagster_run=finished, dagster_event=event)
        result = corpus_after_export(context)
        if others:
            assert isinstance(result, dg.SkipReason)
            assert result.skip_message.startswith("2 export run(s) still queued or running")
        else:
            assert result.run_key == f"corpus-after-{finished.run_id}"


def test_schedules_request_partitions_never_run(env: Path) -> None:  # noqa: F811
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("exports", ["exp_1", "exp_2"])
        context = dg.build_schedule_context(instance=instance, repository_def=_defs())
        requests = recurate_stale_exports(context)
        assert [(r.partition_key, r.tags["radcurate/reconcile"]) for r in requests] == [
            ("exp_1", "never run"), ("exp_2", "never run")]
