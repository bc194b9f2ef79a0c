"""Optimistic concurrency of the corpus stage: never publish over tables that changed since they were read."""

from __future__ import annotations

import pytest

from curation.paths import DataPaths
from curation.tables.io import read_table, write_table
from curation.tables.snapshot import StaleSnapshotError, TablesSnapshot


def _volume(export_id: str) -> list[dict]:
    return [{"volume_id": f"V{export_id}", "export_id": export_id, "patient_pid": "P1"}]


def _pair(pair_id: str) -> list[dict]:
    return [{"pair_id": pair_id, "report_id": "R1", "patient_pid": "P1", "snippet": "Herd", "lang": "de",
             "status": "resolved"}]


def test_publish_refused_when_an_export_landed_meanwhile(data_paths: DataPaths) -> None:
    write_table(data_paths, "volumes", _volume("exp_a"), export_id="exp_a")
    snapshot = TablesSnapshot.take(data_paths)
    write_table(data_paths, "volumes", _volume("exp_b"), export_id="exp_b")   # another run finished
    with pytest.raises(StaleSnapshotError, match="volumes changed after this step read them"):
        snapshot.write_table("snippet_pairs", _pair("S_old"))
    assert read_table(data_paths, "snippet_pairs").num_rows == 0


def test_an_older_corpus_step_never_overwrites_a_newer_one(data_paths: DataPaths) -> None:
    slow, fast = TablesSnapshot.take(data_paths), TablesSnapshot.take(data_paths)
    fast.write_table("snippet_pairs", _pair("S_new"))
    fast.write_table("snippet_pairs", _pair("S_new2"))            # its own writes are not a change
    with pytest.raises(StaleSnapshotError, match="snippet_pairs"):
        slow.write_table("snippet_pairs", _pair("S_old"))
    assert read_table(data_paths, "snippet_pairs")["pair_id"].to_pylist() == ["S_new2"]
