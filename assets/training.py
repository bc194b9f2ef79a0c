"""Training assets: the CT vision-language model and the RadGrounder SFT run, launched through Pipes.

Each asset only builds the command and hands it to PipesSubprocessClient; the job reports its metrics
and checkpoint path back as this asset's materialization metadata. Outputs land under
data_dir/models/<asset>/<run_id>/.
"""


from pathlib import Path

import dagster as dg

from assets.partitions import GPU_POOL, TRAINING_GROUP
from assets.seed_exports import ct_rate_root, env_for, refrad2d_dir
from resources.launcher import TrainingLauncher
from resources.storage import RadcurateStorage


class CTClipRunConfig(dg.Config):
    """Which model config (preset name or JSON/YAML path), how many steps, and on which device."""

    config_name: str = "tiny"
    steps: int = 200
    device: str = ""  # empty: the launcher's device


class SftRunConfig(dg.Config):
    """The fine-tuning command template; empty: the launcher's `sft_command` (or export only)."""

    command: str = ""


def _release(storage: RadcurateStorage) -> Path:
    release = storage.paths.dataset_dir
    if not (release / "data").is_dir():
        raise dg.Failure("no release found: materialize the dataset asset first")
    return release


@dg.asset(group_name=TRAINING_GROUP, pool=GPU_POOL, deps=["dataset"], code_version="1",
          kinds={"pytorch"})
def ct_clip_model(context: dg.AssetExecutionContext, config: CTClipRunConfig, storage: RadcurateStorage,
                  launcher: TrainingLauncher,
                  pipes_subprocess_client: dg.PipesSubprocessClient) -> dg.MaterializeResult:
    """3D CT SigLIP model with disease prompts and snippet depth head; R@k and depth errors as metadata."""
    out = storage.paths.data_dir / "models" / "ct_clip_model" / context.run.run_id
    command = launcher.ct_clip_command(release=_release(storage), out=out, config=config.config_name,
                                       steps=config.steps, device=config.device)
    return pipes_subprocess_client.run(command=command, context=context,
                                       env=launcher.env()).get_materialize_result()


@dg.asset(group_name=TRAINING_GROUP, pool=GPU_POOL, deps=["dataset"], code_version="1")
def radgrounder_sft(context: dg.AssetExecutionContext, config: SftRunConfig, storage: RadcurateStorage,
                    launcher: TrainingLauncher,
                    pipes_subprocess_client: dg.PipesSubprocessClient) -> dg.MaterializeResult:
    """Conversation-format SFT export, then the user's fine-tuning command; its metrics as metadata."""
    out = storage.paths.data_dir / "models" / "radgrounder_sft" / context.run.run_id
    command = launcher.sft_launch_command(release=_release(storage), out=out, command=config.command)
    return pipes_subprocess_client.run(command=command, context=context,
                                       env=launcher.env()).get_materialize_result()


class SeedTrainerConfig(dg.Config):
    """A seed repository's local checkout and its own training command (run in the checkout)."""

    checkout: str = ""
    command: str = ""


@dg.asset(group_name=TRAINING_GROUP, pool=GPU_POOL, deps=["refrad2d_export"], code_version="1")
def radgrounder_seed_training(context: dg.AssetExecutionContext, config: SeedTrainerConfig,
                              storage: RadcurateStorage, launcher: TrainingLauncher,
                              pipes_subprocess_client: dg.PipesSubprocessClient) -> dg.MaterializeResult:
    """RadGrounder's own trainer on the RefRad2D export (its REFRAD2D_* variables point at the export)."""
    command = launcher.seed_command(checkout=config.checkout, command=config.command,
                                    env=env_for(refrad2d_dir(storage)))
    return pipes_subprocess_client.run(command=command, context=context,
                                       env=launcher.env()).get_materialize_result()


@dg.asset(group_name=TRAINING_GROUP, pool=GPU_POOL, deps=["ct_rate_export"], code_version="1")
def radfinder_seed_training(context: dg.AssetExecutionContext, config: SeedTrainerConfig,
                            storage: RadcurateStorage, launcher: TrainingLauncher,
                            pipes_subprocess_client: dg.PipesSubprocessClient) -> dg.MaterializeResult:
    """RadFinder's own trainer on the CT-RATE export (MEDV_DATA_DIR points at it)."""
    command = launcher.seed_command(checkout=config.checkout, command=config.command,
                                    env={"MEDV_DATA_DIR": str(ct_rate_root(storage))})
    return pipes_subprocess_client.run(command=command, context=context,
                                       env=launcher.env()).get_materialize_result()
