"""The `radcurate` console script: synth, curate, demo, mine-refs, scrub-text.

Each command's parser is registered by the module that owns the logic; this file only wires them.
Heavy modules are imported inside the handlers so `radcurate --help` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from curation.inbox_cli import add_parser as add_inbox_parser
from curation.keys import MissingSecretError
from curation.reports.cli import add_parser as add_scrub_text_parser
from curation.snippets.cli import add_parser as add_mine_refs_parser


def _curate(args: argparse.Namespace) -> int:
    from radcurate.orchestrate import curate, parse_report_columns

    report_columns = parse_report_columns(args.report_column)
    result = curate([Path(e) for e in args.exports], data_dir=args.data, vault_dir=args.vault,
                    corpus=not args.no_corpus, report_columns=report_columns)
    for export_id in result.export_ids:
        print(f"export partition: {export_id}")
    print("runs:", ", ".join(result.run_ids))
    print("success" if result.success else "FAILED: open the runs in the Dagster UI for details")
    return 0 if result.success else 1


def _demo(args: argparse.Namespace) -> int:
    from curation.synth import SynthOptions, write_synthetic_export
    from radcurate.orchestrate import configure_environment, curate, demo_secret_into_env

    root = Path(args.dir).absolute()
    paths = configure_environment(args.data or root / "data", args.vault or root / "vault")
    demo_secret_into_env(paths)
    export = root / "exports" / "export_0001"
    if not (export / "EXPORT_COMPLETE").exists():
        write_synthetic_export(export, SynthOptions(patients=args.patients, seed=args.seed, bad_files=True))
    result = curate([export], data_dir=paths.data_dir, vault_dir=paths.vault_dir)
    print(f"synthetic export:  {export}")
    print(f"curated data:      {paths.data_dir}  (tables/, volumes/, dataset/)")
    print(f"vault:             {paths.vault_dir}  (re-identification material; never share)")
    print("open the UI:       make ui  ->  http://127.0.0.1:3000  (same DAGSTER_HOME and demo key)")
    return 0 if result.success else 1


DESCRIPTION = """Radiology data curation: DICOM exports and report tables in, de-identified training data out.
Start with `radcurate demo`; real exports need RADCURATE_SECRET (see README.md)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="radcurate", description=DESCRIPTION)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (counts only, never PHI)")
    sub = parser.add_subparsers(dest="command", required=True)

    from curation.synth.cli import add_synth_parser

    add_synth_parser(sub)

    curate = sub.add_parser("curate", help="register exports as partitions and materialize the graph")
    curate.add_argument("exports", nargs="+", help="export folder(s)")
    curate.add_argument("--data", type=Path, default=None, help="data dir (default RADCURATE_DATA_DIR or ./data)")
    curate.add_argument("--vault", type=Path, default=None, help="vault dir (default RADCURATE_VAULT_DIR or ./vault)")
    curate.add_argument("--no-corpus", action="store_true", help="only the per-export assets")
    curate.add_argument("--report-column", action="append", default=[], metavar="FIELD=COLUMN",
                        help="report table column mapping, repeatable, e.g. report_text=Befundtext "
                             "(fields: report_text, accession_number, patient_id, study_instance_uid, "
                             "report_date, language)")
    curate.set_defaults(func=_curate)

    demo = sub.add_parser("demo", help="synthetic export + curate with embedded defaults")
    demo.add_argument("--dir", default="demo", help="where the demo export, data and vault go")
    demo.add_argument("--data", type=Path, default=None)
    demo.add_argument("--vault", type=Path, default=None)
    demo.add_argument("--patients", type=int, default=4)
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(func=_demo)

    add_mine_refs_parser(sub)
    add_scrub_text_parser(sub)
    add_inbox_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except MissingSecretError as exc:
        print(f"radcurate: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"radcurate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
