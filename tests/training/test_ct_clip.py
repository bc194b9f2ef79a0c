"""The tiny config trains on CPU inside the test: loss goes down, metrics are finite, checkpoint reloads."""

import json
import math
from pathlib import Path

import torch

from training.config import CTClipConfig, load_config
from training.models import CTClipModel, siglip_loss
from training.train import train_ct_clip


def test_tiny_training_lowers_loss_and_reports_metrics(tiny_release: Path, tmp_path: Path) -> None:
    result = train_ct_clip(tiny_release, load_config("tiny"), tmp_path / "run", steps=10)
    m = result.metrics
    assert m["train_loss_after"] < 0.8 * m["train_loss_before"]
    assert m["train_siglip_after"] < m["train_siglip_before"]
    assert m["train_depth_ce_after"] < m["train_depth_ce_before"]
    assert m["eval_split"] == "test" and m["retrieval_gallery"] == m["retrieval_queries"] == 4
    assert m["retrieval_R@1"] <= m["retrieval_R@5"] == m["retrieval_R@10"] == 100.0  # 4 volumes < 5
    assert m["loc_snippets"] == 4 and m["snippets_dropped"] == 0
    for key in ("loc_mae_mm", "loc_median_mm", "loc_within_12mm", "loc_within_24mm", "loc_per_scan_mae_mm",
                "loc_exact_cell", "loc_random_slice_mae_mm", "loc_middle_slice_mae_mm"):
        assert math.isfinite(m[key]), key
    assert 0 <= m["loc_mae_mm"] <= 96.0  # predictions stay inside the 96 mm of valid data
    saved = torch.load(result.checkpoint, weights_only=False)
    model = CTClipModel(CTClipConfig.from_dict(saved["config"]))
    model.load_state_dict(saved["state_dict"])
    assert json.loads((tmp_path / "run" / "metrics.json").read_text())["steps"] == 10


def test_siglip_initial_parameters_and_loss() -> None:
    model = CTClipModel(load_config("tiny"))
    assert float(model.log_t.exp()) == 10.0 and float(model.bias) == -10.0
    same = torch.nn.functional.one_hot(torch.arange(3)).float()
    # perfectly aligned embeddings: positives score 10 - 10 = 0, negatives -10 -> loss = log 2 + 2 softplus(-10)
    loss = siglip_loss(same, same, model.log_t, model.bias)
    expected = math.log(2) + 2 * math.log1p(math.exp(-10))
    assert float(loss) == torch.tensor(expected).item() or abs(float(loss) - expected) < 1e-5
