"""Evaluation: text-to-volume retrieval recall and snippet localisation errors with baselines.

Localisation follows RadFinder: absolute depth error in mm (mean and median), exact depth cell, within
12 mm and 24 mm, and the mean of per-scan MAEs, for the model and for two baselines that know only the
scan's valid extent: a random valid slice and the middle slice.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Sequence

import numpy as np


def retrieval_recall(similarity: np.ndarray, target: Sequence[int], ks: Sequence[int] = (1, 5, 10)) -> dict[str, float]:
    """similarity (n_queries, n_gallery); target[q] = gallery index of the query's volume; R@k in %."""
    if similarity.ndim != 2 or similarity.shape[0] != len(target):
        raise ValueError(f"similarity must be (n_queries, n_gallery) with one target per query, "
                         f"got {similarity.shape} and {len(target)} targets")
    order = np.argsort(-similarity, axis=1, kind="stable")
    rank = np.array([int(np.nonzero(order[q] == t)[0][0]) for q, t in enumerate(target)])
    return {f"R@{k}": float(100.0 * np.mean(rank < k)) for k in ks}


def localization_metrics(pred_mm: Sequence[float], true_mm: Sequence[float], scans: Sequence[str],
                         cell_mm: float) -> dict[str, float]:
    """Errors of predicted depths against referenced depths (mm below the superior edge)."""
    if not len(pred_mm) == len(true_mm) == len(scans):
        raise ValueError("pred_mm, true_mm and scans must have one entry per snippet")
    if not pred_mm:
        return {}
    pred, true = np.asarray(pred_mm, float), np.asarray(true_mm, float)
    error = np.abs(pred - true)
    per_scan: dict[str, list[float]] = defaultdict(list)
    for scan, e in zip(scans, error, strict=True):
        per_scan[scan].append(float(e))
    return {
        "mae_mm": float(error.mean()),
        "median_mm": float(np.median(error)),
        "exact_cell": float(np.mean(np.floor(pred / cell_mm) == np.floor(true / cell_mm))),
        "within_12mm": float(np.mean(error <= 12.0)),
        "within_24mm": float(np.mean(error <= 24.0)),
        "per_scan_mae_mm": float(np.mean([np.mean(v) for v in per_scan.values()])),
    }


def baseline_depths(valid_depth_mm: Sequence[float], slice_mm: float, seed: int = 0) -> dict[str, list[float]]:
    """Depth guesses that ignore the text: a random valid slice centre, and the middle of the scan."""
    rng = random.Random(seed)
    randoms = []
    for extent in valid_depth_mm:
        n_slices = max(1, math.floor(extent / slice_mm))
        randoms.append((rng.randrange(n_slices) + 0.5) * slice_mm)
    return {"random_slice": randoms, "middle_slice": [extent / 2.0 for extent in valid_depth_mm]}
