"""Entry point of a seed trainer run: the seed repository's own command on a radcurate export.

    python -m training.seed_launch --checkout ~/radgrounder \
        --command "bash radgrounder/grounded_gemma/run_train_detect.sh" \
        --env REFRAD2D_DICOM_DIR=... --env ...

The trainer is the seed's code, launched as it is in its own checkout (cwd), with the environment variables
that point its loaders at the export (radgrounder: REFRAD2D_*; radfinder: MEDV_DATA_DIR). As for the SFT job,
every stdout line that is a JSON object is a metrics line, forwarded through Pipes; the last value of each key
becomes materialization metadata.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path

from dagster_pipes import open_dagster_pipes

from training.sft_launch import metrics_metadata, run_command


def parse_env(items: list[str]) -> dict[str, str]:
    """`NAME=VALUE` pairs; ValueError names the bad item."""
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--env {item!r}: expected NAME=VALUE")
        out[name.strip()] = value
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="seed_launch", description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", required=True, type=Path, help="the seed repository's local checkout")
    parser.add_argument("--command", required=True, help="the trainer command, run in the checkout")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.checkout.is_dir():
        raise SystemExit(f"--checkout {args.checkout}: no such folder")
    env = parse_env(args.env)
    with open_dagster_pipes() as pipes:
        os.environ.update(env)
        pipes.log.info(f"seed trainer in {args.checkout.name}: {len(env)} variables point at the export")
        metrics = run_command(shlex.split(args.command), lambda m: pipes.log.info(json.dumps(m, sort_keys=True)),
                              cwd=args.checkout)
        pipes.report_asset_materialization(metadata=metrics_metadata({}, metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
