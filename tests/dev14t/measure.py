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
    return with_tagger(tagger, lambda: measure(DEV, {}, use_spacy=use_spacy))


def other_sets() -> dict[str, tuple]:
    """The project's older marked corpora (dev sets and held-out 1-7 under tests/curation/deid/text), with
    their patient dictionaries: aggregate figures only, a second check the tagger was never tuned on."""
    from tests.curation.deid.text import (
        corpus_de_en,
        dev_classes_corpus,
        dev_structure_corpus,
        heldout3_corpus,
        heldout5_corpus,
        heldout6_corpus,
        heldout7_corpus,
        heldout_corpus,
    )

    return {"corpus_de_en": (corpus_de_en.CORPUS, {"P1": corpus_de_en.PHI_P1}),
            "dev_classes": (dev_classes_corpus.DEV_CORPUS, {}),
            "dev_structure": (dev_structure_corpus.DEV_STRUCTURE_CORPUS, {}),
            "heldout1": (heldout_corpus.HELDOUT, heldout_corpus.PHI_HELDOUT),
            "heldout3": (heldout3_corpus.HELDOUT3, heldout3_corpus.PHI_HELDOUT3),
            "heldout5": (heldout5_corpus.HELDOUT5, heldout5_corpus.PHI_HELDOUT5),
            "heldout6": (heldout6_corpus.HELDOUT6, heldout6_corpus.PHI_HELDOUT6),
            "heldout7": (heldout7_corpus.HELDOUT7, heldout7_corpus.PHI_HELDOUT7)}


def with_tagger(tagger: bool, fn):
    old = os.environ.get(SETTING)
    os.environ[SETTING] = "on" if tagger else "off"
    try:
        return fn()
    finally:
        if old is None:
            del os.environ[SETTING]
        else:
            os.environ[SETTING] = old


def rules_only(text: str, lang: str, shift: int | None = None) -> str:
    """The scrubbed text with the rules alone (tagger off, no spaCy layer): what the class tests of the dev sets
    compare."""
    from curation.deid.text.scrub import scrub_text

    return with_tagger(False, lambda: scrub_text(text, lang, None, shift, use_spacy=False).text)


def assert_rules_floor(snippets, recall: float, keep: float, over: float) -> None:
    """Rules only (tagger off, no spaCy) on `snippets`: recall and keep-term survival at least, over-redaction at
    most the given floors."""
    figures = with_tagger(False, lambda: measure(snippets, {}, use_spacy=False))
    assert figures.recall() >= recall
    assert figures.keep_rate >= keep
    assert figures.over_redaction <= over


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true", help="print the misses, losses and false hits too")
    ap.add_argument("--spacy", action="store_true", help="with the spaCy layer (as scrub-text runs)")
    ap.add_argument("--others", action="store_true", help="aggregates on the older corpora (no misses shown)")
    args = ap.parse_args(argv)
    if args.others:
        for name, (corpus, phi) in other_sets().items():
            for tagger in (False, True):
                f = with_tagger(tagger, lambda c=corpus, p=phi: measure(c, p))
                print(f"{name:14s} {'on ' if tagger else 'off'} {f.line()}")
        return 0
    for tagger in (False, True):
        f = figures(tagger, args.spacy)
        print(("rules + tagger: " if tagger else "rules only:     ") + f.line())
        if args.misses:
            print(*f.missed, *f.lost, *(f"FALSE {x}" for x in f.false_hits), sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
