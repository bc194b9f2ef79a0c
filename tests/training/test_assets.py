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
