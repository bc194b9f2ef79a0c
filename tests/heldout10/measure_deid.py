"""Held-out 10: black-box measurement of `radcurate scrub-text` on tests/heldout10/deid_corpus.py.

Held-out 9's runner (counts per country, then held-out 8's scorer) on this corpus; aggregate figures
only, never the individual misses.

Usage: python -m tests.heldout10.measure_deid [--repeat N] [--markdown]
"""

from __future__ import annotations

import sys

from tests.heldout9.measure_deid import main as heldout9_main
from tests.heldout10.deid_corpus import EXCERPTS


def main(argv: list[str] | None = None) -> int:
    return heldout9_main(argv, EXCERPTS)


if __name__ == "__main__":
    sys.exit(main())
