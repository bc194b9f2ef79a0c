"""`radcurate curate` does not launch the corpus job when nothing it reads or wrote changed (issue 17)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from curation import corpus_inputs
from curation.paths import DataPaths
from curation.synth import SynthOptions, write_synthetic_export
from radcurate.orchestrate import curate
from tests.e2e.conftest import curate_environment

pytestmark = pytest.mark.e2e


def _corpus_runs() -> int:
    with dg.DagsterInstance.get() as instance:
        return len(instance.get_run_records(dg.RunsFilter(job_name="curate_corpus")))


def test_unchanged_corpus_is_not_run_and_a_change_runs_it(tmp_path: Path) -> None:
    export = tmp_path / "exports" / "a"
    write_synthetic_export(export, SynthOptions(patients=2, seed=31, matrix=32))
    with curate_environment(tmp_path):
        first = curate([export], log_level="WARNING")
        assert first.success and len(first.run_ids) == 2 and _corpus_runs() == 1
        paths = DataPaths.from_env()
        assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths).digest

        # the export job runs again and rewrites its tables byte for byte: the corpus job is not launched
        again = curate([export], log_level="WARNING")
        assert again.success and again.run_ids == again.run_ids[:1] and len(again.summaries) == 1
        assert _corpus_runs() == 1

        # the release removed by hand is a change: the corpus job runs and writes it again
        paths.dataset_dir.unlink()  # a link to the current release
        third = curate([export], log_level="WARNING")
        assert third.success and len(third.run_ids) == 2 and _corpus_runs() == 2
        assert (paths.dataset_dir / "data").is_dir()
        assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths).digest


def test_a_corpus_run_launched_outside_curate_records_its_fingerprint(tmp_path: Path) -> None:
    """The corpus job run as the UI, the schedule or `dagster job execute` run it (a job execution against the
    instance, not `curate`): a success is recorded by the job itself, so the next curate and the nightly
    schedule see the corpus unchanged; a failed run or a run of a selection records nothing."""
    from assets.reconcile import corpus_reasons
    from radcurate.definitions import defs

    export = tmp_path / "exports" / "a"
    write_synthetic_export(export, SynthOptions(patients=2, seed=32, matrix=32))
    with curate_environment(tmp_path):
        assert curate([export], corpus=False, log_level="WARNING").success
        paths = DataPaths.from_env()
        job = defs.resolve_job_def("curate_corpus")
        repo = defs.get_repository_def()
        with dg.DagsterInstance.get() as instance:
            assert job.execute_in_process(instance=instance, raise_on_error=False).success
            assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths).digest

            # the export curated again (tables rewritten byte for byte): curate does not launch the corpus,
            # and the nightly schedule, which sees an export run newer than the last corpus run, does not either
            again = curate([export], log_level="WARNING")
            assert again.success and len(again.run_ids) == 1 and _corpus_runs() == 1
            assert corpus_reasons(instance, repo) == []

            # a failed corpus run (the dataset step refuses a split that does not add up) records nothing
            failing = {"ops": {"dataset": {"config": {"train": 0.5}}}}
            failed = job.execute_in_process(instance=instance, raise_on_error=False, run_config=failing)
            assert not failed.success and failed.is_node_success("snippet_pairs")
            assert corpus_inputs.recorded(paths) is None
            assert corpus_reasons(instance, repo) == ["last corpus run failed",
                                                      "an export was curated after the last release"]

            # a run of some corpus assets only records nothing either
            part = job.get_subset(asset_selection={dg.AssetKey("report_labels")})
            assert part.execute_in_process(instance=instance, raise_on_error=False).success
            assert corpus_inputs.recorded(paths) is None

        # so the next curate runs the corpus job, which records again
        third = curate([export], log_level="WARNING")
        assert third.success and len(third.run_ids) == 2 and _corpus_runs() == 4
        assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths).digest
