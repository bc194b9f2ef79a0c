"""Leave-one-corpus-out figures of the tagger on the hand-written dev corpora (docs/deid.md, "learned
tagger, round 2"): for each corpus, the model trained on the generated documents and the other corpora, with
the threshold chosen on the other corpora's cross-validated spans, against the rules alone on it.

    PYTHONPATH=. python -m tests.curation.deid.text.tagger.loao [--docs 3000] [--epochs 6] [--seed 14]
        [--marked NAME=MODULE:ATTR ...] [--packaged] [--misses]

--packaged: the packaged weights on every corpus instead (no training; an untuned check of new corpora).
Rules only (no spaCy layer), corpus_de_en with its patient dictionary.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from unittest import mock

from curation.deid.text.tagger import hook
from curation.deid.text.tagger.model import TaggerModel
from curation.deid.text.tagger.train import HANDWRITTEN, build, load_marked
from tests.curation.deid.text.corpus_de_en import PHI_P1, Snippet
from tests.curation.deid.text.corpus_measure import Figures, measure


def figures(docs: Sequence, model: TaggerModel | None) -> Figures:
    """Rules only (model None) or rules + `model` on `docs` (Marked or Snippet items)."""
    snippets = [d if isinstance(d, Snippet) else Snippet(getattr(d, "lang", "de"), d.text, d.spans, d.keep, None)
                for d in docs]
    old = os.environ.get(hook.SETTING)
    os.environ[hook.SETTING] = "off" if model is None else "on"
    try:
        with mock.patch.object(hook, "packaged_model", lambda: model):
            return measure(snippets, {"P1": PHI_P1}, use_spacy=False)
    finally:
        if old is None:
            del os.environ[hook.SETTING]
        else:
            os.environ[hook.SETTING] = old


def snippets_of(specs: Sequence[str]) -> dict[str, list[Snippet]]:
    """The corpora of `specs` as their Snippets (language and patient dictionary kept)."""
    import importlib

    out: dict[str, list[Snippet]] = {}
    for spec in specs:
        name, _, refs = spec.partition("=")
        out[name] = [s for ref in refs.split(",")
                     for s in getattr(importlib.import_module(ref.partition(":")[0]), ref.partition(":")[2])]
    return out


def report(corpora: Mapping[str, list[Snippet]], models: Mapping[str, TaggerModel], misses: bool) -> None:
    for name, docs in corpora.items():
        off, on = figures(docs, None), figures(docs, models[name])
        print(f"{name:14s} thr {models[name].threshold:7.2f}  recall {off.recall():.3f} -> {on.recall():.3f}  "
              f"keep {off.keep_rate:.3f} -> {on.keep_rate:.3f}  over-redaction {off.over_redaction:.2%} -> "
              f"{on.over_redaction:.2%}  ({len(off.false_hits)}/{off.reported} -> {len(on.false_hits)}/{on.reported})"
              f"  PER {off.found['PERSON']}->{on.found['PERSON']}/{on.total['PERSON']} INST "
              f"{off.found['INSTITUTION']}->{on.found['INSTITUTION']}/{on.total['INSTITUTION']} ADDR "
              f"{off.found['ADDRESS']}->{on.found['ADDRESS']}/{on.total['ADDRESS']}", flush=True)
        if misses:
            new_false = sorted(set(on.false_hits) - set(off.false_hits))
            print(*(f"  FALSE {x}" for x in new_false), *(f"  LOST {x}" for x in sorted(set(on.lost) - set(off.lost))),
                  *(f"  FOUND {x}" for x in sorted(set(off.missed) - set(on.missed))), sep="\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--marked", action="append")
    ap.add_argument("--packaged", action="store_true")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    specs = args.marked or HANDWRITTEN
    corpora = snippets_of(specs)
    if args.packaged:
        model = TaggerModel.load()
        report(corpora, dict.fromkeys(corpora, model), args.misses)
        return 0
    built = build(args.docs, args.epochs, args.seed, load_marked(specs), folds=True)
    print(f"final threshold {built.model.threshold}", flush=True)
    report(corpora, built.folds, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
