"""The console script as a user meets it: help, -v anywhere, summaries, one-line interrupts."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from radcurate.cli import build_parser, main
from radcurate.console_log import FirstLineFormatter
from radcurate.summary import AssetLine, RunSummary, render


@pytest.mark.parametrize("argv", [["-v", "mine-refs", "--in", "a", "--out", "b"],
                                  ["mine-refs", "-v", "--in", "a", "--out", "b"],
                                  ["curate", "x", "--verbose"]])
def test_verbose_before_or_after_the_subcommand(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).verbose is True


def test_every_option_has_help_and_shows_its_default(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    text = capsys.readouterr().out
    assert "--patients PATIENTS  synthetic patients in the demo export (default: 4)" in text
    assert "(default: 7)" in text and "data dir (default DIR/data)" in text
    with pytest.raises(SystemExit):
        main(["curate", "--help"])
    text = capsys.readouterr().out
    assert "RADCURATE_SECRET" in text and "RADCURATE_VAULT_DIR" in text and "DAGSTER_HOME" in text
    parser = build_parser()
    for action in parser._subparsers._group_actions[0].choices.values():  # every subcommand
        for option in action._actions:
            assert option.help, f"{action.prog} {option.option_strings or option.dest} has no help"


def test_missing_input_file_is_named(tmp_path, capsys) -> None:
    missing = tmp_path / "nope.jsonl"
    assert main(["scrub-text", "--in", str(missing), "--out", str(tmp_path / "o.jsonl")]) == 2
    assert f"--in {missing}: no such file" in capsys.readouterr().err


def test_scrub_text_says_what_it_wrote(tmp_path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "Pat. Erika Mustermann, geb. 01.02.1960."}\n', encoding="utf-8")
    assert main(["scrub-text", "--in", str(source), "--out", str(tmp_path / "out.jsonl")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("scrub-text: 1 texts, ") and out.rstrip().endswith(str(tmp_path / "out.jsonl"))


def test_summary_lines_are_aligned_and_name_failures() -> None:
    summary = RunSummary((AssetLine("dicom_index", (("files", 583), ("images", 580))),
                          AssetLine("volumes", ())), ("volumes",), ("reports:reports_phi_free",))
    assert render(summary) == ["  dicom_index  files 583, images 580", "  volumes      done",
                               "  FAILED steps: volumes", "  FAILED checks: reports:reports_phi_free"]


def test_first_line_formatter_drops_the_stack() -> None:
    record = logging.LogRecord("dagster", logging.ERROR, __file__, 1,
                               'Execution of step "volumes" failed.\n\nStack Trace:\n  File x', None, None)
    line = FirstLineFormatter("%(levelname)s - %(message)s").format(record)
    assert line == 'ERROR - Execution of step "volumes" failed. (details: -v, or the run in the Dagster UI)'


@pytest.mark.e2e
def test_curate_summary_and_ctrl_c_in_one_line(tmp_path: Path) -> None:
    from tests.e2e.conftest import curate_env

    radcurate = str(Path(sys.executable).with_name("radcurate"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "RADCURATE_"))}
    env |= curate_env(tmp_path) | {"RADCURATE_SITE": "Radiologie Nord"}
    subprocess.run([radcurate, "synth", str(tmp_path / "export"), "--patients", "1"], env=env, check=True,
                   capture_output=True)
    done = subprocess.run([radcurate, "curate", str(tmp_path / "export")], env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "export partition exp_" in out and ": Radiologie Nord · received " in out
    for asset in ("dicom_index", "volumes", "snippet_pairs", "vqa_items", "dataset"):
        assert f"\n  {asset} " in out, asset
    assert "written to:  " in out and out.rstrip().endswith("success")
    # Ctrl-C while the export runs: one line, exit 130, no traceback.
    proc = subprocess.Popen([radcurate, "curate", str(tmp_path / "export")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (Path(env["DAGSTER_HOME"]) / "storage").exists():
        time.sleep(0.2)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr and "Stack Trace" not in stderr
    assert stderr.rstrip().splitlines()[-1].startswith("radcurate: interrupted (SIGINT/SIGTERM);")


def _wait_until_the_cli_catches_signals(pid: int, timeout_s: float = 60.0) -> None:
    """Wait until radcurate's handler is installed: SIGTERM caught (SigCgt in /proc/<pid>/status; Python
    itself catches SIGINT from its start, SIGTERM only radcurate.console). Before that only the interpreter's
    own start-up runs, which no program can handle; on a loaded machine it can outlast any fixed delay."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        pytest.skip("needs /proc to see when the process catches SIGINT")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
        if int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)):
            return
        time.sleep(0.002)
    raise AssertionError("the CLI did not install its signal handler")


@pytest.mark.parametrize("delay_s", [0.0, 0.05, 0.3])
def test_ctrl_c_while_the_cli_still_imports_is_one_line_and_130(tmp_path: Path, delay_s: float) -> None:
    """Ctrl-C before any step runs (the sub-commands' modules still loading) ends like any other interrupt."""
    radcurate = str(Path(sys.executable).with_name("radcurate"))
    proc = subprocess.Popen([radcurate, "synth", str(tmp_path / "export"), "--patients", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_until_the_cli_catches_signals(proc.pid)
    time.sleep(delay_s)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    assert stderr.rstrip().splitlines()[-1].startswith("radcurate: interrupted (SIGINT/SIGTERM);")


def test_sigterm_while_the_cli_imports_is_one_line_and_130(tmp_path: Path) -> None:
    """`kill` (SIGTERM) stops the command as Ctrl-C does, also before any step runs."""
    radcurate = str(Path(sys.executable).with_name("radcurate"))
    proc = subprocess.Popen([radcurate, "synth", str(tmp_path / "export"), "--patients", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_until_the_cli_catches_signals(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    assert stderr.rstrip().splitlines()[-1].startswith("radcurate: interrupted (SIGINT/SIGTERM);")
