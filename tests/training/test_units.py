"""Config loading, volume preparation, depth targets, prompts and metrics: exact values."""

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from tests.training.release_fixture import SPACING, depth_of, lesion_slice
from training.config import PRESETS, load_config
from training.data import VolumeCache, snippet_items
from training.metrics import baseline_depths, localization_metrics, retrieval_recall
from training.prompts import PROMPT_LABELS, prompt_pairs, row_labels


def test_presets_and_yaml_extends(tmp_path: Path) -> None:
    tiny = load_config("tiny")
    assert tiny.cell_mm == 12.0 and tiny.n_cells == 8 and tiny.proj_dim == 32
    base = PRESETS["base"]
    assert base.cell_mm == 12.0 and base.n_cells == 32 and base.crop == (384, 384, 128) and base.proj_dim == 512
    small = load_config("small")
    assert small.crop == (192, 192, 64) and small.text_buckets == base.text_buckets
    custom = tmp_path / "mine.json"
    custom.write_text('{"extends": "tiny", "steps_unknown": 1}')
    with pytest.raises(ValueError, match="unknown keys"):
        load_config(str(custom))
    custom.write_text('{"extends": "tiny", "crop": [32, 32, 15]}')
    with pytest.raises(ValueError, match="cell_slices 2 must divide"):
        load_config(str(custom))
    with pytest.raises(ValueError, match="not a preset"):
        load_config("huge")


def test_crop_is_anchored_at_the_superior_edge(tiny_release: Path) -> None:
    cache = VolumeCache(tiny_release, load_config("tiny"))
    volume = cache.get("V004", "volumes/V004.nii.gz", "CT")
    assert volume.array.shape == (1, 16, 32, 32)
    assert volume.array.min() == 0.0 and volume.array.max() <= 1.0
    assert volume.valid_depth_mm == 96.0  # min(20 x 5 mm, 16 x 6 mm)
    # the lesion (300 HU -> 0.65) is centred at its depth below the top edge, crop slices of 6 mm
    profile = (volume.array[0] > 0.6).sum(axis=(1, 2))
    centre_mm = float((profile * (np.arange(16) + 0.5)).sum() / profile.sum()) * 6.0
    assert centre_mm == pytest.approx(depth_of(lesion_slice(4)), abs=3.0)


def test_snippet_targets_from_slice_geometry(tiny_release: Path) -> None:
    cache = VolumeCache(tiny_release, load_config("tiny"))
    items, dropped = snippet_items(tiny_release, "train", cache)
    assert items and dropped == 0
    for item in items:
        k = lesion_slice(int(item.volume_id[1:]))
        assert item.depth_mm == pytest.approx(depth_of(k))  # ref_affine agrees with the depth_mm contract
        assert item.cell == int(depth_of(k) // 12.0)
    assert SPACING[2] == 5.0


def test_prompt_labels_come_from_report_labels() -> None:
    released = dict.fromkeys(PROMPT_LABELS, 0) | {"lung_nodule": 1, "liver_lesion": None}
    values, mask = row_labels({"labels": released}, "ignored when labels are released")
    named = dict(zip(PROMPT_LABELS, zip(values, mask, strict=True), strict=True))
    assert named["lung_nodule"] == (1, 1) and named["pleural_effusion"] == (0, 1)
    assert named["liver_lesion"] == (0, 0)  # unanswered: masked out of the loss
    positive, negative = prompt_pairs()
    assert len(positive) == len(negative) == len(PROMPT_LABELS) == 27
    assert positive[PROMPT_LABELS.index("pleural_effusion")] == "There is a pleural effusion."


def test_rows_without_released_labels_are_labelled_by_the_rules() -> None:
    values, mask = row_labels({}, "Befund: Solider Rundherd im Oberlappen. Kein Pleura- oder Perikarderguss.")
    named = dict(zip(PROMPT_LABELS, zip(values, mask, strict=True), strict=True))
    assert named["lung_nodule"] == (1, 1)
    assert named["pleural_effusion"] == (0, 1) and named["pericardial_effusion"] == (0, 1)
    assert named["ascites"] == (0, 0)  # a chest report: abdominal questions unanswered
    values, _ = row_labels({}, "No nodule. Small pleural effusion on the right.")
    named_values = dict(zip(PROMPT_LABELS, values, strict=True))
    assert named_values["lung_nodule"] == 0 and named_values["pleural_effusion"] == 1


def test_only_rows_with_a_depth_are_localization_targets(tiny_release: Path, monkeypatch) -> None:
    """A coronal reference through the whole volume has null depth (non_axial): it is not read; a bounded
    non-axial one with a depth is."""
    import training.data as data

    rows = data.read_split(tiny_release, "snippet_pairs", "train").to_pylist()[:1]
    through = {**rows[0], "pair_id": "C1", "status": "non_axial", "ref_plane": "coronal", "depth_mm": None,
               "slice_index": None, "ref_affine": None}
    bounded = {**rows[0], "pair_id": "C2", "status": "non_axial", "ref_plane": "coronal"}
    monkeypatch.setattr(data, "read_split", lambda *_: pa.Table.from_pylist([*rows, through, bounded]))
    items, dropped = data.snippet_items(tiny_release, "train", VolumeCache(tiny_release, load_config("tiny")))
    assert len(items) == 2 and dropped == 0
    assert items[0].depth_mm == items[1].depth_mm



def test_retrieval_recall_values() -> None:
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.7, 0.1], [0.1, 0.5, 0.2]])
    # ranks of the true volume: 0, 1, 1
    assert retrieval_recall(sim, [0, 1, 2], ks=(1, 2)) == {"R@1": pytest.approx(100 / 3), "R@2": 100.0}
    with pytest.raises(ValueError, match="one target per query"):
        retrieval_recall(sim, [0, 1])


def test_localization_metrics_and_baselines() -> None:
    m = localization_metrics([6.0, 30.0, 100.0], [10.0, 6.0, 70.0], ["a", "a", "b"], cell_mm=12.0)
    assert m["mae_mm"] == pytest.approx((4 + 24 + 30) / 3)
    assert m["median_mm"] == 24.0
    assert m["exact_cell"] == pytest.approx(1 / 3)
    assert m["within_12mm"] == pytest.approx(1 / 3) and m["within_24mm"] == pytest.approx(2 / 3)
    assert m["per_scan_mae_mm"] == pytest.approx((14 + 30) / 2)
    guesses = baseline_depths([96.0, 30.0], slice_mm=6.0, seed=3)
    assert guesses["middle_slice"] == [48.0, 15.0]
    assert all(g % 6.0 == 3.0 and g < e for g, e in zip(guesses["random_slice"], [96.0, 30.0], strict=True))
