"""`radcurate` console script (minimal stand-in; the lead's cli.py replaces this at merge)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from radcurate.curation.synth.cli import add_synth_parser

    parser = argparse.ArgumentParser(prog="radcurate")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_synth_parser(subparsers)
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
