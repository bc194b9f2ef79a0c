"""SFT export structure and location tokens; the user's command is launched and its metrics collected."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from training.sft_export import box_tokens, export_sft, loc_token
from training.sft_launch import render_command, run_command


def test_loc_tokens_bin_to_512_and_clamp() -> None:
    assert loc_token(0, 256) == "<loc0000>" and loc_token(128, 256) == "<loc0256>"
    assert loc_token(256, 256) == "<loc0511>"  # the right edge would be bin 512
    assert box_tokens([0, 6, 23, 11], 24, 24) == "<loc0000><loc0128><loc0490><loc0234>"
    with pytest.raises(ValueError, match="bbox must be"):
        box_tokens([1, 2, 3], 24, 24)


def test_export_conversations(tiny_release: Path, tmp_path: Path) -> None:
    summary = export_sft(tiny_release, tmp_path / "sft")
    assert summary.records["train/report_generation"] == 20  # 10 slices x (de, en)
    assert summary.records["train/vqa"] == 10 and summary.records["train/grounding"] == 10
    assert summary.records["test/grounding"] == 4 and summary.skipped_no_image == 0
    assert summary.images == 14
    rows = [json.loads(line) for line in (tmp_path / "sft" / "train.jsonl").read_text().splitlines()]
    grounding = next(r for r in rows if r["task"] == "grounding")
    human, gpt = grounding["conversations"]
    assert human == {"from": "human", "value": "<image>\nWo im Bild ist: Niere?"}
    assert gpt == {"from": "gpt", "value": "Niere<loc0000><loc0128><loc0490><loc0234>"}
    assert (tmp_path / "sft" / grounding["image"]).read_bytes().startswith(b"\x89PNG")
    vqa = next(r for r in rows if r["task"] == "vqa")
    assert vqa["conversations"][0]["value"] == "<image>\nIs there a lesion?\nOptions: yes, no"
    assert vqa["choices"] == ["yes", "no"] and vqa["conversations"][1]["value"] == "yes"
    report = next(r for r in rows if r["task"] == "report_generation" and r["lang"] == "de")
    assert report["conversations"][0]["value"].endswith("in diesem CT-Schnittbild.")
    first = (tmp_path / "sft" / "train.jsonl").read_bytes()
    export_sft(tiny_release, tmp_path / "sft")
    assert (tmp_path / "sft" / "train.jsonl").read_bytes() == first


TRAINER = ("import json,sys; print('loading'); print(json.dumps({'epoch': 1, 'loss': 2.5})); "
           "print(json.dumps({'epoch': 2, 'loss': 1.25, 'checkpoint': sys.argv[1] + '/ckpt'}))")


def test_command_is_launched_and_metrics_collected(tmp_path: Path) -> None:
    argv = render_command(f"{sys.executable} -c \"{TRAINER}\" {{sft_dir}}", tmp_path)
    assert argv[-1] == str(tmp_path)
    seen: list[dict] = []
    last = run_command(argv, seen.append)
    assert [s["loss"] for s in seen] == [2.5, 1.25]
    assert last == {"epoch": 2, "loss": 1.25, "checkpoint": f"{tmp_path}/ckpt"}
    with pytest.raises(RuntimeError, match="status 3"):
        run_command([sys.executable, "-c", "raise SystemExit(3)"], seen.append)
    with pytest.raises(ValueError, match="unknown placeholder"):
        render_command("train {data_dir}", tmp_path)


def test_sft_launch_runs_standalone(tiny_release: Path, tmp_path: Path) -> None:
    """Without Dagster, open_dagster_pipes is a no-op: the job still exports, launches and prints."""
    command = f"{sys.executable} -c \"{TRAINER}\" {{sft_dir}}"
    done = subprocess.run([sys.executable, "-m", "training.sft_launch", "--release", str(tiny_release),
                           "--out", str(tmp_path / "sft"), "--command", command],
                          capture_output=True, text=True, check=True)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["sft_train_vqa"] == 10 and summary["metrics"]["loss"] == 1.25
