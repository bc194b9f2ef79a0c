"""Randomly initialised nnU-Net checkpoints in TotalSegmentator's weights layout (tests and benchmarks).

The real TotalSegmentator weights are a download we never do in CI or on an offline machine. A task
folder written here drives the unchanged `totalsegmentator.python_api` code path (resampling,
sliding-window inference, label map export, NIfTI label header) with meaningless predictions:
  <weights_dir>/<foldername>/<trainer>__nnUNetPlans__3d_fullres/{plans.json, dataset.json,
  fold_0/checkpoint_final.pth}
`size="tiny"` is a two-stage network with a 32^3 patch (a CPU test in seconds); `size="default"`
approximates nnU-Net's default 3d_fullres network for timing on a GPU.
"""

from __future__ import annotations

import json
from pathlib import Path

# Task id -> (TotalSegmentator task name, trainer, spacing mm). Only the fast tasks: one fold, one model.
FAST_TASKS: dict[int, tuple[str, str, float]] = {
    297: ("total", "nnUNetTrainer_4000epochs_NoMirroring", 3.0),
    298: ("total", "nnUNetTrainer_4000epochs_NoMirroring", 6.0),
    852: ("total_mr", "nnUNetTrainer_2000epochs_NoMirroring", 3.0),
    853: ("total_mr", "nnUNetTrainer_2000epochs_NoMirroring", 6.0),
}
_SIZES = {
    "tiny": {"features": [4, 8], "patch": [32, 32, 32]},
    "default": {"features": [32, 64, 128, 256, 320, 320], "patch": [128, 128, 128]},
}


def _plans(dataset_name: str, spacing: float, modality: str, size: str) -> dict[str, object]:
    features, patch = _SIZES[size]["features"], _SIZES[size]["patch"]
    n = len(features)
    resample = {"is_seg": False, "order": 3, "order_z": 0, "force_separate_z": None}
    return {
        "dataset_name": dataset_name, "plans_name": "nnUNetPlans",
        "original_median_spacing_after_transp": [spacing] * 3,
        "original_median_shape_after_transp": [128, 128, 128],
        "image_reader_writer": "NibabelIOWithReorient",
        "transpose_forward": [0, 1, 2], "transpose_backward": [0, 1, 2],
        "configurations": {"3d_fullres": {
            "data_identifier": "nnUNetPlans_3d_fullres", "preprocessor_name": "DefaultPreprocessor",
            "batch_size": 2, "patch_size": patch, "median_image_size_in_voxels": [128, 128, 128],
            "spacing": [spacing] * 3,
            "normalization_schemes": ["CTNormalization" if modality == "CT" else "ZScoreNormalization"],
            "use_mask_for_norm": [False],
            "resampling_fn_data": "resample_data_or_seg_to_shape", "resampling_fn_data_kwargs": resample,
            "resampling_fn_seg": "resample_data_or_seg_to_shape",
            "resampling_fn_seg_kwargs": {**resample, "is_seg": True, "order": 1},
            "resampling_fn_probabilities": "resample_data_or_seg_to_shape",
            "resampling_fn_probabilities_kwargs": {**resample, "order": 1},
            "architecture": {
                "network_class_name": "dynamic_network_architectures.architectures.unet.PlainConvUNet",
                "arch_kwargs": {
                    "n_stages": n, "features_per_stage": features,
                    "conv_op": "torch.nn.modules.conv.Conv3d", "kernel_sizes": [[3, 3, 3]] * n,
                    "strides": [[1, 1, 1]] + [[2, 2, 2]] * (n - 1), "n_conv_per_stage": [2] * n,
                    "n_conv_per_stage_decoder": [2] * (n - 1), "conv_bias": True,
                    "norm_op": "torch.nn.modules.instancenorm.InstanceNorm3d",
                    "norm_op_kwargs": {"eps": 1e-5, "affine": True}, "dropout_op": None, "dropout_op_kwargs": None,
                    "nonlin": "torch.nn.LeakyReLU", "nonlin_kwargs": {"inplace": True}},
                "_kw_requires_import": ["conv_op", "norm_op", "dropout_op", "nonlin"]},
            "batch_dice": False}},
        "experiment_planner_used": "ExperimentPlanner", "label_manager": "LabelManager",
        "foreground_intensity_properties_per_channel": {"0": {
            "max": 3000.0, "mean": 100.0, "median": 80.0, "min": -1000.0,
            "percentile_00_5": -1000.0, "percentile_99_5": 1500.0, "std": 300.0}},
    }


def write_random_task(weights_dir: Path, task_id: int, *, size: str = "tiny", seed: int = 0) -> Path:
    """Write a random-weight model for a fast TotalSegmentator task; returns the model folder."""
    import torch
    from dynamic_network_architectures.architectures.unet import PlainConvUNet
    from totalsegmentator.map_tasks_config import TASK_ID_WEIGHTS_CONFIGS
    from totalsegmentator.map_to_binary import class_map

    if task_id not in FAST_TASKS:
        raise ValueError(f"task_id must be one of {sorted(FAST_TASKS)}, got {task_id}")
    if size not in _SIZES:
        raise ValueError(f"size must be one of {sorted(_SIZES)}, got {size!r}")
    task, trainer, spacing = FAST_TASKS[task_id]
    foldername = TASK_ID_WEIGHTS_CONFIGS[task_id]["foldername"]
    modality = "MR" if task.endswith("_mr") else "CT"
    plans = _plans(foldername, spacing, modality, size)
    labels = {"background": 0, **{name: cid for cid, name in sorted(class_map[task].items())}}
    dataset = {"channel_names": {"0": modality}, "labels": labels, "numTraining": 1, "file_ending": ".nii.gz"}
    kwargs = dict(plans["configurations"]["3d_fullres"]["architecture"]["arch_kwargs"])  # type: ignore[index]
    kwargs.update(conv_op=torch.nn.Conv3d, norm_op=torch.nn.InstanceNorm3d, nonlin=torch.nn.LeakyReLU,
                  dropout_op=None)
    torch.manual_seed(seed)
    network = PlainConvUNet(input_channels=1, num_classes=len(labels), deep_supervision=False, **kwargs)
    folder = Path(weights_dir) / foldername / f"{trainer}__nnUNetPlans__3d_fullres"
    (folder / "fold_0").mkdir(parents=True, exist_ok=True)
    (folder / "plans.json").write_text(json.dumps(plans, indent=1))
    (folder / "dataset.json").write_text(json.dumps(dataset, indent=1))
    torch.save({"network_weights": network.state_dict(), "trainer_name": trainer,
                "init_args": {"plans": plans, "configuration": "3d_fullres", "fold": 0, "dataset_json": dataset},
                "inference_allowed_mirroring_axes": None}, folder / "fold_0" / "checkpoint_final.pth")
    return folder
