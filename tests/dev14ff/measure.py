"""The round-14b dev corpus (tests/dev14ff/corpus.py), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14ff.measure [--misses]

(the runner of tests/dev14h with this corpus' batch; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14ff.corpus import DEV, DEV_B
from tests.dev14h.measure import main

BATCHES = {"dev14ff A": DEV, "dev14ff B": DEV_B}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
