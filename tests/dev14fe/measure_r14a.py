"""The round-14a dev corpus (tests/dev14fe/corpus_r14a.py, batches A and B), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14fe.measure_r14a [--misses]
"""

import sys

from tests.dev14fe.corpus_r14a import DEV, DEV_B, DEV_C
from tests.dev14h.measure import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], {"r14a A": DEV, "r14a B": DEV_B, "r14a C": DEV_C}))
