"""Each batch of the dev14x corpus (tests/dev14x/corpus.py) against the scrubber, in two legs: rules only
(tagger off) and rules + tagger (the default setting); no spaCy layer in either.

    PYTHONPATH=. python -m tests.dev14x.measure [BATCH1 BATCH2 BATCH3]

Prints aggregate figures only (corpus_measure's line), never the misses: the corpus is a training set and
each batch is measured once, when written.
"""

from __future__ import annotations

import sys

from tests.dev14w.measure import run
from tests.dev14x.corpus import BATCHES


def main(argv: list[str] | None = None) -> int:
    return run(BATCHES, ((False, " [rules]"), (True, " [tagger]")), argv)


if __name__ == "__main__":
    sys.exit(main())
