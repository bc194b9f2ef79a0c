"""The dev14g corpus (tests/dev14g/corpus.py) against the scrubber: rules only, tagger off, no spaCy.

    PYTHONPATH=. python -m tests.dev14g.measure [--misses]

Prints the corpus_measure line; --misses lists the misses (a dev set: tuned on).
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.corpus_measure import measure
from tests.dev14g.corpus import DEV
from tests.dev14t.measure import with_tagger


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    figures = with_tagger(False, lambda: measure(DEV, {}, use_spacy=False))
    print(f"DEV: {figures.line()}")
    if "--misses" in args:
        print("\n".join(figures.details()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
