"""The real TotalSegmentator python_api path, offline, with a tiny random-weight nnU-Net (no download).

The predictions are meaningless; the code path (task config, weight lookup, resampling to 3 mm,
sliding-window inference, multilabel export with its label table, our name -> merged id parsing) is real.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from curation.segment.classes import ts_name_to_merged_id


@pytest.fixture
def ts_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pytest.importorskip("totalsegmentator")
    monkeypatch.setenv("TOTALSEG_HOME_DIR", str(tmp_path / "ts_home"))
    monkeypatch.setenv("TOTALSEG_WEIGHTS_PATH", str(tmp_path / "ts_weights"))
    return tmp_path / "ts_weights"


def test_missing_weights_named_in_error(ts_env: Path, phantom_ct_path: Path) -> None:
    from curation.segment.totalseg import TotalSegmentatorSegmenter, WeightsMissingError

    with pytest.raises(WeightsMissingError, match="Dataset297_TotalSegmentator_total_3mm_1559subj"):
        TotalSegmentatorSegmenter(fast=True, device="cpu").segment(phantom_ct_path, "CT")
    assert not ts_env.exists() or not any(ts_env.iterdir())  # nothing downloaded


def test_usage_stats_switched_off(ts_env: Path) -> None:
    import json

    from curation.segment.totalseg import _prepare_environment

    _prepare_environment(None, None)
    config = json.loads((ts_env.parent / "ts_home" / "config.json").read_text())
    assert config["send_usage_stats"] is False


@pytest.mark.slow
def test_real_python_api_with_random_weights(ts_env: Path, phantom_ct_path: Path) -> None:
    from curation.segment.random_weights import write_random_task
    from curation.segment.totalseg import TotalSegmentatorSegmenter

    write_random_task(ts_env, 297, size="tiny")
    labels = TotalSegmentatorSegmenter(fast=True, device="cpu").segment(phantom_ct_path, "CT")
    assert labels.shape == (64, 64, 20)
    valid = {0, *ts_name_to_merged_id("total").values()}
    found = set(np.unique(labels).tolist())
    assert found <= valid and len(found) > 1  # random weights still emit several classes


def test_multilabel_parsing_maps_mr_names_to_merged_ids() -> None:
    pytest.importorskip("totalsegmentator")
    import nibabel as nib
    from totalsegmentator.nifti_ext_header import add_label_map_to_nifti

    from curation.segment.totalseg import labels_from_multilabel

    data = np.zeros((4, 4, 2), dtype=np.uint8)
    data[0, 0, 0], data[1, 1, 1], data[2, 2, 0] = 10, 11, 23  # total_mr: lung_left, lung_right, aorta
    image = add_label_map_to_nifti(nib.Nifti1Image(data, np.eye(4)), {10: "lung_left", 11: "lung_right",
                                                                         23: "aorta"})
    labels = labels_from_multilabel(image, "total_mr")
    assert (labels[0, 0, 0], labels[1, 1, 1], labels[2, 2, 0]) == (118, 119, 52)


def test_timeout_kills_the_run(ts_env: Path, phantom_ct_path: Path) -> None:
    from curation.segment.random_weights import write_random_task
    from curation.segment.totalseg import SegmentationTimeoutError, TotalSegmentatorSegmenter

    write_random_task(ts_env, 297, size="tiny")
    with pytest.raises(SegmentationTimeoutError, match=r"exceeded 0\.5 s"):
        TotalSegmentatorSegmenter(fast=True, device="cpu", timeout_s=0.5).segment(phantom_ct_path, "CT")
