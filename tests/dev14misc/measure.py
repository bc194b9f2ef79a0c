"""The round-10 dev corpus (tests/dev14misc/corpus.py, batches A, B, C), tagger on and off, no spaCy:

    PYTHONPATH=. python -m tests.dev14misc.measure [--misses]

(the runner of tests/dev14h with this corpus' batches; --misses lists the misses: a dev set, tuned on).
"""

import sys

from tests.dev14h.measure import main
from tests.dev14misc.corpus import BATCHES

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
