"""The corpus job records its own input fingerprint (curation/corpus_inputs.py), however it was launched.

A corpus run is bracketed by two calls, keyed by its run id:

- `started(paths, run_id)`, before the run's first step reads anything: clears the recorded success (a run
  that fails or is killed half-way has rewritten part of the corpus) and keeps the fingerprint of this moment
  as the run's start (`data/cache/corpus_runs.json`). Later calls for the same run change nothing, so every
  step may call it and only the first counts.
- `succeeded(paths, run_id)`, once every step of the run succeeded: records the fingerprint now, unless the
  inputs changed since the run's start (an export run wrote meanwhile: the corpus has not seen all of it), and
  drops the run's start. Only the first call for a run records; a run never started (or already recorded)
  records nothing.

So a failed, partial or killed run records nothing (its start stays behind until pruned: at most
`KEEP_STARTS` starts are kept), and two overlapping runs each compare against their own start. Both calls
run under one lock file. The file holds run ids and digests only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from curation import corpus_inputs
from curation.atomic import exclusive, read_json_object, write_text_atomic
from curation.paths import DataPaths

STARTS_NAME = "corpus_runs.json"
KEEP_STARTS = 32


def starts_path(paths: DataPaths) -> Path:
    return paths.data_dir / "cache" / STARTS_NAME


@contextmanager
def _locked(paths: DataPaths) -> Iterator[dict[str, Any]]:
    """The runs' starts, read and written back under an exclusive lock."""
    path = starts_path(paths)
    with exclusive(path.with_suffix(".lock")):
        starts = read_json_object(path)
        before = dict(starts)
        yield starts
        if starts != before:
            write_text_atomic(path, json.dumps(starts, sort_keys=True, separators=(",", ":")))


def _check_run_id(run_id: str) -> None:
    if not isinstance(run_id, str) or not run_id:
        raise ValueError(f"a corpus run needs its run id, got {run_id!r}")


def started(paths: DataPaths, run_id: str) -> bool:
    """The run `run_id` starts: clear the recorded success and keep its start fingerprint (first call only).
    True if this call was the first."""
    _check_run_id(run_id)
    with _locked(paths) as starts:
        if run_id in starts:
            return False
        corpus_inputs.clear(paths)
        now = corpus_inputs.fingerprint(paths)
        order = max((entry[2] for entry in starts.values()), default=0) + 1
        starts[run_id] = [now.inputs, now.outputs, order]
        for old in sorted(starts, key=lambda key: starts[key][2])[:-KEEP_STARTS]:
            del starts[old]
        return True


def succeeded(paths: DataPaths, run_id: str) -> bool:
    """Every step of the run `run_id` succeeded: record the fingerprint if its inputs are still those of the
    run's start. True if recorded; False for a run never started here, recorded already, or whose inputs
    changed while it ran."""
    _check_run_id(run_id)
    with _locked(paths) as starts:
        start = starts.pop(run_id, None)
        if start is None:
            return False
        before = corpus_inputs.CorpusInputs(start[0], start[1], 0, 0)
        return corpus_inputs.record_if_settled(paths, before)
