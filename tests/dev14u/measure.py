"""Each batch of the dev14u corpus (tests/dev14u/corpus.py) against the scrubber: rules only, tagger off, no spaCy.

    PYTHONPATH=. python -m tests.dev14u.measure [BATCH1 BATCH2 BATCH3]

Prints aggregate figures only (recall, keep-term survival, over-redaction; corpus_measure's line), never
the misses: the corpus is a training set for the tagger and each batch is measured once, when written.
"""

from __future__ import annotations

import sys

from tests.curation.deid.text.corpus_measure import Figures, measure
from tests.dev14t.measure import with_tagger
from tests.dev14u import corpus


def batch_figures(name: str) -> Figures:
    snippets = getattr(corpus, name)
    return with_tagger(False, lambda: measure(snippets, {}, use_spacy=False))


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(corpus.BATCHES)
    for name in names:
        if name not in corpus.BATCHES:
            raise SystemExit(f"unknown batch {name!r}; batches: {', '.join(corpus.BATCHES)}")
        print(f"{name}: {batch_figures(name).line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
