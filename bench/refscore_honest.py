"""Leave one author out against the grammar as it was BEFORE that author's round (docs/snippets.md, round 7).

    PYTHONPATH=. python bench/refscore_honest.py [--folds c d e f g] [--work /tmp/rl_honest]

The plain LOAO (`refscore_loao.py`) compares with a grammar tuned on every dev set c..g, so its grammar figures are
optimistic. Here, per fold X, the source tree at the commit each dev set was first measured on (`BASES`, recorded in
the dev tests: the grammar had not seen X) is unpacked (`git archive`), this branch's `curation/snippets/refscore`,
its `grammar_windows` mining hook and the dev sets are put in, and in that tree: the old grammar alone on X, and
old grammar + a model trained on every other dev set (`train.SETS`: c..j since round 8, as the old grammar parses
them) plus the synthetic excerpts, with the packaged trusts (`train.TRUST`, `TRUST_STUDY`). The cue lexicon the
features use is the old grammar's (`PRIOR_CUE`/`NOW_WORD`, or its older spelling).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASES = {"c": "5696f65", "d": "889ae59", "e": "4f18e80", "f": "2b8a480", "g": "1be37f2"}
_FOLD = r'''
import sys
from curation.snippets.refscore.decide import using
from curation.snippets.refscore.synthetic import synthetic_excerpts
from dataclasses import replace
from curation.snippets.refscore.train import SEED, SETS, SYNTHETIC, TRUST, TRUST_STUDY, examples, load_set, train
from tests.curation.snippets.test_dev16c import score_dev
x = sys.argv[1]
sets = {y.rsplit("dev16", 1)[1]: load_set(y) for y in SETS if ".dev16" in y}  # the dev sets (round 19: not refs_*)
data = [e for y, ex in sets.items() if y != x for e in examples(ex)] + examples(synthetic_excerpts(SYNTHETIC, SEED))
model = replace(train(data), trust=TRUST, trust_study=TRUST_STUDY)
with using(None):
    g = score_dev(sets[x])
with using(model):
    m = score_dev(sets[x])
for name, s in (("old grammar", g), ("old grammar + model", m)):
    print(f"{x} {name:>20}: tp {s.tp} fp {s.fp} fn {s.fn}  P {s.precision:.3f} R {s.recall:.3f}")
'''


def _patch_mine(path: Path) -> None:
    old = path.read_text()
    new = (ROOT / "curation/snippets/mine.py").read_text()
    hook = new[new.index("CueWindow = "):new.index("def mine_refs(text")]
    if "table_refs" not in old:  # before pipe tables: drop the hook's table step
        hook = re.sub(r"    for i, text in enumerate\(texts\):\n        if \"\|\" in text.*?"
                      r"key=lambda w: w\[0\]\)\n", "", hook, flags=re.S)
    head, rest = old.split("def _mine(", 1)
    tail = rest[rest.index("def mine_refs(text"):]
    imports = ("import re\nfrom curation.snippets.refscore.candidates import EXTRA_CUES\n"
               "from curation.snippets.refscore.decide import active_model, decide\n")
    head = head.replace("from __future__ import annotations\n", "from __future__ import annotations\n" + imports, 1)
    path.write_text(head + hook + tail)


def _patch_grammar(path: Path) -> None:
    src = path.read_text()
    if "\nPRIOR_CUE" in src:
        return
    cue = "_PRIOR_CUE" if "\n_PRIOR_CUE" in src else "re.compile(r'(?i)\\b' + _PRIOR_WORDS)"
    path.write_text(src + f"\n\nPRIOR_CUE, NOW_WORD = {cue}, _NOW\n")


def prepare(fold: str, work: Path) -> Path:
    tree = work / fold
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASES[fold]], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    shutil.copytree(ROOT / "curation/snippets/refscore", tree / "curation/snippets/refscore")
    for f in (ROOT / "tests/curation/snippets").glob("dev16*.py"):
        shutil.copy(f, tree / "tests/curation/snippets" / f.name)
    for name in ("test_dev16c.py", "report_scoring.py"):
        shutil.copy(ROOT / "tests/curation/snippets" / name, tree / "tests/curation/snippets" / name)
    _patch_mine(tree / "curation/snippets/mine.py")
    _patch_grammar(tree / "curation/snippets/grammar.py")
    return tree


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", nargs="+", default=list(BASES))
    parser.add_argument("--work", type=Path, default=Path("/tmp/rl_honest"))
    args = parser.parse_args()
    for fold in args.folds:
        tree = prepare(fold, args.work)
        run = subprocess.run([sys.executable, "-c", _FOLD, fold], cwd=tree, capture_output=True, text=True,
                             env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
        print(run.stdout.strip() or run.stderr.strip()[-2000:], flush=True)


if __name__ == "__main__":
    main()
