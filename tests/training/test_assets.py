"""Both training assets materialize through PipesSubprocessClient; the job's metrics arrive as metadata."""

import sys

import dagster as dg

from assets.training import ct_clip_model, radgrounder_sft
from curation.paths import DataPaths
from resources import build_resources
from resources.launcher import TrainingLauncher
from resources.storage import RadcurateStorage
from tests.conftest import TEST_SECRET

TRAINER = "import json; print(json.dumps({'eval_loss': 0.75, 'checkpoint': 'out/ckpt'}))"


def test_resources_include_launcher_and_pipes_client() -> None:
    resources = build_resources()
    assert isinstance(resources["launcher"], TrainingLauncher)
    assert isinstance(resources["pipes_subprocess_client"], dg.PipesSubprocessClient)


def test_training_assets_report_metrics_through_pipes(tiny_paths: DataPaths) -> None:
    resources = {
        "storage": RadcurateStorage(data_dir=str(tiny_paths.data_dir), vault_dir=str(tiny_paths.vault_dir),
                                    secret=TEST_SECRET),
        "launcher": TrainingLauncher(sft_command=f"{sys.executable} -c \"{TRAINER}\""),
        "pipes_subprocess_client": dg.PipesSubprocessClient(),
    }
    result = dg.materialize([ct_clip_model, radgrounder_sft], resources=resources,
                            instance=dg.DagsterInstance.ephemeral(),
                            run_config={"ops": {"ct_clip_model": {"config": {"steps": 6}}}})
    assert result.success
    by_asset = {m.asset_key.to_user_string(): m.metadata
                for m in result.get_asset_materialization_events()
                for m in [m.event_specific_data.materialization]}
    clip = by_asset["ct_clip_model"]
    assert clip["steps"].value == 6 and clip["config"].value == "tiny" and clip["eval_split"].value == "test"
    assert clip["train_loss_after"].value < clip["train_loss_before"].value
    assert 0.0 <= clip["retrieval_R@1"].value <= 100.0 and clip["loc_snippets"].value == 4
    assert clip["checkpoint"].value.endswith("checkpoint.pt")
    assert (tiny_paths.data_dir / "models" / "ct_clip_model" / result.run_id / "checkpoint.pt").is_file()
    sft = by_asset["radgrounder_sft"]
    assert sft["sft_train_grounding"].value == 10 and sft["train_eval_loss"].value == 0.75
    assert sft["checkpoint"].value == "out/ckpt"


SEED_TRAINER = """import json, os, pathlib
print("loading the seed's own dataset code")
print(json.dumps({"cwd": pathlib.Path.cwd().name, "vqa_parquet": os.environ.get("REFRAD2D_VQA_PARQUET", ""),
                  "medv": os.environ.get("MEDV_DATA_DIR", ""), "loss": 1.25}))
"""


def test_seed_trainers_run_in_their_checkout_pointed_at_the_exports(tiny_paths: DataPaths, tmp_path) -> None:
    from assets.training import radfinder_seed_training, radgrounder_seed_training

    checkout = tmp_path / "radgrounder"
    checkout.mkdir()
    (checkout / "train.py").write_text(SEED_TRAINER)
    resources = {
        "storage": RadcurateStorage(data_dir=str(tiny_paths.data_dir), vault_dir=str(tiny_paths.vault_dir),
                                    secret=TEST_SECRET),
        "launcher": TrainingLauncher(), "pipes_subprocess_client": dg.PipesSubprocessClient()}
    config = {"checkout": str(checkout), "command": f"{sys.executable} train.py"}
    result = dg.materialize([radgrounder_seed_training, radfinder_seed_training], resources=resources,
                            instance=dg.DagsterInstance.ephemeral(),
                            run_config={"ops": {"radgrounder_seed_training": {"config": config},
                                                "radfinder_seed_training": {"config": config}}})
    assert result.success
    by_asset = {m.asset_key.to_user_string(): m.metadata
                for m in result.get_asset_materialization_events()
                for m in [m.event_specific_data.materialization]}
    grounder, finder = by_asset["radgrounder_seed_training"], by_asset["radfinder_seed_training"]
    assert grounder["train_cwd"].value == "radgrounder" and grounder["train_loss"].value == 1.25
    assert grounder["train_vqa_parquet"].value == str(
        (tiny_paths.data_dir / "seed_exports" / "refrad2d" / "refrad2d_vqa_dataset.parquet").resolve())
    assert finder["train_medv"].value == str(tiny_paths.data_dir / "seed_exports" / "radfinder")


def test_seed_trainer_needs_a_checkout_and_command() -> None:
    import pytest

    with pytest.raises(ValueError, match="needs `checkout`"):
        TrainingLauncher().seed_command(checkout="", command="python train.py", env={})
