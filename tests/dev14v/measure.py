"""Measure one batch of the dev14v corpus (tests/dev14v/corpus.py): rules only, tagger off, no spaCy layer.

    PYTHONPATH=. python -m tests.dev14v.measure BATCH1 [BATCH2 ...]

Aggregates only (corpus_measure's line): each batch is measured once, when written, and its figures go into
the corpus module's docstring. The misses are not printed: the corpus is training data for the tagger.
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.corpus_measure import measure
from tests.dev14t.measure import with_tagger
from tests.dev14v.corpus import BATCHES


def main(argv: list[str]) -> int:
    unknown = [name for name in argv if name not in BATCHES]
    if not argv or unknown:
        raise SystemExit(f"name the batches to measure ({', '.join(BATCHES)}); unknown: {unknown}")
    for name in argv:
        figures = with_tagger(False, lambda docs=BATCHES[name]: measure(docs, {}, use_spacy=False))
        print(f"{name}: {figures.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
