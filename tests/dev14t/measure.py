"""Rules-only against rules + tagger on the hand-written dev set (tests/dev14t/corpus.py).

    PYTHONPATH=. python -m tests.dev14t.measure [--misses] [--spacy]

Prints the corpus_measure figures of both legs (recall per label, keep-term survival, over-redaction).
"""

from __future__ import annotations

import argparse
import os
import sys

from curation.deid.text.tagger.hook import SETTING
from tests.curation.deid.text.corpus_measure import Figures, measure
from tests.dev14t.corpus import DEV


def figures(tagger: bool, use_spacy: bool = False) -> Figures:
    old = os.environ.get(SETTING)
    os.environ[SETTING] = "on" if tagger else "off"
    try:
        return measure(DEV, {}, use_spacy=use_spacy)
    finally:
        if old is None:
            del os.environ[SETTING]
        else:
            os.environ[SETTING] = old


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true", help="print the misses, losses and false hits too")
    ap.add_argument("--spacy", action="store_true", help="with the spaCy layer (as scrub-text runs)")
    args = ap.parse_args(argv)
    for tagger in (False, True):
        f = figures(tagger, args.spacy)
        print(("rules + tagger: " if tagger else "rules only:     ") + f.line())
        if args.misses:
            print(*f.missed, *f.lost, *(f"FALSE {x}" for x in f.false_hits), sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
