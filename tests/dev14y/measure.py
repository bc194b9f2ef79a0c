"""Each batch of the dev14y corpus (tests/dev14y/corpus.py) against the scrubber, no spaCy, in two legs: rules
only (tagger off) and rules + tagger (the default).

    PYTHONPATH=. python -m tests.dev14y.measure [BATCH1 BATCH2 BATCH3]

Prints aggregate figures only (corpus_measure's line), never the misses: the corpus is a training set and
each batch is measured once, when written.
"""

from __future__ import annotations

import sys

from tests.dev14w.measure import run
from tests.dev14y.corpus import BATCHES


def main(argv: list[str] | None = None) -> int:
    return run(BATCHES, ((False, " rules only"), (True, " with tagger")), argv)


if __name__ == "__main__":
    sys.exit(main())
