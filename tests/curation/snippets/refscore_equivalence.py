"""Equality guard for speed work on the learned reference scorer (issue 16 round 9): one digest per mined text, with
the model on, over every dev set and bench/mine.py's corpus, recorded once and compared after every change (no
change to any output).

    PYTHONPATH=. python -m tests.curation.snippets.refscore_equivalence --record   # write the digests file
    PYTHONPATH=. python -m tests.curation.snippets.refscore_equivalence            # compare, print mismatches

The pool: each marked excerpt of the training sets (`refscore.train.SETS`: dev16c..dev16q, dev16r,
dev16t..dev16z, dev16a, dev16b, dev16ab, dev16ad) and dev16s (`refscore.sets.load_set`), each also joined with the
next one of its set
(cues across a sentence boundary), and 3,000 of bench/mine.py's reports. Each text is mined with the packaged model
(prior-study references included) and digested as every field of every `Reference` (series, image range, prior
flag, span, snippet, hint span, form). The evidence sets (B and any not retired) are never read (`sets.load_set`
refuses them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path

from curation.snippets.mine import mine_refs_batch
from curation.snippets.refscore.decide import packaged_model, using
from curation.snippets.refscore.sets import load_set, set_name
from curation.snippets.refscore.train import SETS
from tests import digest_guard

DIGESTS = Path(__file__).with_name("refscore_equivalence_digests.json")
DEV_SETS = (*SETS, "tests.curation.snippets.dev16s")
BENCH_REPORTS = 3000


def pool() -> list[tuple[str, str, str]]:
    """(key, text, lang) for every text the guard mines."""
    from bench.mine import make_reports

    items = []
    for module in DEV_SETS:
        name = set_name(module)
        excerpts = load_set(module)
        for k, x in enumerate(excerpts):
            items.append((f"{name}:{k}", x.text, x.lang))
            nxt = excerpts[(k + 1) % len(excerpts)]
            items.append((f"{name}:{k}+", x.text + " " + nxt.text, x.lang))
    texts, langs = make_reports(BENCH_REPORTS, 0.3, seed=1)
    items += [(f"bench:{k}", t, lang) for k, (t, lang) in enumerate(zip(texts, langs, strict=True))]
    return items


def digests(items: list[tuple[str, str, str]] | None = None) -> Iterator[tuple[str, str]]:
    """(key, digest of the text's mined references with the packaged model) for every pool item."""
    items = items if items is not None else pool()
    with using(packaged_model()):
        mined = mine_refs_batch([t for _, t, _ in items], [lang for _, _, lang in items], include_prior=True)
    for (key, _, _), refs in zip(items, mined, strict=True):
        payload = json.dumps([astuple(r) for r in refs], ensure_ascii=False)
        yield key, hashlib.sha256(payload.encode()).hexdigest()[:16]


def main() -> int:
    return digest_guard.main(digests, DIGESTS)


if __name__ == "__main__":
    raise SystemExit(main())
