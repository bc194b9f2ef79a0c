"""Each batch of the dev14y corpus (tests/dev14y/corpus.py) against the scrubber, no spaCy, in two legs: rules
only (tagger off) and rules + tagger (the default).

    PYTHONPATH=. python -m tests.dev14y.measure [BATCH1 BATCH2 BATCH3]

Prints aggregate figures only (corpus_measure's line), never the misses: the corpus is a training set and
each batch is measured once, when written.
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.corpus_measure import measure
from tests.dev14t.measure import with_tagger
from tests.dev14y.corpus import BATCHES


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(BATCHES)
    unknown = sorted(set(names) - set(BATCHES))
    if unknown:
        raise SystemExit(f"unknown batch(es) {', '.join(unknown)}; batches: {', '.join(BATCHES)}")
    for name in names:
        for tagger, leg in ((False, "rules only"), (True, "with tagger")):
            figures = with_tagger(tagger, lambda: measure(BATCHES[name], {}, use_spacy=False))  # noqa: B023
            print(f"{name} {leg}: {figures.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
