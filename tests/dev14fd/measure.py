"""The round-12 dev corpus (tests/dev14fd/corpus.py), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14fd.measure [--misses]

(the runner of tests/dev14h with this corpus' batches; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14fd.corpus import BATCHES
from tests.dev14h.measure import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
