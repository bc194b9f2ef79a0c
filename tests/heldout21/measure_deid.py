"""Held-out 21: black-box measurement of `radcurate scrub-text` on tests/heldout21/deid_corpus.py.

Held-out 15's runner (held-out 11's, reused by import) on this corpus: counts per country,
held-out 8's scorer and throughput, then recall, keep-term survival and over-redaction per country.
Aggregate figures only, never the individual misses. Set RADCURATE_DEID_TAGGER=on in the
environment to measure with the learned tagger.

Usage: python -m tests.heldout21.measure_deid [--repeat N] [--markdown]
"""

from __future__ import annotations

import sys

from tests.heldout11.measure_deid import main as heldout11_main
from tests.heldout21.deid_corpus import EXCERPTS


def main(argv: list[str] | None = None) -> int:
    return heldout11_main(argv, EXCERPTS)


if __name__ == "__main__":
    sys.exit(main())
