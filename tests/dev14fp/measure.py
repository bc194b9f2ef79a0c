"""The round-18a dev corpus (tests/dev14fp/corpus.py), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14fp.measure [--misses]

(the runner of tests/dev14h with this corpus; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14fp.corpus import DEV, DEV_B
from tests.dev14h.measure import main

BATCHES = {"dev14fp": DEV, "dev14fp B": DEV_B}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
