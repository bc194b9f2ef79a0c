"""Held-out 9: black-box measurement of `radcurate scrub-text` on tests/heldout9/deid_corpus.py.

The scorer is held-out 8's (tests/heldout8/measure_deid.py), run on this corpus; it prints aggregate
figures only, never the individual misses, plus this corpus's counts per country.

Usage: python -m tests.heldout9.measure_deid [--repeat N] [--markdown]
"""

from __future__ import annotations

import sys
from collections import Counter

from tests.heldout8.measure_deid import main as measure_main
from tests.heldout9.deid_corpus import COUNTRIES, EXCERPTS, country


def counts_by_country() -> dict[str, tuple[int, int, int]]:
    """{country: (excerpts, PHI spans, keep-terms)} of the corpus (no scrubbing involved)."""
    n, spans, keep = Counter(), Counter(), Counter()
    for ex in EXCERPTS:
        c = country(ex)
        n[c] += 1
        spans[c] += len(ex.spans)
        keep[c] += len(ex.keep)
    return {c: (n[c], spans[c], keep[c]) for c in COUNTRIES}


def main(argv: list[str] | None = None) -> int:
    for c, (n, s, k) in counts_by_country().items():
        print(f"{c}: {n} excerpts, {s} PHI spans, {k} keep-terms")
    return measure_main(argv, EXCERPTS)


if __name__ == "__main__":
    sys.exit(main())
