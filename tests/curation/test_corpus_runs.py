"""A corpus run records its fingerprint once, at its end, only if its inputs did not change while it ran."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curation import corpus_inputs, corpus_runs
from tests.curation.test_corpus_inputs import _part, _setup


def test_a_run_records_once_what_it_started_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths, code = _setup(tmp_path)
    monkeypatch.setattr(corpus_inputs, "default_code_roots", lambda: (code,))
    corpus_inputs.record(paths, corpus_inputs.fingerprint(paths))
    assert corpus_runs.started(paths, "run-a")
    assert corpus_inputs.recorded(paths) is None            # a run in progress: the corpus is not up to date
    assert not corpus_runs.started(paths, "run-a")           # a later step of the same run changes nothing
    _part(paths.table_dir("vqa_items") / "export=exp_a" / "part-0.parquet", ["1.2.9"])  # the run writes
    assert corpus_runs.succeeded(paths, "run-a")
    assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths).digest
    assert corpus_inputs.unchanged(paths)
    assert not corpus_runs.succeeded(paths, "run-a")         # once per run
    assert not corpus_runs.succeeded(paths, "never-started")
    assert json.loads(corpus_runs.starts_path(paths).read_text()) == {}


def test_inputs_changed_while_running_or_a_failed_run_record_nothing(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    paths, code = _setup(tmp_path)
    monkeypatch.setattr(corpus_inputs, "default_code_roots", lambda: (code,))
    corpus_runs.started(paths, "run-a")
    corpus_runs.started(paths, "run-b")                       # overlapping: each compares with its own start
    _part(paths.table_dir("reports") / "export=exp_b" / "part-0.parquet", ["9.9.9"])  # an export lands
    assert not corpus_runs.succeeded(paths, "run-a")
    assert corpus_inputs.recorded(paths) is None
    corpus_runs.started(paths, "run-c")                       # started after the export: settles
    assert corpus_runs.succeeded(paths, "run-c")
    recorded = corpus_inputs.recorded(paths)
    assert recorded == corpus_inputs.fingerprint(paths).digest
    corpus_runs.started(paths, "run-d")                       # fails: never calls succeeded
    assert corpus_inputs.recorded(paths) is None
    assert set(json.loads(corpus_runs.starts_path(paths).read_text())) == {"run-b", "run-d"}
    assert "Muster" not in corpus_runs.starts_path(paths).read_text()


def test_starts_of_runs_that_never_ended_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths, code = _setup(tmp_path)
    monkeypatch.setattr(corpus_inputs, "default_code_roots", lambda: (code,))
    for n in range(corpus_runs.KEEP_STARTS + 3):
        corpus_runs.started(paths, f"killed-{n}")
    kept = json.loads(corpus_runs.starts_path(paths).read_text())
    assert sorted(kept) == sorted(f"killed-{n}" for n in range(3, corpus_runs.KEEP_STARTS + 3))
    with pytest.raises(ValueError, match="run id"):
        corpus_runs.started(paths, "")


def test_how_runs_are_started_is_no_input_what_they_compute_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run recorded by the daemon (inbox, sensor interval set) counts for a CLI shell without them."""
    paths, code = _setup(tmp_path)
    base = corpus_inputs.fingerprint(paths, [code]).inputs
    for name, value in [("RADCURATE_EXPORTS_DIR", "/srv/inbox"), ("RADCURATE_SENSOR_INTERVAL_SECONDS", "30"),
                        ("RADCURATE_STABLE_SECONDS", "600"), ("RADCURATE_MIN_FREE_MB", "512")]:
        monkeypatch.setenv(name, value)
    assert corpus_inputs.fingerprint(paths, [code]).inputs == base
    monkeypatch.setenv("RADCURATE_LABELS", "llm")                  # the labeller: what the corpus holds
    assert corpus_inputs.fingerprint(paths, [code]).inputs != base
