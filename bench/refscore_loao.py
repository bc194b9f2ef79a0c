"""Leave-one-author-out for the learned reference decision (docs/snippets.md, round 7; round 19 adds retired sets).

    PYTHONPATH=. python bench/refscore_loao.py [--sets c d e f g h i j] [--folds h i j] [--synthetic N] [--misses]
    PYTHONPATH=. python bench/refscore_loao.py --sets c ... v refs_c ... refs_q --folds refs_c ... refs_q

Per set (one author each) of `--folds` (default: every set): the grammar alone, and grammar + a model trained on
every other set of `--sets` (plus the synthetic reports), scored with the dev sets' scorer (series used, image
range, prior flag). A set is named by its letter (dev16<x>) or `refs_<x>` (a retired blind set, `sets.RETIRED`); a
fold outside `--sets` is scored with one model trained on all of `--sets`. Per fold also the study classes: gold
prior / current refs found, and study flips (a gold ref missed while the same series and images were mined with the
other study). Round 8's evidence is the folds of the authors the grammar was never tuned on (h, i, j).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace

from curation.snippets.mine import mine_refs_batch
from curation.snippets.refscore.decide import using
from curation.snippets.refscore.sets import RETIRED, load_set, module_of
from curation.snippets.refscore.synthetic import synthetic_excerpts
from curation.snippets.refscore.train import (
    DEV_SUFFIXES,
    EPOCHS,
    SEED,
    SYNTHETIC,
    TRUST,
    TRUST_STUDY,
    VIEW_NAMES,
    VIEWS,
    examples,
    train,
)
from tests.curation.snippets.test_dev16c import _key, _want, score_dev


def _row(name: str, s) -> str:
    return (f"{name:>14} tp {s.tp:4d} fp {s.fp:3d} fn {s.fn:3d}  P {s.precision:.3f} R {s.recall:.3f} "
            f"F1 {s.snippet_f1 if s.snippets else float('nan'):.3f}")


def study_classes(excerpts) -> Counter:
    """Gold prior / current refs and how many were found; study flips (missed, mined with the other study)."""
    out: Counter = Counter()
    mined = mine_refs_batch([e.text for e in excerpts], [e.lang for e in excerpts], include_prior=True)
    for ex, got in zip(excerpts, mined, strict=True):
        want, have = Counter(_want(r) for r in ex.refs), Counter(_key(r) for r in got)
        missed, extra = want - have, have - want
        for study in (True, False):
            kind = "prior" if study else "current"
            out[kind] += sum(n for k, n in want.items() if k[3] == study)
            out[kind + "_tp"] += sum(n for k, n in (want & have).items() if k[3] == study)
        out["flips"] += sum(min(n, extra[(*k[:3], not k[3])]) for k, n in missed.items())
    return out


def _classes_row(c: Counter) -> str:
    return (f"prior {c['prior_tp']}/{c['prior']} current {c['current_tp']}/{c['current']} flips {c['flips']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", default=list(DEV_SUFFIXES))
    parser.add_argument("--folds", nargs="+", default=None,
                        help="the sets left out in turn (default: every set and every retired blind set)")
    parser.add_argument("--trust", nargs="+", type=float, default=[TRUST],
                        help="margins over the grammar's choice to try (model.trust), each on the same fold model")
    parser.add_argument("--trust-study", nargs="+", type=float, default=[TRUST_STUDY],
                        help="margins for the grammar's reading with the other study (model.trust_study)")
    parser.add_argument("--misses", action="store_true", help="print the model's reference misses per fold")
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC, help="synthetic excerpts added to every fold")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--views", nargs="+", default=list(VIEW_NAMES), choices=list(VIEWS))
    args = parser.parse_args()
    folds = args.folds or [*args.sets, *(f"refs_{x}" for x in RETIRED if f"refs_{x}" not in args.sets)]
    sets = {x: load_set(module_of(x)) for x in dict.fromkeys([*args.sets, *folds])}
    data = {x: examples(load_set(module_of(x), trained_only=True), args.views) for x in args.sets}
    extra = []
    if args.synthetic:
        extra = examples(synthetic_excerpts(args.synthetic, seed=SEED), args.views)
    totals = {"grammar": [0, 0, 0]} | {f"model t={t:g}/{u:g}": [0, 0, 0] for t in args.trust
                                          for u in args.trust_study}
    classes = {key: Counter() for key in totals}
    outside = None  # the one model of the folds outside --sets
    for x in folds:
        excerpts = sets[x]
        with using(None):
            g = score_dev(excerpts)
            c = study_classes(excerpts)
        print(_row(f"{x} gram", g), _classes_row(c))
        totals["grammar"] = [a + b for a, b in zip(totals["grammar"], (g.tp, g.fp, g.fn), strict=True)]
        classes["grammar"] += c
        if x in data:
            model = train([e for y, d in data.items() if y != x for e in d] + extra, args.epochs, SEED)
        else:
            outside = outside or train([e for d in data.values() for e in d] + extra, args.epochs, SEED)
            model = outside
        for t, u in ((t, u) for t in args.trust for u in args.trust_study):
            with using(replace(model, trust=t, trust_study=u)):
                m = score_dev(excerpts)
                c = study_classes(excerpts)
            key = f"model t={t:g}/{u:g}"
            print(_row(f"{x} {key}", m), _classes_row(c))
            classes[key] += c
            totals[key] = [a + b for a, b in zip(totals[key], (m.tp, m.fp, m.fn), strict=True)]
            for line in m.misses if args.misses else ():
                if line.startswith("refs"):
                    print("   ", line[:220])
    for key, (tp, fp, fn) in totals.items():
        print(f"{'all ' + key:>18} tp {tp} fp {fp} fn {fn}  P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f}",
              _classes_row(classes[key]))


if __name__ == "__main__":
    main()
