"""Figures of the rules-only scrubber on the round-6 dev corpus (the same figures as dev14d_measure).

    PYTHONPATH=. python -m tests.curation.deid.text.dev14f_measure [--b | --c] [--misses]   (second, third batch)
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.dev14d_measure import report
from tests.curation.deid.text.dev14f_corpus import DEV14F_B, DEV14F_C, DEV14F_CORPUS

if __name__ == "__main__":
    corpus = DEV14F_B if "--b" in sys.argv else DEV14F_C if "--c" in sys.argv else DEV14F_CORPUS
    report(corpus, "--misses" in sys.argv)
