"""Entry point of the CT model job, launched by Dagster Pipes or run by hand.

    python -m training.ct_clip_job --release DATA/dataset --config tiny --out DIR --steps N

Under Pipes (PipesSubprocessClient, PipesK8sClient) progress goes to the Dagster log and the metrics
plus the checkpoint path come back as materialization metadata. Run by hand, `open_dagster_pipes`
returns a no-op context (dagster_pipes warns that no orchestrator is attached) and the metrics are
printed as one JSON line and written to OUT/metrics.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dagster_pipes import open_dagster_pipes


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ct_clip_job", description=__doc__.splitlines()[0])
    parser.add_argument("--release", required=True, type=Path, help="the release root (data_dir/dataset)")
    parser.add_argument("--config", default="tiny", help="preset name (tiny, base) or a JSON/YAML path")
    parser.add_argument("--out", required=True, type=Path, help="folder for checkpoint.pt and metrics.json")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--device", default="cpu", help="torch device: cpu, cuda, cuda:0")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from training.config import load_config
    from training.train import train_ct_clip

    with open_dagster_pipes() as pipes:
        config = load_config(args.config)
        result = train_ct_clip(args.release.resolve(), config, args.out, steps=args.steps, device=args.device,
                               on_progress=pipes.log.info)
        metadata: dict[str, object] = {k: v for k, v in result.metrics.items()}
        metadata["checkpoint"] = {"raw_value": str(result.checkpoint), "type": "path"}
        pipes.report_asset_materialization(metadata=metadata)
        print(json.dumps(result.metrics | {"checkpoint": str(result.checkpoint)}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
