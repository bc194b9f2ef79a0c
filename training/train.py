"""Training and evaluation of the CT model on a release (no Dagster here: the job entry point reports).

Each step draws a batch of report-volume pairs (SigLIP + disease prompt BCE) and a batch of snippets
(depth-cell cross-entropy). Loss is measured on a fixed train batch before and after training, so a
"loss went down" claim compares like with like. Evaluation runs on the held-out split (test, else
validation; the split used is reported).
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from training.config import CTClipConfig
from training.data import ReportVolumeItem, SnippetItem, VolumeCache, report_volume_items, snippet_items
from training.metrics import baseline_depths, localization_metrics, retrieval_recall
from training.models import CTClipModel, siglip_loss
from training.prompts import prompt_pairs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainResult:
    metrics: dict[str, float | int | str]
    checkpoint: Path


def _volumes(cache: VolumeCache, ids: list[str], device: str) -> torch.Tensor:
    return torch.from_numpy(np.stack([cache[v].array for v in ids])).to(device)


def _report_batch(items: list[ReportVolumeItem], rng: random.Random, size: int) -> list[ReportVolumeItem]:
    """Distinct volumes where possible, so the diagonal of the pairwise loss holds the only positives."""
    by_volume: dict[str, list[ReportVolumeItem]] = {}
    for item in items:
        by_volume.setdefault(item.volume_id, []).append(item)
    volume_ids = sorted(by_volume)
    chosen = rng.sample(volume_ids, min(size, len(volume_ids)))
    return [rng.choice(by_volume[v]) for v in chosen]


def batch_loss(model: CTClipModel, cache: VolumeCache, reports: list[ReportVolumeItem],
               snippets: list[SnippetItem], device: str) -> dict[str, torch.Tensor]:
    config = model.config
    out: dict[str, torch.Tensor] = {}
    total = torch.zeros((), device=device)
    use_reports = len(reports) >= 2
    ids = ([r.volume_id for r in reports] if use_reports else []) + [s.volume_id for s in snippets]
    if not ids:
        raise ValueError("batch_loss: the batch holds neither two reports nor a snippet")
    image, cells = model.image(_volumes(cache, ids, device))  # one pass for both heads
    if use_reports:
        n = len(reports)
        text = model.text([r.text for r in reports])
        out["siglip"] = siglip_loss(image[:n], text, model.log_t, model.bias)
        positive, negative = prompt_pairs()
        labels = torch.tensor([r.labels for r in reports], dtype=torch.float32, device=device)
        mask = torch.tensor([r.label_mask for r in reports], dtype=torch.float32, device=device)
        logits = model.prompt_logits(image[:n], positive, negative)
        bce = F.binary_cross_entropy_with_logits(logits, labels, weight=mask, reduction="sum")
        out["prompt_bce"] = bce / mask.sum().clamp(min=1.0)
        total = total + out["siglip"] + config.prompt_weight * out["prompt_bce"]
    if snippets:
        target = torch.tensor([s.cell for s in snippets], device=device)
        snippet_cells = cells[len(ids) - len(snippets):]
        out["depth_ce"] = F.cross_entropy(model.depth_logits(snippet_cells, [s.snippet for s in snippets]), target)
        total = total + config.depth_weight * out["depth_ce"]
    out["loss"] = total
    return out


@torch.no_grad()
def evaluate(model: CTClipModel, cache: VolumeCache, reports: list[ReportVolumeItem],
             snippets: list[SnippetItem], device: str) -> dict[str, float | int]:
    """Retrieval R@1/5/10 (%) over the split's volumes and localisation metrics with baselines."""
    model.eval()
    metrics: dict[str, float | int] = {}
    if reports:
        gallery = sorted({r.volume_id for r in reports})
        image = torch.cat([model.image(_volumes(cache, gallery[i:i + 8], device))[0]
                           for i in range(0, len(gallery), 8)])
        text = model.text([r.text for r in reports])
        sim = (F.normalize(text, dim=-1) @ F.normalize(image, dim=-1).T).cpu().numpy()
        index = {v: i for i, v in enumerate(gallery)}
        recall = retrieval_recall(sim, [index[r.volume_id] for r in reports])
        metrics |= {f"retrieval_{k}": v for k, v in recall.items()}
        metrics |= {"retrieval_queries": len(reports), "retrieval_gallery": len(gallery)}
    if snippets:
        config = model.config
        preds = []
        for i in range(0, len(snippets), 8):
            chunk = snippets[i:i + 8]
            _, cells = model.image(_volumes(cache, [s.volume_id for s in chunk], device))
            logits = model.depth_logits(cells, [s.snippet for s in chunk])
            for s, row in zip(chunk, logits, strict=True):
                valid = max(1, int(np.ceil(cache[s.volume_id].valid_depth_mm / config.cell_mm)))
                preds.append((int(row[:valid].argmax()) + 0.5) * config.cell_mm)
        true = [s.depth_mm for s in snippets]
        scans = [s.volume_id for s in snippets]
        guesses = {"model": preds} | baseline_depths([cache[s].valid_depth_mm for s in scans],
                                                     config.spacing_mm[2], seed=config.seed)
        for name, guess in guesses.items():
            prefix = "loc" if name == "model" else f"loc_{name}"
            metrics |= {f"{prefix}_{k}": v for k, v in localization_metrics(guess, true, scans, config.cell_mm).items()}
        metrics["loc_snippets"] = len(snippets)
    model.train()
    return metrics


