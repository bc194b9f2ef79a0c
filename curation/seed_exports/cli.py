"""`radcurate export refrad2d|ct-rate OUT [--data DIR]`: the seed trainers' layouts from the curated tables."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def _run(args: argparse.Namespace) -> int:
    from curation.paths import DataPaths

    paths = DataPaths.from_env(args.data, None)
    if not (paths.data_dir / "tables").is_dir():
        raise ValueError(f"--data {paths.data_dir}: no curated tables there (run `radcurate curate` first)")
    if args.layout == "ct-rate":
        from curation.seed_exports.ctrate import write_ct_rate

        summary = write_ct_rate(paths, args.out)
        print(f"ct-rate: {sum(summary.volumes.values())} CT volumes {summary.volumes}, {summary.reports} reports, "
              f"{summary.labelled} labelled, {summary.slices} snippet slices "
              f"({summary.slices_without_both_languages} left out: text in one language only) -> {args.out}")
        print("RadFinder reads it as MEDV_DATA_DIR/public/CT-RATE: name OUT so, or link it there")
    else:
        from curation.keys import Pseudonymizer, load_secret
        from curation.seed_exports.refrad2d import write_refrad2d

        summary = write_refrad2d(paths, args.out, Pseudonymizer(load_secret()))
        print(f"refrad2d: {summary.slices} slices {summary.by_split}, {summary.with_boxes} with boxes, "
              f"{summary.skipped} referenced images left out {dict(summary.skipped_reasons)} -> {args.out}")
        print(f"RadGrounder: set -a; source {args.out}/refrad2d.env; set +a")
    return 0


def add_parser(subparsers: Any) -> None:
    """Register `export` on the radcurate command line."""
    parser = subparsers.add_parser("export", help="write the curated data in a seed trainer's own layout")
    parser.add_argument("layout", choices=("refrad2d", "ct-rate"),
                        help="refrad2d: RadGrounder's docs/DATASET_FORMAT.md; ct-rate: CT-RATE's folders "
                             "(RadFinder's loaders) with snippet slices")
    parser.add_argument("out", type=Path, metavar="OUT", help="export folder (created; re-running updates it)")
    parser.add_argument("--data", type=Path, default=None, help="data dir (default RADCURATE_DATA_DIR or ./data)")
    parser.set_defaults(func=_run)
