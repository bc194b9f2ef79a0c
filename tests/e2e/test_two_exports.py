"""Two synthetic exports dropped one after the other: the sensor registers both, corpus assets are
incremental, and no patient changes split when the second export lands (issue 9)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq
import pytest

from curation.synth import SynthOptions, write_synthetic_export
from tests.e2e.conftest import curate_env

pytestmark = pytest.mark.e2e
CORPUS_PARTS = ("snippet_pairs", "report_labels", "image_text_pairs", "grounding_items", "vqa_items")


def _splits(data_dir: Path) -> dict[str, str]:
    dataset = data_dir / "dataset"
    out: dict[str, str] = {}
    for path in sorted((dataset / "data" / "report_volume_pairs").glob("*.parquet")):
        split = path.name.split("-")[0]
        for pid in pq.read_table(path, columns=["patient_pid"])["patient_pid"].to_pylist():
            assert out.setdefault(pid, split) == split
    return out


def _latest_metadata(instance: dg.DagsterInstance, asset: str) -> dict:
    event = instance.get_latest_materialization_event(dg.AssetKey(asset))
    return {k: v.value for k, v in event.asset_materialization.metadata.items()}


def test_sensor_two_exports_incremental_and_stable_splits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in curate_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    exports = tmp_path / "exports"
    monkeypatch.setenv("RADCURATE_EXPORTS_DIR", str(exports))
    from assets.sensors import new_exports_sensor
    from radcurate.definitions import defs

    export_job, corpus_job = defs.resolve_job_def("curate_export"), defs.resolve_job_def("curate_corpus")
    with dg.DagsterInstance.get() as instance:
        cursor = None
        for n, (name, seed) in enumerate((("export_a", 21), ("export_b", 22))):
            write_synthetic_export(exports / name, SynthOptions(patients=2, seed=seed))
            result = new_exports_sensor(dg.build_sensor_context(instance=instance, cursor=cursor))
            cursor = result.cursor
            (request,) = result.run_requests                      # only the export that just landed
            for add in result.dynamic_partitions_requests:
                instance.add_dynamic_partitions(add.partitions_def_name, list(add.partition_keys))
            assert len(instance.get_dynamic_partitions("exports")) == n + 1
            assert export_job.execute_in_process(instance=instance, partition_key=request.partition_key).success
            assert corpus_job.execute_in_process(instance=instance).success
            if n == 0:
                first_splits = _splits(tmp_path / "data")
                first_vqa = _latest_metadata(instance, "vqa_items")
                first_snippets = _latest_metadata(instance, "snippet_pairs")
        second = {asset: _latest_metadata(instance, asset) for asset in CORPUS_PARTS}
        assert corpus_job.execute_in_process(instance=instance).success  # nothing changed
        third = {asset: _latest_metadata(instance, asset) for asset in CORPUS_PARTS}
    snippets = second["snippet_pairs"]
    assert first_snippets["exports_recomputed"] == 1 and first_snippets["reports_mined"] > 0
    # the second export lands: only its part of each corpus table is computed, export A's is not read
    assert {a: (m["exports_recomputed"], m["exports_unchanged"]) for a, m in second.items()} == dict.fromkeys(
        CORPUS_PARTS, (1, 1))
    assert snippets["reports_mined"] == snippets["reports"] > 0 and snippets["reports_kept"] == 0
    assert second["vqa_items"]["generated_requests"] == second["vqa_items"]["images"] > 0  # B's images only
    assert second["vqa_items"]["items"] > first_vqa["items"]
    # a corpus run with nothing changed recomputes nothing
    assert {a: (m["exports_recomputed"], m["exports_unchanged"]) for a, m in third.items()} == dict.fromkeys(
        CORPUS_PARTS, (0, 2))
    second_splits = _splits(tmp_path / "data")
    assert len(second_splits) > len(first_splits)
    assert all(second_splits[pid] == split for pid, split in first_splits.items())
