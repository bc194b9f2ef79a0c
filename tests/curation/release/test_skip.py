"""Config-level reuse (skip.py): an unchanged config is not read; any change to its inputs rebuilds it, and the
release is byte-identical to one built from scratch."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

import curation.release.configs as configs_module
import curation.release.groups as groups_module
import curation.release.skip as skip_module
from curation.paths import DataPaths
from curation.release import SplitPolicy, build_release
from curation.release.build import ReleaseSummary
from curation.release.shards import ShardLimits
from curation.tables import write_table
from curation.tables.io import partition_dir, read_table
from tests.curation.release.test_shards import EXPORTS, _corpus

ALL = ["image_text_pairs", "vqa", "grounding", "snippet_pairs", "report_volume_pairs"]


def _release(summary: ReleaseSummary) -> tuple[str, str, str, dict[str, bytes]]:
    root = summary.path
    return (summary.release_id, (root / "manifest.json").read_text(), (root / "README.md").read_text(),
            {f.relative_path: (root / f.relative_path).read_bytes() for f in summary.files})


def _from_scratch(paths: DataPaths, **kwargs: object) -> ReleaseSummary:
    """The same tables released with no previous release and no remembered state."""
    paths.dataset_dir.unlink()
    shutil.rmtree(paths.data_dir / "releases")
    shutil.rmtree(paths.data_dir / "cache" / "release")
    return build_release(paths, provenance={}, deid_profile="x", **kwargs)  # type: ignore[arg-type]


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every table part or table a config reader (or the export groups) reads, by table folder name."""
    seen: list[str] = []

    def counting(module: object, name: str, describe: Callable[..., str]) -> None:
        real = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            seen.append(describe(*args))
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, wrapper)

    counting(configs_module, "read_part", lambda path, *_: path.parent.name)
    counting(configs_module, "read_table", lambda _, table, *__: table)
    counting(groups_module, "read_table", lambda _, table, *__: table)
    return seen


def test_unchanged_rerun_reads_no_part_and_gives_the_same_release(data_paths: DataPaths,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(data_paths, EXPORTS)
    first = build_release(data_paths, provenance={}, deid_profile="x")
    assert first.configs_reused == []
    reads = _count_reads(monkeypatch)
    second = build_release(data_paths, provenance={}, deid_profile="x")
    assert reads == []
    assert second.configs_reused == ALL
    assert _release(second) == _release(first)
    assert second.shards.written == 0 and second.shards.reused == len(first.files) > 0
    assert second.patients_per_split == first.patients_per_split
    assert sum(second.patients_per_split.values()) == 16
    assert sum(second.counts["image_text_pairs"].values()) == 32 and sum(second.counts["vqa"].values()) == 32
    assert (second.path / "volumes/VA00.nii.gz").read_bytes() == b"niftiA00"


def _change_one_answer(paths: DataPaths) -> None:
    items = read_table(paths, "vqa_items").to_pylist()
    items[0]["answer"] = "nein"
    write_table(paths, "vqa_items", items)


def _remove_export(paths: DataPaths) -> None:
    for table in ("volumes", "reports"):
        shutil.rmtree(partition_dir(paths, table, "exp_b"))


def _remove_an_image(paths: DataPaths) -> None:
    rel = read_table(paths, "image_text_pairs", columns=["image_path"])["image_path"].to_pylist()[0]
    (paths.data_dir / rel).unlink()


@pytest.mark.parametrize(("change", "reused", "dangling"), [
    (_change_one_answer, ["image_text_pairs", "grounding", "snippet_pairs", "report_volume_pairs"], {}),
    (_remove_export, [], {}),   # volumes and reports give every config its groups and patients
    # the image filter rebuilds image_text_pairs; the pair ids it releases rebuild vqa and grounding (whose parts
    # are unchanged)
    (_remove_an_image, ["snippet_pairs", "report_volume_pairs"], {"image_text_pairs": 2, "vqa": 2}),
])
def test_a_changed_input_rebuilds_its_configs(data_paths: DataPaths, change: Callable[[DataPaths], None],
                                              reused: list[str], dangling: dict[str, int]) -> None:
    _corpus(data_paths, EXPORTS)
    first = build_release(data_paths, provenance={}, deid_profile="x")
    change(data_paths)
    second = build_release(data_paths, provenance={}, deid_profile="x")
    assert second.configs_reused == reused
    assert second.release_id != first.release_id and second.dropped_dangling == dangling
    assert _release(second) == _release(_from_scratch(data_paths))


def test_an_empty_config_stays_reusable_and_a_config_table_appearing_rebuilds_it(data_paths: DataPaths) -> None:
    _corpus(data_paths, EXPORTS)
    build_release(data_paths, provenance={}, deid_profile="x")
    write_table(data_paths, "snippet_pairs", [{
        "pair_id": "S1", "report_id": "RA00", "patient_pid": "A00", "study_uid": "2.25.A00", "ref_series": 3,
        "ref_image_start": 10, "ref_image_end": 10, "snippet": "Rundherd", "lang": "de", "status": "resolved",
        "volume_id": "VA00", "z_mm": -100.0, "depth_mm": 50.0}])
    second = build_release(data_paths, provenance={}, deid_profile="x")
    assert "snippet_pairs" not in second.configs_reused and sum(second.counts["snippet_pairs"].values()) == 1
    assert _release(second) == _release(_from_scratch(data_paths))


@pytest.mark.parametrize("change", ["code", "policy", "limits"])
def test_code_or_configuration_change_rebuilds_every_config(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch,
                                                            change: str) -> None:
    _corpus(data_paths, EXPORTS)
    build_release(data_paths, provenance={}, deid_profile="x")
    kwargs: dict[str, object] = {}
    if change == "code":
        monkeypatch.setattr(skip_module, "code_version", lambda: "another release code")
    elif change == "policy":
        kwargs["policy"] = SplitPolicy(salt="another salt")
    else:
        kwargs["limits"] = ShardLimits(max_rows=5)
    second = build_release(data_paths, provenance={}, deid_profile="x", **kwargs)  # type: ignore[arg-type]
    assert second.configs_reused == []
    assert _release(second) == _release(_from_scratch(data_paths, **kwargs))


def test_state_without_its_shards_in_the_previous_release_is_not_used(data_paths: DataPaths) -> None:
    _corpus(data_paths, EXPORTS)
    first = build_release(data_paths, provenance={}, deid_profile="x")
    shard = next(f for f in first.files if f.config == "vqa")
    (first.path / shard.relative_path).unlink()
    second = build_release(data_paths, provenance={}, deid_profile="x")
    assert "vqa" not in second.configs_reused and "image_text_pairs" in second.configs_reused
    assert second.shards.written == 1 and second.release_id == first.release_id
