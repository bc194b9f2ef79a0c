"""Each batch of the dev14w corpus (tests/dev14w/corpus.py) against the scrubber: rules only, tagger off, no spaCy.

    PYTHONPATH=. python -m tests.dev14w.measure [BATCH1 BATCH2 BATCH3]

Prints aggregate figures only (corpus_measure's line), never the misses: the corpus is a training set and
each batch is measured once, when written.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_measure import measure
from tests.dev14t.measure import with_tagger
from tests.dev14w.corpus import BATCHES


def run(batches: Mapping[str, Sequence[Snippet]], legs: Sequence[tuple[bool, str]],
        argv: list[str] | None = None) -> int:
    """Measure the named batches (all by default) in each leg (tagger on/off, suffix after the batch name) and
    print one corpus_measure line per batch and leg."""
    names = (argv if argv is not None else sys.argv[1:]) or list(batches)
    unknown = sorted(set(names) - set(batches))
    if unknown:
        raise SystemExit(f"unknown batch(es) {', '.join(unknown)}; batches: {', '.join(batches)}")
    for name in names:
        for tagger, suffix in legs:
            figures = with_tagger(tagger, lambda: measure(batches[name], {}, use_spacy=False))  # noqa: B023
            print(f"{name}{suffix}: {figures.line()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(BATCHES, ((False, ""),), argv)

if __name__ == "__main__":
    sys.exit(main())
