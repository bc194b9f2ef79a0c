"""Streamed, bounded release shards grouped by export; unchanged shards reused without rewriting or re-hashing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time

import numpy as np
import pyarrow.parquet as pq
import pytest

from curation.keyslices.images import images_in_use, store_png, stored_images
from curation.keyslices.render import png_bytes
from curation.paths import DataPaths
from curation.release import build_release
from curation.release.integrity import problems
from curation.release.shards import ShardLimits, plan_shards
from curation.tables import write_table
from curation.tables.io import read_table

EXPORTS = {"exp_a": [f"A{i:02d}" for i in range(10)], "exp_b": [f"B{i:02d}" for i in range(6)]}


def _corpus(paths: DataPaths, exports: dict[str, list[str]]) -> dict[str, str]:
    """Per export: volumes, reports; corpus-wide: two captions per slice image (one stored PNG), one VQA item
    per pair. Returns pair_id -> the sha256 of the image it shows."""
    pairs, vqa, image_of = [], [], {}
    for export_id, patients in exports.items():
        vol_rows, rep_rows = [], []
        for pid in patients:
            vid, rid, rel = f"V{pid}", f"R{pid}", f"volumes/{export_id}/V{pid}.nii.gz"
            (paths.data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (paths.data_dir / rel).write_bytes(b"nifti" + pid.encode())
            vol_rows.append({"volume_id": vid, "export_id": export_id, "patient_pid": pid, "study_uid": f"2.25.{pid}",
                             "modality": "CT", "plane": "axial", "path": rel, "training_role": "primary"})
            rep_rows.append({"report_id": rid, "export_id": export_id, "patient_pid": pid, "study_uid": f"2.25.{pid}",
                             "lang": "de", "text": f"Befund {pid}", "text_sha256": f"h{pid}",
                             "link_status": "linked_accession", "report_date": dt.date(2020, 1, 1)})
            pixels = np.random.default_rng(sum(map(ord, pid))).integers(0, 255, (32, 32), dtype=np.uint8)
            sha, image_rel = store_png(paths.data_dir, png_bytes(pixels))
            for k, caption in enumerate(("Rundherd", "Rundherd, 6 mm")):
                pair_id = f"T{pid}{k}"
                image_of[pair_id] = sha
                pairs.append({"pair_id": pair_id, "volume_id": vid, "volume_path": rel, "slice_index": 3,
                              "report_id": rid, "patient_pid": pid, "modality": "CT", "plane": "axial",
                              "image_path": image_rel, "image_sha256": sha, "window": "lung", "caption_de": caption,
                              "source": "snippet", "lang": "de"})
                vqa.append({"item_id": f"Q{pid}{k}", "pair_id": pair_id, "volume_id": vid, "slice_index": 3,
                            "report_id": rid, "lang": "de", "question": f"Frage {k}?", "answer": "ja"})
        write_table(paths, "volumes", vol_rows, export_id=export_id)
        write_table(paths, "reports", rep_rows, export_id=export_id)
    write_table(paths, "image_text_pairs", pairs)
    write_table(paths, "vqa_items", vqa)
    return image_of


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_unchanged_release_rewrites_and_hashes_nothing(data_paths: DataPaths) -> None:
    _corpus(data_paths, {"exp_a": EXPORTS["exp_a"]})
    first = build_release(data_paths, provenance={}, deid_profile="x")
    assert first.shards.written == len(first.files) > 0 and first.shards.reused == 0
    assert first.shards.bytes_hashed == sum(f.bytes for f in first.files)
    assert all(f.sha256 == _sha(first.path / f.relative_path) for f in first.files)
    second = build_release(data_paths, provenance={}, deid_profile="x")
    assert (second.shards.written, second.shards.bytes_hashed) == (0, 0)
    assert second.shards.reused == len(first.files) and second.release_id == first.release_id


def test_adding_an_export_writes_only_its_shards(data_paths: DataPaths) -> None:
    _corpus(data_paths, {"exp_a": EXPORTS["exp_a"]})
    first = build_release(data_paths, provenance={}, deid_profile="x")
    _corpus(data_paths, EXPORTS)
    second = build_release(data_paths, provenance={}, deid_profile="x")
    old = {f.relative_path: f.sha256 for f in first.files}
    new = [f for f in second.files if f.relative_path not in old]
    assert new and all("-exp_b-" in f.relative_path for f in new)
    assert second.shards.written == len(new) and second.shards.reused == len(first.files)
    assert second.shards.bytes_hashed == sum(f.bytes for f in new)
    for f in second.files:                                     # exp_a's shards: the same bytes, the same file
        if f.relative_path in old:
            assert f.sha256 == old[f.relative_path] == _sha(second.path / f.relative_path)
            assert os.path.samefile(second.path / f.relative_path, first.path / f.relative_path)
    assert sum(second.counts["image_text_pairs"].values()) == 2 * 16 and sum(second.counts["vqa"].values()) == 32


def test_shards_are_a_function_of_their_rows(data_paths: DataPaths) -> None:
    _corpus(data_paths, EXPORTS)
    first = {f.relative_path: f.sha256 for f in build_release(data_paths, provenance={}, deid_profile="x").files}
    for path in (data_paths.data_dir / "releases").iterdir():   # no previous release to reuse from
        os.rename(path, data_paths.data_dir / f"moved-{path.name}")
    data_paths.dataset_dir.unlink()
    again = build_release(data_paths, provenance={}, deid_profile="x")
    assert again.shards.written == len(first) and {f.relative_path: f.sha256 for f in again.files} == first


def test_tiny_cap_bounds_every_shard_and_images_are_embedded(data_paths: DataPaths, tmp_path) -> None:
    image_of = _corpus(data_paths, {"exp_a": EXPORTS["exp_a"]})
    size = max(p.stat().st_size for p in stored_images(data_paths.data_dir))
    limits = ShardLimits(max_bytes=3 * size, max_rows=5)
    summary = build_release(data_paths, provenance={}, deid_profile="x", limits=limits)
    pairs = [f for f in summary.files if f.config == "image_text_pairs"]
    assert len(pairs) >= 20 // 2                                # 20 pairs, at most 2 full images + text each
    for f in summary.files:
        assert f.rows <= 5
    for f in pairs:
        table = pq.read_table(summary.path / f.relative_path)
        assert "image_path" not in table.column_names and table.num_rows <= 2
        for row in table.to_pylist():                         # each row carries its own image's bytes
            assert hashlib.sha256(row["image"]["bytes"]).hexdigest() == image_of[row["pair_id"]]
            assert row["image"]["path"] == f"{image_of[row['pair_id']][:20]}.png"
    assert set(problems(summary.path).values()) == {0}
    datasets = pytest.importorskip("datasets")
    loaded = datasets.load_dataset(str(summary.path), "image_text_pairs", cache_dir=str(tmp_path / "hf"))
    assert sum(len(loaded[s]) for s in loaded) == 20
    assert isinstance(loaded[next(iter(loaded))].features["image"], datasets.Image)
    default = datasets.load_dataset(str(summary.path), cache_dir=str(tmp_path / "hf"))
    assert sum(len(default[s]) for s in default) == 20


def test_plan_shards_caps_bytes_and_rows() -> None:
    assert plan_shards([5, 5, 5, 5, 5], ShardLimits(max_bytes=10, max_rows=100)) == [(0, 2), (2, 4), (4, 5)]
    assert plan_shards([1] * 5, ShardLimits(max_bytes=100, max_rows=2)) == [(0, 2), (2, 4), (4, 5)]
    assert plan_shards([50, 1], ShardLimits(max_bytes=10, max_rows=9)) == [(0, 1), (1, 2)]   # an oversized row alone
    with pytest.raises(ValueError, match=">= 1"):
        ShardLimits(max_bytes=0)


def test_release_collects_unreferenced_images_after_the_grace_period(data_paths: DataPaths) -> None:
    _corpus(data_paths, {"exp_a": EXPORTS["exp_a"]})
    stray_old = store_png(data_paths.data_dir, png_bytes(np.full((4, 4), 1, np.uint8)))[1]
    stray_new = store_png(data_paths.data_dir, png_bytes(np.full((4, 4), 2, np.uint8)))[1]
    hour_ago = time.time() - 3600
    os.utime(data_paths.data_dir / stray_old, (hour_ago, hour_ago))
    summary = build_release(data_paths, provenance={}, deid_profile="x", image_grace_s=600)
    assert (summary.images_collected.removed, summary.images_collected.kept_young) == (1, 1)
    assert not (data_paths.data_dir / stray_old).exists() and (data_paths.data_dir / stray_new).exists()
    assert len(list(stored_images(data_paths.data_dir))) == 10 + 1    # one per rendered slice (20 pairs) + young


def test_collector_stays_out_while_the_store_is_in_use(data_paths: DataPaths) -> None:
    from curation.keyslices.images import collect_unreferenced

    rel = store_png(data_paths.data_dir, png_bytes(np.full((4, 4), 3, np.uint8)))[1]
    with images_in_use(data_paths.data_dir):
        busy = collect_unreferenced(data_paths.data_dir, [], grace_s=0)
    assert busy.busy and busy.removed == 0 and (data_paths.data_dir / rel).exists()
    done = collect_unreferenced(data_paths.data_dir, [], grace_s=0)
    assert (done.busy, done.removed) == (False, 1) and not (data_paths.data_dir / rel).exists()


def test_a_pair_whose_image_is_gone_is_left_out_with_its_items(data_paths: DataPaths) -> None:
    image_of = _corpus(data_paths, {"exp_a": EXPORTS["exp_a"][:3]})
    gone = read_table(data_paths, "image_text_pairs", columns=["image_path"])["image_path"].to_pylist()[0]
    (data_paths.data_dir / gone).unlink()
    summary = build_release(data_paths, provenance={}, deid_profile="x")
    lost = sum(1 for sha in image_of.values() if gone.endswith(f"{sha}.png"))
    assert lost == 2 and summary.dropped_dangling == {"image_text_pairs": 2, "vqa": 2}
    assert sum(summary.counts["image_text_pairs"].values()) == 4 and set(problems(summary.path).values()) == {0}
