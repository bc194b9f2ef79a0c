"""The real segmenter: TotalSegmentator (`total` for CT, `total_mr` for MR) through its Python API.

Production never downloads silently: the task's weight folder must exist under TOTALSEG_WEIGHTS_PATH
(or TOTALSEG_HOME_DIR/nnunet/results); otherwise a clear error names the missing folder, unless
`allow_download` is set. Usage statistics are switched off before every call. totalsegmentator and
torch are imported only inside the calls here. Labels are read from the returned multilabel image's
own NIfTI label table (TotalSegmentator names) and mapped to the merged 121-class ids.
"""

from __future__ import annotations

import importlib.metadata
import multiprocessing
import os
import sys
import tempfile
import types
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from curation.segment.classes import ts_name_to_merged_id
from curation.segment.protocol import check_modality

# torchvision from PyPI (a CUDA build) next to CPU torch breaks nnU-Net's trainer lookup when it imports
# this module; TotalSegmentator's trainers never need it, so an empty stand-in keeps the lookup working.
_PRIMUS = "nnunetv2.training.nnUNetTrainer.primus.primus_trainers"


class WeightsMissingError(RuntimeError):
    """The TotalSegmentator weights for a task are not installed and downloading was not allowed."""


class SegmentationTimeoutError(RuntimeError):
    """TotalSegmentator did not finish one volume within `timeout_s`."""


def task_for(modality: str, fast: bool) -> tuple[str, list[int]]:
    """TotalSegmentator task name and weight task ids for a modality (CT -> total, MR -> total_mr)."""
    from totalsegmentator.map_tasks_config import TASK_CONFIGS

    task = "total" if check_modality(modality) == "CT" else "total_mr"
    sub = TASK_CONFIGS[task]["sub_modes"]["fast" if fast else "default"]
    ids = sub["task_id"]
    return task, (list(ids) if isinstance(ids, list) else [ids])


def missing_weight_folders(task_ids: list[int]) -> list[Path]:
    """Weight folders of `task_ids` that do not exist in the configured weights dir."""
    from totalsegmentator.config import get_weights_dir
    from totalsegmentator.map_tasks_config import TASK_ID_WEIGHTS_CONFIGS

    base = Path(get_weights_dir())
    missing = []
    for tid in task_ids:
        info = TASK_ID_WEIGHTS_CONFIGS[tid]
        folder = base / Path(info.get("rel_path") or "") / info["foldername"]
        if not folder.is_dir():
            missing.append(folder)
    return missing


def _prepare_environment(weights_dir: str | None, home_dir: str | None) -> None:
    if weights_dir:
        os.environ["TOTALSEG_WEIGHTS_PATH"] = str(weights_dir)
    if home_dir:
        os.environ["TOTALSEG_HOME_DIR"] = str(home_dir)
    from totalsegmentator.config import set_config_key, setup_totalseg

    setup_totalseg()  # creates config.json if absent, so the next line has a file to change
    set_config_key("send_usage_stats", False)
    set_config_key("statistics_disclaimer_shown", True)
    if _PRIMUS not in sys.modules:
        sys.modules[_PRIMUS] = types.ModuleType(_PRIMUS)


def labels_from_multilabel(image: object, task: str) -> np.ndarray:
    """Merged-id label map (uint8) from TotalSegmentator's multilabel image and its NIfTI label table."""
    from totalsegmentator.map_to_binary import class_map
    from totalsegmentator.nifti_ext_header import load_multilabel_nifti

    try:
        _, ts_labels = load_multilabel_nifti(image)
    except (IndexError, KeyError):  # no label table in the header: the task's documented class map
        ts_labels = class_map[task]
    to_merged = ts_name_to_merged_id(task)
    lut = np.zeros(max(int(k) for k in ts_labels) + 1, dtype=np.uint8)
    for ts_id, name in ts_labels.items():
        if name not in to_merged:
            raise ValueError(f"TotalSegmentator label {name!r} of task {task!r} is not in the merged schema")
        lut[int(ts_id)] = to_merged[name]
    data = np.asarray(image.dataobj)  # type: ignore[attr-defined]
    if data.size and (data.min() < 0 or data.max() >= len(lut)):
        raise ValueError(f"label map holds ids outside TotalSegmentator's {task!r} label table")
    return lut[data.astype(np.int64)]


