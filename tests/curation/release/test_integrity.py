"""Release integrity: English captions survive de-duplication, every reference resolves in the release."""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq

from curation.keyslices.images import store_png
from curation.keyslices.render import png_bytes
from curation.paths import DataPaths
from curation.release import build_release
from curation.release.integrity import problems
from curation.tables import write_table
from tests.curation.release.test_build import _corpus


def _pairs_and_items(paths: DataPaths) -> None:
    sha, rel = store_png(paths.data_dir, png_bytes(np.full((2, 2), 7, np.uint8)))
    pairs = []
    for n, pid in enumerate(["P1", "P2"]):
        vid, rel = f"V{pid}", f"volumes/exp_a/V{pid}.nii.gz"
        base = {"volume_id": vid, "volume_path": rel, "slice_index": 3, "report_id": f"Rexp_a{n}", "patient_pid": pid,
                "modality": "CT", "plane": "axial", "image_path": rel, "image_sha256": sha, "window": "lung"}
        # an English report: two different English captions on one slice, caption_de null in both
        pairs += [{**base, "pair_id": f"T{n}a", "caption_en": "Nodule in the right lower lobe", "lang": "en"},
                  {**base, "pair_id": f"T{n}b", "caption_en": "Solid nodule, 8 mm", "lang": "en"}]
    write_table(paths, "image_text_pairs", pairs)
    write_table(paths, "vqa_items", [
        {"item_id": "Q1", "pair_id": "T0a", "volume_id": "VP1", "slice_index": 3, "lang": "en",
         "question": "Is there a nodule?", "answer": "yes"},
        {"item_id": "Q2", "pair_id": "T-gone", "volume_id": "VP1", "slice_index": 3, "lang": "en",
         "question": "How large is the nodule?", "answer": "8 mm"}])
    write_table(paths, "grounding_items", [
        {"item_id": "G1", "pair_id": "T1b", "volume_id": "VP2", "slice_index": 3, "phrase": "lobe", "lang": "en",
         "structure": "lung_right"},
        {"item_id": "G2", "pair_id": None, "volume_id": "VP2", "slice_index": 9, "phrase": "lung", "lang": "en",
         "structure": "lung_right"}])


def test_english_captions_kept_and_dangling_references_dropped(data_paths: DataPaths) -> None:
    _corpus(data_paths, ["P1", "P2"])
    _pairs_and_items(data_paths)
    summary = build_release(data_paths, provenance={}, deid_profile="x")
    assert sum(summary.counts["image_text_pairs"].values()) == 4          # no English caption lost
    assert sum(summary.counts["vqa"].values()) == 1 and sum(summary.counts["grounding"].values()) == 1
    assert summary.dropped_dangling == {"grounding": 1, "vqa": 1}
    assert problems(data_paths.dataset_dir) == {
        "vqa.pair_id->image_text_pairs.pair_id": 0, "grounding.pair_id->image_text_pairs.pair_id": 0,
        "image_text_pairs.volume_path->file": 0, "report_volume_pairs.volume_path->file": 0,
        "snippet_pairs.volume_path->file": 0}
    card = (data_paths.dataset_dir / "README.md").read_text()
    assert "| image_text_pairs |" in card and "| total |" in card


def test_problems_counts_a_reference_that_does_not_resolve(data_paths: DataPaths) -> None:
    _corpus(data_paths, ["P1", "P2"])
    _pairs_and_items(data_paths)
    summary = build_release(data_paths, provenance={}, deid_profile="x")
    shard = next(f for f in summary.files if f.config == "image_text_pairs")
    path = summary.path / shard.relative_path
    table = pq.read_table(path)
    removed = table.num_rows
    pq.write_table(table.slice(0, 0), path)                               # a pair shard emptied behind our back
    (summary.path / "volumes" / "VP1.nii.gz").unlink(missing_ok=True)
    found = problems(summary.path)
    assert found["vqa.pair_id->image_text_pairs.pair_id"] + found["grounding.pair_id->image_text_pairs.pair_id"] >= 1
    assert removed >= 1 and found["report_volume_pairs.volume_path->file"] == 1
