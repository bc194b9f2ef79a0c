"""Held-out 9: black-box measurement of `radcurate scrub-text` on tests/heldout9/deid_corpus.py.

The scorer is held-out 8's (tests/heldout8/measure_deid.py), run on this corpus; it prints aggregate
figures only, never the individual misses, plus this corpus's counts per country.

Usage: python -m tests.heldout9.measure_deid [--repeat N] [--markdown]
"""

from __future__ import annotations

import sys
from collections import Counter

from tests.heldout8.measure_deid import main as measure_main
from tests.heldout9.deid_corpus import COUNTRIES, EXCERPTS, Excerpt, country


def counts_by_country(excerpts: list[Excerpt] = EXCERPTS) -> dict[str, tuple[int, int, int]]:
    """{country: (excerpts, PHI spans, keep-terms)} of a corpus (no scrubbing involved)."""
    n, spans, keep = Counter(), Counter(), Counter()
    for ex in excerpts:
        c = country(ex)
        n[c] += 1
        spans[c] += len(ex.spans)
        keep[c] += len(ex.keep)
    return {c: (n[c], spans[c], keep[c]) for c in COUNTRIES}


def main(argv: list[str] | None = None, excerpts: list[Excerpt] = EXCERPTS) -> int:
    """Counts per country, then held-out 8's scorer on `excerpts` (held-out 10 passes its own)."""
    for c, (n, s, k) in counts_by_country(excerpts).items():
        print(f"{c}: {n} excerpts, {s} PHI spans, {k} keep-terms")
    return measure_main(argv, excerpts)


if __name__ == "__main__":
    sys.exit(main())
