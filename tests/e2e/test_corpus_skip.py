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
