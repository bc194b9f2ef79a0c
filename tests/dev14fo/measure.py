"""The round-17b dev corpus (tests/dev14fo/corpus.py), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14fo.measure [--misses]

(the runner of tests/dev14h with this corpus; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14fo.corpus import DEV, DEV_B
from tests.dev14h.measure import main

BATCHES = {"dev14fo": DEV, "dev14fo B": DEV_B}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
