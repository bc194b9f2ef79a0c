"""Entry point of the RadGrounder SFT job: export the SFT data, then launch the user's trainer.

    python -m training.sft_launch --release DATA/dataset --out DIR \
        --command "torchrun --nproc-per-node 8 train.py --data {train_file} --image-root {sft_dir}"

The fine-tuning itself is the user's command (launched, not reimplemented). Placeholders: {sft_dir},
{train_file}, {validation_file}, {test_file}, {images_dir}. Every stdout line of the command that is a
JSON object is a metrics line: it is forwarded to the Dagster log through Pipes, and the last value of
each key ends up in the materialization metadata (a "checkpoint" key is reported as a path). Other
lines pass through to this process's stdout.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from dagster_pipes import open_dagster_pipes

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # literal braces (a dict in -c code) stay
PLACEHOLDERS = ("sft_dir", "train_file", "validation_file", "test_file", "images_dir")


def render_command(template: str, sft_dir: Path) -> list[str]:
    """The template split like a shell would (no shell runs), placeholders replaced literally."""
    if not template.strip():
        raise ValueError("command: the fine-tuning command template is empty")
    values = {"sft_dir": sft_dir, "train_file": sft_dir / "train.jsonl",
              "validation_file": sft_dir / "validation.jsonl", "test_file": sft_dir / "test.jsonl",
              "images_dir": sft_dir / "images"}
    parts = []
    for part in shlex.split(template):
        for name, value in values.items():
            part = part.replace("{" + name + "}", str(value))
        unknown = PLACEHOLDER.search(part)
        if unknown:
            raise ValueError(f"command: unknown placeholder {unknown.group(0)}; known: {PLACEHOLDERS}")
        parts.append(part)
    return parts


def run_command(argv: list[str], on_metrics: Callable[[dict], None], *, cwd: Path | None = None) -> dict:
    """Run the trainer, stream its stdout, collect JSON metrics lines; raise on a non-zero exit."""
    last: dict = {}
    with subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=cwd, bufsize=1) as process:
        assert process.stdout is not None
        for line in process.stdout:
            stripped = line.strip()
            record = None
            if stripped.startswith("{"):
                try:
                    record = json.loads(stripped)
                except json.JSONDecodeError:
                    record = None
            if isinstance(record, dict):
                last.update(record)
                on_metrics(record)
            else:
                sys.stdout.write(line)
    if process.returncode:
        raise RuntimeError(f"training command exited with status {process.returncode}")
    return last


def metrics_metadata(export: dict[str, int], metrics: dict) -> dict[str, object]:
    """Materialization metadata: the export counts, then the last value of each metric (checkpoint as a path)."""
    metadata: dict[str, object] = dict(export)
    for key, value in metrics.items():
        if key == "checkpoint":
            metadata["checkpoint"] = {"raw_value": str(value), "type": "path"}
        elif isinstance(value, bool | int | float | str):
            metadata[f"train_{key}"] = value
    return metadata


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sft_launch", description=__doc__.splitlines()[0])
    parser.add_argument("--release", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path, help="SFT folder: <split>.jsonl and images/")
    parser.add_argument("--command", default="", help="fine-tuning command template; empty: export only")
    parser.add_argument("--cwd", type=Path, default=None)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from training.sft_export import export_sft

    with open_dagster_pipes() as pipes:
        summary = export_sft(args.release.resolve(), args.out)
        export = summary.metadata()
        pipes.log.info(f"SFT export: {sum(summary.records.values())} records, {summary.images} images")
        metrics: dict = {}
        if args.command:
            argv_cmd = render_command(args.command, args.out.resolve())
            metrics = run_command(argv_cmd, lambda m: pipes.log.info(json.dumps(m, sort_keys=True)), cwd=args.cwd)
        metadata = metrics_metadata(export, metrics)
        metadata["sft_dir"] = {"raw_value": str(args.out.resolve()), "type": "path"}
        pipes.report_asset_materialization(metadata=metadata)
        print(json.dumps({k: v for k, v in export.items()} | {"metrics": metrics}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
