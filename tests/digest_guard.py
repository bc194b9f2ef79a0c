"""Record-and-compare command of the output-equivalence guards (scrubber, reference scorer).

A guard digests every result of a component over a fixed pool of texts; ``--record`` writes the digests file
after an intended output change, a plain run compares and exits 1 when any digest differs.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path


def differing(got: dict[str, str], want: dict[str, str]) -> list[str]:
    """Keys whose digest differs from the recorded one, or that only one side has."""
    return [k for k in want if got.get(k) != want[k]] + [k for k in got if k not in want]


def main(digests: Callable[[], Iterable[tuple[str, str]]], path: Path, argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--record", action="store_true", help="write the digests file instead of comparing")
    args = ap.parse_args(argv)
    got = dict(digests())
    if args.record:
        path.write_text(json.dumps(got, indent=0, sort_keys=True) + "\n")
        print(f"recorded {len(got)} digests")
        return 0
    bad = differing(got, json.loads(path.read_text()))
    print(f"{len(got)} digests, {len(bad)} differ: {bad[:20]}")
    return 1 if bad else 0
