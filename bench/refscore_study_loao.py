"""Leave one AUTHOR out over the retired blind ref sets, the prior-study decision scored on its own (round 21b).

    PYTHONPATH=. python bench/refscore_study_loao.py [--configs dev ret] [--folds refs_c ...] [--errors FILE]

Each retired blind set (`sets.RETIRED`, one author each) is a fold. Per fold: the grammar alone; "dev" = a model
trained on the dev sets (`train.SETS`) + the synthetic excerpts (one model for every fold: no fold is in it); "ret" =
trained on the dev sets + every OTHER retired set + the synthetic excerpts (one model per fold, never on the fold).
Scored with `tests/curation/snippets/study_scoring.py`: refs tp / fp / fn, prior recall / precision and the
wrong-study count (position right, study wrong). `--errors FILE` writes each left-out fold's study errors and prior
misses with their context (retired-set text: a bare file name goes to bench/out/, a path inside the repository
must be one git ignores, the file is created 0600).
Reads tests/ sets (the dev sets and `tests/heldout_refs_<x>` for x in RETIRED); refuses every other held-out set.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from curation.snippets.mine import mine_refs_batch
from curation.snippets.refscore.decide import using
from curation.snippets.refscore.sets import RETIRED, load_set, module_of
from curation.snippets.refscore.synthetic import synthetic_excerpts
from curation.snippets.refscore.train import EPOCHS, SEED, SETS, SYNTHETIC, TRUST, TRUST_STUDY, examples, train
from tests.curation.snippets.study_scoring import StudyScore, score_study


def _keys(ex, got):
    want = [((r.series, r.image_start, r.image_end), r.prior) for r in ex.refs]
    have = [((r.series if r.series is not None else r.context_series, r.image_start, r.image_end), r.prior_study)
            for r in got]
    return want, have


def fold_score(excerpts, errors: list[str] | None = None, tag: str = "") -> StudyScore:
    """The study score of the mining in force on one fold; study errors and prior misses appended to `errors`."""
    mined = mine_refs_batch([e.text for e in excerpts], [e.lang for e in excerpts], include_prior=True)
    pairs = [_keys(ex, got) for ex, got in zip(excerpts, mined, strict=True)]
    if errors is not None:
        for ex, (want, have) in zip(excerpts, pairs, strict=True):
            miss, extra = Counter(want) - Counter(have), Counter(have) - Counter(want)
            bad = [f"want {k}{' P' if p else ''}" for (k, p) in miss if p or (k, True) in extra]
            bad += [f"got {k} P" for (k, p) in extra if p and (k, True) not in miss]
            if bad:
                errors.append(f"[{tag}] {'; '.join(bad)}\n    {ex.text!r}")
    return score_study(pairs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--configs", nargs="+", default=["dev", "ret"], choices=["dev", "ret"])
    parser.add_argument("--folds", nargs="+", default=[f"refs_{x}" for x in RETIRED])
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC)
    parser.add_argument("--errors", default=None, help="write the folds' study errors (retired text) to this file")
    args = parser.parse_args()
    path = errors_path(args.errors) if args.errors else None  # refused before any work
    t0 = time.time()
    retired = {x: load_set(module_of(x)) for x in (f"refs_{y}" for y in RETIRED)}
    dev = [e for name in SETS for e in examples(load_set(name, trained_only=True))]
    dev += examples(synthetic_excerpts(args.synthetic, seed=SEED)) if args.synthetic else []
    ret = {x: examples(v) for x, v in retired.items()} if "ret" in args.configs else {}
    print(f"features {time.time() - t0:.0f} s", flush=True)
    dev_model = train(dev, EPOCHS, SEED) if "dev" in args.configs else None
    totals: dict[str, StudyScore] = {}
    errors: list[str] | None = [] if args.errors else None
    for x in args.folds:
        excerpts = retired[x]
        models = {"grammar": None}
        if dev_model is not None:
            models["dev"] = dev_model
        if "ret" in args.configs:
            models["ret"] = train(dev + [g for y, d in ret.items() if y != x for g in d], EPOCHS, SEED)
        for name, model in models.items():
            with using(model if model is None else replace(model, trust=TRUST, trust_study=TRUST_STUDY)):
                s = fold_score(excerpts, errors if name != "grammar" else None, f"{x} {name}")
            totals[name] = totals[name] + s if name in totals else s
            print(f"{x:>7} {name:>7} {s.line()}", flush=True)
    for name, s in totals.items():
        print(f"{'all':>7} {name:>7} {s.line()}")
    print(f"{time.time() - t0:.0f} s")
    if args.errors:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.chmod(path, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write("\n".join(errors or []) + "\n")


def errors_path(name: str) -> Path:
    """Where `--errors NAME` may write retired report text: a bare name goes to bench/out/ (ignored by git); any
    other path inside the repository must be one git ignores (else refused)."""
    repo = Path(__file__).resolve().parent.parent
    path = Path(name)
    if not path.is_absolute() and path.parent == Path():
        path = repo / "bench" / "out" / path
    path = path.resolve()
    if path.is_relative_to(repo):
        ignored = subprocess.run(["git", "-C", str(repo), "check-ignore", "-q", str(path)], check=False).returncode
        if ignored != 0:
            raise SystemExit("--errors: refusing a path inside the repository that git does not ignore")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


if __name__ == "__main__":
    main()
