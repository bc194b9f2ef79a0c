"""TrainingLauncher: how the training assets start their jobs (which Python, which env, which command).

The jobs run out of process through Dagster Pipes: locally with `dg.PipesSubprocessClient` (resource key
`pipes_subprocess_client`), on a cluster with `dagster_k8s.PipesK8sClient` (docs/training.md). Torch
lives only in the job's environment, so `python` may point at a separate venv with CUDA wheels while
Dagster itself runs on the CPU venv.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dagster as dg
from pydantic import Field

PROJECT_ROOT = Path(__file__).resolve().parents[1]


class TrainingLauncher(dg.ConfigurableResource):
    """Python executable and environment of the training jobs, and the user's SFT command template.

    `sft_command` is a template with {sft_dir}, {train_file}, {validation_file}, {test_file},
    {images_dir}; e.g. "torchrun --nproc-per-node 8 finetune.py --data {train_file} --images {sft_dir}".
    Empty means "export the SFT data only".
    """

    python: str = Field(default="", description="job interpreter; empty: the one running Dagster")
    extra_env: dict[str, str] = Field(default_factory=dict, description="extra environment for the job")
    sft_command: str = Field(default="", description="fine-tuning command template")
    device: str = Field(default="cpu", description="torch device for the CT job: cpu, cuda, cuda:0")

    def executable(self) -> str:
        return self.python or sys.executable

    def env(self) -> dict[str, str]:
        """The job's extra environment: the project importable even when not pip-installed."""
        path = os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p)
        return {"PYTHONPATH": path} | dict(self.extra_env)

    def ct_clip_command(self, *, release: Path, out: Path, config: str, steps: int, device: str = "") -> list[str]:
        if steps < 1:
            raise ValueError(f"steps must be >= 1, got {steps}")
        return [self.executable(), "-m", "training.ct_clip_job", "--release", str(release),
                "--config", config, "--out", str(out), "--steps", str(steps), "--device", device or self.device]

    def sft_launch_command(self, *, release: Path, out: Path, command: str = "") -> list[str]:
        return [self.executable(), "-m", "training.sft_launch", "--release", str(release),
                "--out", str(out), "--command", command or self.sft_command]

    def seed_command(self, *, checkout: str, command: str, env: dict[str, str]) -> list[str]:
        """A seed repository's own trainer, run in its checkout with `env` pointing it at an export."""
        if not checkout or not command.strip():
            raise ValueError("a seed trainer run needs `checkout` (the seed repository's folder) and `command`")
        argv = [self.executable(), "-m", "training.seed_launch", "--checkout", checkout, "--command", command]
        for name, value in sorted(env.items()):
            argv += ["--env", f"{name}={value}"]
        return argv
