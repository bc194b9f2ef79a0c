"""Held-out 11: black-box measurement of `radcurate scrub-text` on tests/heldout11/deid_corpus.py.

Held-out 9's runner (counts per country, then held-out 8's scorer and throughput) on this corpus,
followed by recall, keep-term survival and over-redaction per country from one more CLI run.
Aggregate figures only, never the individual misses. `--corpus MODULE` measures another held-out set
written to held-out 15's conventions (a module with an `EXCERPTS` list): every later set (12-21) is
run this way, so a new set needs no runner of its own.

Usage: python -m tests.heldout11.measure_deid [--corpus tests.heldoutN.deid_corpus] [--repeat N] [--markdown]
"""

from __future__ import annotations

import importlib
import sys

from tests.heldout8.measure_deid import run_cli, score
from tests.heldout9.measure_deid import main as heldout9_main
from tests.heldout11.deid_corpus import COUNTRIES, EXCERPTS, Excerpt, country


def by_country(excerpts: list[Excerpt], outputs: dict[str, dict]) -> dict[str, dict]:
    """Held-out 8's score of each country's excerpts ({country: score dict}) from one set of outputs."""
    return {c: score([ex for ex in excerpts if country(ex) == c], outputs) for c in COUNTRIES}


def country_markdown(per_country: dict[str, dict]) -> str:
    lines = ["| country | excerpts | recall | keep | over-redaction |", "|---|---|---|---|---|"]
    for c, r in per_country.items():
        lines.append(
            f"| {c.upper()} | {r['excerpts']} | {r['recall']:.3f} ({r['found']}/{r['spans']}) | "
            f"{r['keep']:.3f} ({r['keep_ok']}/{r['keep_terms']}) | {100 * r['over_redaction']:.2f} % |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None, excerpts: list[Excerpt] = EXCERPTS) -> int:
    """Held-out 9's runner on `excerpts` (held-out 11 by default), then the per-country table."""
    rc = heldout9_main(argv, excerpts)
    outputs, _ = run_cli(excerpts)
    print(country_markdown(by_country(excerpts, outputs)))
    return rc


def corpus_argument(argv: list[str]) -> tuple[list[str], list[Excerpt]]:
    """Split `--corpus MODULE` off `argv`: (the remaining arguments, that module's EXCERPTS or held-out 11's)."""
    if "--corpus" not in argv:
        return argv, EXCERPTS
    i = argv.index("--corpus")
    if i + 1 >= len(argv):
        raise SystemExit("--corpus needs a module name, e.g. tests.heldout18.deid_corpus")
    module = importlib.import_module(argv[i + 1])
    return argv[:i] + argv[i + 2 :], list(module.EXCERPTS)


if __name__ == "__main__":
    rest, corpus = corpus_argument(sys.argv[1:])
    sys.exit(main(rest, corpus))
