"""The round-11 facilities / addresses dev corpus (tests/dev14fa/corpus.py): tagger on (default) and off, no spaCy.

    PYTHONPATH=. python -m tests.dev14fa.measure [--misses]

Prints the corpus_measure line per batch and setting; --misses lists DEV's misses only (FRESH is never tuned on).
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.corpus_measure import measure
from tests.dev14fa.corpus import BATCHES
from tests.dev14t.measure import with_tagger


def main(argv: list[str] | None = None, batches: dict = BATCHES) -> int:
    """The corpus_measure line of each of `batches` (this corpus' by default; dev14fc passes its own), tagger on and
    off; --misses: DEV's misses."""
    args = argv if argv is not None else sys.argv[1:]
    for (name, batch), tagger in ((b, t) for b in batches.items() for t in (True, False)):
        figures = with_tagger(tagger, lambda: measure(batch, {}, use_spacy=False))  # noqa: B023
        print(f"{name} tagger {'on' if tagger else 'off'}: {figures.line()}")
        if "--misses" in args and name == "DEV":
            print("\n".join(figures.details()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
