"""Throughput cost of the learned tagger layer: scrub_text rules-only (no spaCy) with
RADCURATE_DEID_TAGGER off against on (--spacy: with the spaCy layer), on bench/scrub.py's synthetic-export
reports (~1 kB each, with their patients' PHI dictionaries), interleaved rounds,
best round on process CPU time (one core).

    PYTHONPATH=. .venv/bin/python bench/deid_tagger.py [--n 300] [--rounds 3] [--spacy]
"""

from __future__ import annotations

import argparse
import os

from bench.scrub import corpus, rate
from curation.deid.text.scrub import scrub_text
from curation.deid.text.tagger.hook import SETTING, packaged_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--spacy", action="store_true", help="with the spaCy layer (scrub_text's default)")
    args = ap.parse_args()
    items = corpus(args.n)
    packaged_model()
    best = {"off": 0.0, "on": 0.0}
    for _ in range(max(1, args.rounds)):
        for leg in ("off", "on"):
            os.environ[SETTING] = leg
            scrub_text(items[0][0], items[0][1], items[0][2], -364, use_spacy=args.spacy)  # warm caches
            best[leg] = max(best[leg], rate(lambda it: scrub_text(it[0], it[1], it[2], -364, use_spacy=args.spacy),
                                            items))
    chars = sum(len(t) for t, _, _ in items) / len(items)
    layer = "with the spaCy layer" if args.spacy else "rules only (no spaCy)"
    print(f"{len(items)} reports, mean {chars:.0f} characters, one process (one core), {layer}")
    print(f"tagger off: {best['off']:8.1f} reports/s")
    print(f"tagger on:  {best['on']:8.1f} reports/s ({best['on'] / best['off'] - 1:+.1%})")


if __name__ == "__main__":
    main()
