"""The round-10 facilities / addresses dev corpus (tests/dev14k/corpus.py): tagger on (default) and off, no spaCy.

    PYTHONPATH=. python -m tests.dev14k.measure [--misses]

Prints the corpus_measure line per setting; --misses lists the misses (a dev set: tuned on).
"""

from __future__ import annotations

import sys

from tests.dev14h.measure import main as _main
from tests.dev14k.corpus import BATCHES


def main(argv: list[str] | None = None) -> int:
    return _main(argv, BATCHES)


if __name__ == "__main__":
    sys.exit(main())
