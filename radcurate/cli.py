"""The `radcurate` console script: synth, curate, forget, demo, mine-refs, scrub-text, label-reports.

Each command's parser is registered by the module that owns the logic; this file only wires them.
Heavy modules are imported inside the handlers so `radcurate --help` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from curation.inbox_cli import add_parser as add_inbox_parser
from curation.keys import MissingSecretError
from curation.labels.cli import add_parser as add_label_reports_parser
from curation.reports.cli import add_parser as add_scrub_text_parser
from curation.seed_exports.cli import add_parser as add_export_parser
from curation.snippets.cli import add_parser as add_mine_refs_parser
from radcurate.interrupts import INTERRUPTED_MESSAGE, raise_if_interrupted
from radcurate.interrupts import remember as remember_interrupts

if TYPE_CHECKING:  # the heavy modules load inside main(), where Ctrl-C during their import is handled
    from radcurate.orchestrate import CurateResult


def _curate(args: argparse.Namespace) -> int:
    from radcurate.orchestrate import curate, parse_report_columns

    report_columns = parse_report_columns(args.report_column)
    result = curate([Path(e) for e in args.exports], data_dir=args.data, vault_dir=args.vault,
                    corpus=not args.no_corpus, report_columns=report_columns, demo=args.demo,
                    full_errors=getattr(args, "verbose", False))
    print_curate_result(result)
    return 0 if result.success else 1


def print_curate_result(result: CurateResult) -> None:
    """Per run: the export it curated (partition key and label), then one line per asset, then where to look."""
    from curation.paths import DataPaths
    from radcurate.summary import render

    for n, summary in enumerate(result.summaries):
        if n < len(result.export_ids):
            label = next((line.label for line in summary.assets if line.label), None)
            print(f"export partition {result.export_ids[n]}" + (f": {label}" if label else ""))
        else:
            print("corpus:")
        for line in render(summary):
            print(line)
    paths = DataPaths.from_env(None, None)
    print(f"written to:  {paths.data_dir}  (tables/, volumes/, dataset/ = the current release)")
    print(f"runs: {', '.join(result.run_ids)}")
    print("UI: make ui (same DAGSTER_HOME), then http://127.0.0.1:3000/runs")
    print("success" if result.success else "FAILED: see the FAILED lines above and the runs in the Dagster UI")


def _forget(args: argparse.Namespace) -> int:
    from radcurate.orchestrate import forget

    _, ok = forget(args.export, data_dir=args.data, vault_dir=args.vault, corpus=not args.no_corpus)
    if not ok:
        print("FAILED: the corpus run failed; open it in the Dagster UI, then run `radcurate curate` again")
    elif args.no_corpus:
        print("corpus not rebuilt (--no-corpus): the next corpus run drops it from the release")
    else:
        print("corpus and release rebuilt without it")
    return 0 if ok else 1


def _demo(args: argparse.Namespace) -> int:
    from curation.synth import SynthOptions, write_synthetic_export
    from radcurate.orchestrate import configure_environment, curate, demo_secret_into_env

    root = Path(args.dir).absolute()
    paths = configure_environment(args.data or root / "data", args.vault or root / "vault")
    os.environ["DAGSTER_HOME"] = str(root / "dagster_home")  # never the real instance
    demo_secret_into_env(paths)
    export = root / "exports" / "export_0001"
    if not (export / "EXPORT_COMPLETE").exists():
        write_synthetic_export(export, SynthOptions(patients=args.patients, seed=args.seed, bad_files=True))
    result = curate([export], data_dir=paths.data_dir, vault_dir=paths.vault_dir, demo=True)
    print_curate_result(result)
    print(f"synthetic export:  {export}")
    print(f"curated data:      {paths.data_dir}  (tables/, volumes/, dataset/)")
    print(f"vault:             {paths.vault_dir}  (re-identification material; never share)")
    print(f"dagster home:      {root / 'dagster_home'}  (the demo's own instance)")
    print("open the UI:       make ui  ->  http://127.0.0.1:3000  (demo instance and key when no RADCURATE_SECRET)")
    return 0 if result.success else 1


DESCRIPTION = """Radiology data curation: DICOM exports and report tables in, de-identified training data out.
Start with `radcurate demo`; real exports need RADCURATE_SECRET (see README.md)."""

CURATE_EPILOG = """environment:
  RADCURATE_SECRET     HMAC key for pseudonyms, UIDs and date shifts (required; keep it outside the data)
  RADCURATE_DATA_DIR   de-identified tables, volumes, release (default ./data)
  RADCURATE_VAULT_DIR  re-identification material, never shared (default ./vault)
  DAGSTER_HOME         the Dagster instance the UI shows (default ./.dagster_home)"""


class _Help(argparse.RawDescriptionHelpFormatter):
    """Epilogs kept as written; an option's default shown where it has one its help does not already give."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if "default" in text or default in (None, False, [], argparse.SUPPRESS) or not action.option_strings:
            return text
        return f"{text} (default: %(default)s)"


