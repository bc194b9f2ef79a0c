"""The round-24a fix dev corpus (tests/dev14gb/corpus.py), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14gb.measure [--misses]

(the runner of tests/dev14h with this corpus; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14gb.corpus import DEV
from tests.dev14h.measure import main

BATCHES = {"dev14gb": DEV}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
