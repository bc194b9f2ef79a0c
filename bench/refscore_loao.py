"""Leave-one-author-out for the learned reference decision (docs/snippets.md, round 7).

    PYTHONPATH=. python bench/refscore_loao.py [--sets c d e f g h i j] [--folds h i j] [--synthetic N] [--misses]

Per dev set (one engineer each) of `--folds` (default: every set): the grammar alone, and grammar + a model trained
on every other set of `--sets` (plus the synthetic reports), scored with the dev sets' scorer (series used, image
range, prior flag). Round 8's evidence is the folds of the authors the grammar was never tuned on (h, i, j).
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from curation.snippets.refscore.decide import using
from curation.snippets.refscore.synthetic import synthetic_excerpts
from curation.snippets.refscore.train import (
    EPOCHS,
    SEED,
    SYNTHETIC,
    TRUST,
    TRUST_STUDY,
    VIEW_NAMES,
    VIEWS,
    examples,
    load_set,
    train,
)
from tests.curation.snippets.test_dev16c import score_dev


def _row(name: str, s) -> str:
    return (f"{name:>14} tp {s.tp:4d} fp {s.fp:3d} fn {s.fn:3d}  P {s.precision:.3f} R {s.recall:.3f} "
            f"F1 {s.snippet_f1 if s.snippets else float('nan'):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", default=list("cdefghijklrtuw"))
    parser.add_argument("--folds", nargs="+", default=None, help="the sets left out in turn (default: all)")
    parser.add_argument("--trust", nargs="+", type=float, default=[TRUST],
                        help="margins over the grammar's choice to try (model.trust), each on the same fold model")
    parser.add_argument("--trust-study", nargs="+", type=float, default=[TRUST_STUDY],
                        help="margins for the grammar's reading with the other study (model.trust_study)")
    parser.add_argument("--misses", action="store_true", help="print the model's reference misses per fold")
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC, help="synthetic excerpts added to every fold")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--views", nargs="+", default=list(VIEW_NAMES), choices=list(VIEWS))
    args = parser.parse_args()
    sets = {x: load_set(f"tests.curation.snippets.dev16{x}") for x in args.sets}
    data = {x: examples(ex, args.views) for x, ex in sets.items()}
    extra = []
    if args.synthetic:
        extra = examples(synthetic_excerpts(args.synthetic, seed=SEED), args.views)
    totals = {"grammar": [0, 0, 0]} | {f"model t={t:g}/{u:g}": [0, 0, 0] for t in args.trust
                                          for u in args.trust_study}
    for x in args.folds or args.sets:
        excerpts = sets[x]
        with using(None):
            g = score_dev(excerpts)
        print(_row(f"{x} gram", g))
        totals["grammar"] = [a + b for a, b in zip(totals["grammar"], (g.tp, g.fp, g.fn), strict=True)]
        model = train([e for y, d in data.items() if y != x for e in d] + extra, args.epochs, SEED)
        for t, u in ((t, u) for t in args.trust for u in args.trust_study):
            with using(replace(model, trust=t, trust_study=u)):
                m = score_dev(excerpts)
            key = f"model t={t:g}/{u:g}"
            print(_row(f"{x} {key}", m))
            totals[key] = [a + b for a, b in zip(totals[key], (m.tp, m.fp, m.fn), strict=True)]
            for line in m.misses if args.misses else ():
                if line.startswith("refs"):
                    print("   ", line[:220])
    for key, (tp, fp, fn) in totals.items():
        print(f"{'all ' + key:>18} tp {tp} fp {fp} fn {fn}  P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f}")


if __name__ == "__main__":
    main()