@dataclass(frozen=True)
class TotalSegmentatorSegmenter:
    """TotalSegmentator backend; `device` as TotalSegmentator takes it: 'gpu', 'cuda:1', 'cpu', 'mps'."""

    fast: bool = False
    device: str = "gpu"
    weights_dir: str | None = None
    home_dir: str | None = None
    allow_download: bool = False
    timeout_s: float | None = None

    name: str = "totalseg"

    @property
    def version(self) -> str:
        return f"totalseg-{importlib.metadata.version('totalsegmentator')}:{'fast' if self.fast else 'full'}"

    def segment(self, volume_path: Path, modality: str) -> np.ndarray:
        modality = check_modality(modality)
        _check_weights(self, modality)  # here, to raise WeightsMissingError itself rather than a child's exit code
        return _run_in_child(self, Path(volume_path), modality)


def _check_weights(seg: TotalSegmentatorSegmenter, modality: str) -> str:
    """The task for `modality`, its environment prepared; WeightsMissingError unless its weights are there."""
    _prepare_environment(seg.weights_dir, seg.home_dir)
    task, task_ids = task_for(modality, seg.fast)
    missing = missing_weight_folders(task_ids)
    if missing and not seg.allow_download:
        raise WeightsMissingError(
            f"TotalSegmentator weights for task {task!r} missing: {', '.join(str(p) for p in missing)}; "
            "install them there (TOTALSEG_WEIGHTS_PATH or TOTALSEG_HOME_DIR), or allow the download explicitly")
    return task


def _run(seg: TotalSegmentatorSegmenter, volume_path: Path, modality: str) -> np.ndarray:
    task = _check_weights(seg, modality)
    import nibabel as nib
    from totalsegmentator.python_api import totalsegmentator

    image = nib.load(str(volume_path))
    result = totalsegmentator(image, None, ml=True, task=task, fast=seg.fast, device=seg.device, quiet=True,
                              nr_thr_saving=1)
    labels = labels_from_multilabel(result, task)
    if labels.shape != image.shape[:3]:
        raise ValueError(f"TotalSegmentator returned shape {labels.shape} for a volume of shape {image.shape}")
    return labels


def _child(seg: TotalSegmentatorSegmenter, volume_path: str, modality: str, out: str) -> None:
    np.save(out, _run(seg, Path(volume_path), modality))


def _run_in_child(seg: TotalSegmentatorSegmenter, volume_path: Path, modality: str) -> np.ndarray:
    """Run in a spawned process, killed after `timeout_s` if one is set (a thread cannot be stopped).

    Always a child, never in the caller: nnU-Net's pre- and post-processing workers are forked from the
    process that calls TotalSegmentator, and a fork of a process with threads (a Dagster step's, a test
    runner's) can inherit a lock another thread held and wait on it forever (CI saw one hang). A freshly
    spawned process has no other threads. Costs the child's imports (a few CPU seconds) per volume."""
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="radcurate-ts-") as tmp:
        out = str(Path(tmp) / "labels.npy")
        process = context.Process(target=_child, args=(seg, str(volume_path), modality, out))
        process.start()
        process.join(seg.timeout_s)
        if process.is_alive():
            process.kill()
            process.join()
            raise SegmentationTimeoutError(f"TotalSegmentator exceeded {seg.timeout_s} s")
        if process.exitcode != 0 or not Path(out).exists():
            raise RuntimeError(f"TotalSegmentator process failed (exit code {process.exitcode})")
        return np.load(out)
