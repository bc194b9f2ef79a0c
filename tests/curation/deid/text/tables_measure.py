"""Figures of the rules-only scrubber on the round-9 table dev corpus (the same figures as dev14d_measure).

    PYTHONPATH=. python -m tests.curation.deid.text.tables_measure [--b] [--misses]   (--b: the second batch)
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.dev14d_measure import report
from tests.curation.deid.text.tables_corpus import TABLES_B, TABLES_CORPUS

if __name__ == "__main__":
    report(TABLES_B if "--b" in sys.argv else TABLES_CORPUS, "--misses" in sys.argv)
