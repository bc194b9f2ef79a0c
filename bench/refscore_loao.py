"""Leave-one-author-out for the learned reference decision (docs/snippets.md, round 7).

    PYTHONPATH=. python bench/refscore_loao.py [--sets c d e f g] [--synthetic N]

Per dev set (one engineer each): the grammar alone, and grammar + a model trained on every other set (plus the
synthetic reports, when asked), scored with the dev sets' scorer (series used, image range, prior flag).
"""

from __future__ import annotations

import argparse

from curation.snippets.refscore.decide import using
from curation.snippets.refscore.synthetic import synthetic_excerpts
from curation.snippets.refscore.train import EPOCHS, SEED, SYNTHETIC, VIEW_NAMES, VIEWS, examples, load_set, train
from tests.curation.snippets.test_dev16c import score_dev


def _row(name: str, s) -> str:
    return (f"{name:>8} tp {s.tp:4d} fp {s.fp:3d} fn {s.fn:3d}  P {s.precision:.3f} R {s.recall:.3f} "
            f"F1 {s.snippet_f1 if s.snippets else float('nan'):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", default=list("cdefgh"))
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC, help="synthetic excerpts added to every fold")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--views", nargs="+", default=list(VIEW_NAMES), choices=list(VIEWS))
    args = parser.parse_args()
    sets = {x: load_set(f"tests.curation.snippets.dev16{x}") for x in args.sets}
    data = {x: examples(ex, args.views) for x, ex in sets.items()}
    extra = []
    if args.synthetic:
        extra = examples(synthetic_excerpts(args.synthetic, seed=SEED), args.views)
    totals = {"grammar": [0, 0, 0], "model": [0, 0, 0]}
    for x, excerpts in sets.items():
        with using(None):
            g = score_dev(excerpts)
        model = train([e for y, d in data.items() if y != x for e in d] + extra, args.epochs, SEED)
        with using(model):
            m = score_dev(excerpts)
        print(_row(f"{x} gram", g))
        print(_row(f"{x} model", m))
        for key, s in (("grammar", g), ("model", m)):
            totals[key] = [a + b for a, b in zip(totals[key], (s.tp, s.fp, s.fn), strict=True)]
        for line in m.misses:
            if line.startswith("refs"):
                print("   ", line[:220])
    for key, (tp, fp, fn) in totals.items():
        print(f"{'all ' + key:>13} tp {tp} fp {fp} fn {fn}  P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f}")


if __name__ == "__main__":
    main()
