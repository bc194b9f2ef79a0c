"""The `radcurate synth` subcommand: argparse wiring only, the work is in export.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from curation.synth.export import SynthOptions, write_synthetic_export


def add_synth_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register `synth OUT [--patients N] [--seed S] [--bad-files] [--matrix M] [--tilted-head-ct]`."""
    parser = subparsers.add_parser(
        "synth", help="write a synthetic hospital export (DICOM + reports) and its truth"
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="export folder to create (must be empty)")
    parser.add_argument("--patients", type=int, default=3, help="number of patients (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="random seed; same seed, same bytes (default 0)")
    parser.add_argument(
        "--bad-files", action="store_true", help="add broken/unwanted files and an orphan report"
    )
    parser.add_argument("--matrix", type=int, default=128, help="rows/columns of axial images (default 128)")
    parser.add_argument("--tilted-head-ct", action="store_true",
                        help="the first patient also gets a head CT acquired with a 12-degree gantry tilt")
    parser.set_defaults(func=run_synth)
    return parser


def run_synth(args: argparse.Namespace) -> int:
    truth = write_synthetic_export(
        args.out,
        SynthOptions(patients=args.patients, seed=args.seed, bad_files=args.bad_files, matrix=args.matrix,
                     tilted_head_ct=args.tilted_head_ct),
    )
    print(f"export: {args.out}")
    print(f"truth:  {truth}")
    return 0
