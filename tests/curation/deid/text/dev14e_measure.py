"""Figures of the rules-only scrubber on the round-5 dev corpus (the same figures as dev14d_measure).

    PYTHONPATH=. python -m tests.curation.deid.text.dev14e_measure [--b] [--misses]   (--b: the second batch)
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.dev14d_measure import report
from tests.curation.deid.text.dev14e_corpus import DEV14E_B, DEV14E_CORPUS

if __name__ == "__main__":
    report(DEV14E_B if "--b" in sys.argv else DEV14E_CORPUS, "--misses" in sys.argv)
