"""Held-out 16: black-box measurement of `radcurate scrub-text` on tests/heldout16/deid_corpus.py.

Held-out 11's runner (reused by import, as held-out 15 does) on this corpus: counts per country,
held-out 8's scorer and throughput, then recall, keep-term survival and over-redaction per country.
Aggregate figures only, never the individual misses. Set RADCURATE_DEID_TAGGER=off (or on) in the
environment to measure with that tagger setting; unset is the default.

Usage: python -m tests.heldout16.measure_deid [--repeat N] [--markdown]
"""

from __future__ import annotations

import sys

from tests.heldout11.measure_deid import main as heldout11_main
from tests.heldout16.deid_corpus import EXCERPTS


def main(argv: list[str] | None = None) -> int:
    return heldout11_main(argv, EXCERPTS)


if __name__ == "__main__":
    sys.exit(main())
