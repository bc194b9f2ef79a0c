"""The round-25 address dev corpus (tests/dev14gd/corpus.py), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14gd.measure [--misses]

(the runner of tests/dev14h with this corpus; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14gd.corpus import DEV
from tests.dev14h.measure import main

BATCHES = {"dev14gd": DEV}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
