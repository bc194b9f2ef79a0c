"""Held-out 9: black-box measurement of `radcurate scrub-text` on tests/heldout9/deid_corpus.py.

The scorer is held-out 8's (tests/heldout8/measure_deid.py), run on this corpus; it prints aggregate
figures only, never the individual misses, plus this corpus's counts per country.

Usage: python -m tests.heldout9.measure_deid [--repeat N] [--markdown]
"""

from __future__ import annotations

import sys
from collections import Counter

from tests.heldout8.measure_deid import main as measure_main
from tests.heldout8.measure_deid import run_cli, score
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


def assert_holds_measurement(
    excerpts: list[Excerpt], counts: tuple[int, int, int], measured: dict[str, float], margin: float = 0.02
) -> None:
    """Floor test of a blind held-out set: rerun the CLI, check corpus size and `measured` +- `margin`."""
    res = score(excerpts, run_cli(excerpts)[0])
    assert res["missing_outputs"] == 0
    assert (res["excerpts"], res["spans"], res["keep_terms"]) == counts
    assert res["recall"] >= measured["recall"] - margin, res["per_label"]
    assert res["keep"] >= measured["keep"] - margin, res["keep_ok"]
    assert res["over_redaction"] <= measured["over_redaction"] + margin, res["over_chars"]


if __name__ == "__main__":
    sys.exit(main())