def _verbosity() -> argparse.ArgumentParser:
    """`-v` accepted before or after the subcommand (a parent parser shared by every command)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log progress (counts only, never PHI)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    verbosity = _verbosity()
    parser = argparse.ArgumentParser(prog="radcurate", description=DESCRIPTION, parents=[verbosity],
                                     formatter_class=_Help)
    sub = _SubcommandsWithVerbosity(parser.add_subparsers(dest="command", required=True), verbosity)

    from curation.synth.cli import add_synth_parser

    add_synth_parser(sub)

    curate = sub.add_parser("curate", help="register exports as partitions and materialize the graph",
                            epilog=CURATE_EPILOG)
    curate.add_argument("exports", nargs="+", help="export folder(s)")
    curate.add_argument("--data", type=Path, default=None, help="data dir (default RADCURATE_DATA_DIR or ./data)")
    curate.add_argument("--vault", type=Path, default=None, help="vault dir (default RADCURATE_VAULT_DIR or ./vault)")
    curate.add_argument("--no-corpus", action="store_true", help="only the per-export assets")
    curate.add_argument("--report-column", action="append", default=[], metavar="FIELD=COLUMN",
                        help="report table column mapping, repeatable, e.g. report_text=Befundtext "
                             "(fields: report_text, accession_number, patient_id, study_instance_uid, "
                             "report_date, language)")
    curate.add_argument("--demo", action="store_true",
                        help="allow the demo key (synthetic exports only; refused otherwise)")
    curate.set_defaults(func=_curate)

    forget = sub.add_parser("forget", help="remove an export everywhere (tables, volumes, vault, next release)")
    forget.add_argument("export", help="the export's folder or its partition key (exp_...)")
    forget.add_argument("--data", type=Path, default=None, help="data dir (default RADCURATE_DATA_DIR or ./data)")
    forget.add_argument("--vault", type=Path, default=None, help="vault dir (default RADCURATE_VAULT_DIR or ./vault)")
    forget.add_argument("--no-corpus", action="store_true", help="do not rebuild the corpus and release now")
    forget.set_defaults(func=_forget)

    demo = sub.add_parser("demo", help="synthetic export + curate with embedded defaults")
    demo.add_argument("--dir", default="demo", help="where the demo export, data and vault go")
    demo.add_argument("--data", type=Path, default=None, help="data dir (default DIR/data)")
    demo.add_argument("--vault", type=Path, default=None, help="vault dir (default DIR/vault)")
    demo.add_argument("--patients", type=int, default=4, help="synthetic patients in the demo export")
    demo.add_argument("--seed", type=int, default=7, help="random seed of the synthetic export")
    demo.set_defaults(func=_demo)

    add_mine_refs_parser(sub)
    add_export_parser(sub)
    add_scrub_text_parser(sub)
    add_label_reports_parser(sub)
    add_inbox_parser(sub)
    return parser


class _SubcommandsWithVerbosity:
    """Every subcommand parser gets `-v` and the defaults-showing help formatter."""

    def __init__(self, action: argparse._SubParsersAction, verbosity: argparse.ArgumentParser) -> None:
        self._action, self._verbosity = action, verbosity

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        kwargs.setdefault("parents", [self._verbosity])
        kwargs.setdefault("formatter_class", _Help)
        return self._action.add_parser(name, **kwargs)


# Libraries that are noisy at INFO without saying anything about the data (database migrations).
QUIET_LOGGERS = ("alembic", "dagster._core.storage", "httpx")


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    remember_interrupts()
    try:  # the parser's sub-commands import heavy modules: Ctrl-C during that is an interrupt like any other
        args = build_parser().parse_args(argv)
        raise_if_interrupted()  # one swallowed by an import lock's callback
        configure_logging(getattr(args, "verbose", False))
        code = int(args.func(args) or 0)
        raise_if_interrupted()
        return code
    except KeyboardInterrupt:
        print(INTERRUPTED_MESSAGE, file=sys.stderr)
        return 130
    except MissingSecretError as exc:
        print(f"radcurate: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"radcurate: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from radcurate.runs import DiskFullError, disk_full

        if isinstance(exc, DiskFullError) or disk_full(exc):
            print(f"radcurate: {exc}" if isinstance(exc, DiskFullError) else
                  "radcurate: the disk is full (DAGSTER_HOME or the data dir): free space (df -h), then run "
                  "the same command again", file=sys.stderr)
            return 3
        raise


if __name__ == "__main__":
    sys.exit(main())