def _held_out(release: Path, cache: VolumeCache) -> tuple[str, list[ReportVolumeItem], list[SnippetItem]]:
    for split in ("test", "validation"):
        reports = report_volume_items(release, split, cache)
        snippets, _ = snippet_items(release, split, cache)
        if len({r.volume_id for r in reports}) >= 2 or snippets:
            return split, reports, snippets
    raise ValueError("release: neither test nor validation split holds two volumes or a snippet to evaluate")


def train_ct_clip(release: Path, config: CTClipConfig, out: Path, *, steps: int, device: str = "cpu",
                  on_progress: Callable[[str], None] | None = None) -> TrainResult:
    """Train `steps` steps, evaluate on the held-out split, save checkpoint.pt and metrics.json in `out`."""
    if steps < 1:
        raise ValueError(f"steps must be >= 1, got {steps}")
    say = on_progress or log.info
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    cache = VolumeCache(release, config)
    reports = report_volume_items(release, "train", cache)
    snippets, dropped = snippet_items(release, "train", cache)
    if len({r.volume_id for r in reports}) < 2 and not snippets:
        raise ValueError("release: the train split needs two volumes with reports or one snippet")
    eval_split, eval_reports, eval_snippets = _held_out(release, cache)
    model = CTClipModel(config).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    fixed_reports = _report_batch(reports, random.Random(1), config.batch_size)
    fixed_snippets = snippets[:config.batch_size]
    with torch.no_grad():
        before = {k: float(v) for k, v in batch_loss(model, cache, fixed_reports, fixed_snippets, device).items()}
    say(f"{len(reports)} report pairs, {len(snippets)} snippets ({dropped} outside the crop); "
        f"loss {before['loss']:.4f}")
    started = time.perf_counter()
    for step in range(1, steps + 1):
        batch_reports = _report_batch(reports, rng, config.batch_size)
        batch_snippets = rng.sample(snippets, min(config.batch_size, len(snippets)))
        losses = batch_loss(model, cache, batch_reports, batch_snippets, device)
        optimizer.zero_grad(set_to_none=True)
        losses["loss"].backward()
        optimizer.step()
        if step % max(1, steps // 5) == 0 or step == steps:
            say(f"step {step}/{steps} loss {float(losses['loss'].detach()):.4f}")
    seconds = time.perf_counter() - started
    with torch.no_grad():
        model.eval()
        after = {k: float(v) for k, v in batch_loss(model, cache, fixed_reports, fixed_snippets, device).items()}
        model.train()
    metrics: dict[str, float | int | str] = {"config": config.name, "steps": steps, "eval_split": eval_split,
                                              "steps_per_s": steps / seconds, "snippets_dropped": dropped}
    metrics |= {f"train_{k}_before": v for k, v in before.items()}
    metrics |= {f"train_{k}_after": v for k, v in after.items()}
    metrics |= evaluate(model, cache, eval_reports, eval_snippets, device)
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = out / "checkpoint.pt"
    tmp = out / ".checkpoint.pt.tmp"
    torch.save({"config": config.to_dict(), "state_dict": model.state_dict(), "metrics": metrics}, tmp)
    tmp.replace(checkpoint)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1, sort_keys=True), encoding="utf-8")
    return TrainResult(metrics, checkpoint)
