"""The round-12 facilities / addresses dev corpus (tests/dev14fc/corpus.py): tagger on (default) and off, no spaCy.

    PYTHONPATH=. python -m tests.dev14fc.measure [--misses]

(the runner of tests/dev14fa with this corpus' batches; --misses lists DEV's misses only, FRESH is never tuned on).
"""

import sys

from tests.dev14fa.measure import main
from tests.dev14fc.corpus import BATCHES

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BATCHES))
