"""Report scrubbing in several source trees, one worker process per tree, in lock-step: µs of process CPU time per
report, each tree measured on the same passes of a shared machine.

A worker imports the scrubber from its tree (`git worktree add --detach /tmp/old <commit>` makes one), builds
bench/scrub.py's reports (`corpus(--n)`) and warms up; then the workers scrub all reports one pass at a time, one
worker after the other, the order rotated each pass, so that the other engineers' load falls on every tree alike.
Prints each tree's min and median over the passes (`scrub_text(..., use_spacy=False)`; `--spacy` adds the spaCy
layer; the tagger as RADCURATE_DEID_TAGGER or its default says).

    PYTHONPATH=. python bench/scrub_lockstep.py /tmp/old /tmp/main . [--passes 12] [--n 300] [--spacy]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

_WORKER = r"""
import sys, time
n, spacy = int(sys.argv[1]), sys.argv[2] == "1"
from bench.scrub import corpus
from curation.deid.text.scrub import scrub_text
items = corpus(n)
for t, lang, phi in items[:50]:
    scrub_text(t, lang, phi, -364, use_spacy=spacy)
print("ready", flush=True)
for line in sys.stdin:
    start = time.process_time()
    for t, lang, phi in items:
        scrub_text(t, lang, phi, -364, use_spacy=spacy)
    print((time.process_time() - start) / len(items) * 1e6, flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--passes", type=int, default=12)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--spacy", action="store_true")
    args = parser.parse_args()
    if args.passes < 1 or args.n < 1:
        raise SystemExit("--passes and --n must be positive")
    trees = [t.resolve() for t in args.trees]
    for tree in trees:
        if not (tree / "curation" / "deid" / "text" / "scrub.py").is_file():
            raise SystemExit(f"not a source tree: {tree}")
    workers = [subprocess.Popen([sys.executable, "-c", _WORKER, str(args.n), "1" if args.spacy else "0"], cwd=tree,
                                env={**os.environ, "PYTHONPATH": str(tree)}, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True) for tree in trees]
    for w in workers:
        if w.stdout.readline().strip() != "ready":
            raise SystemExit("a worker failed to start")
    times: list[list[float]] = [[] for _ in trees]
    for p in range(args.passes):
        order = list(range(len(trees)))
        order = order[p % len(order):] + order[:p % len(order)]
        for i in order:
            workers[i].stdin.write("go\n")
            workers[i].stdin.flush()
            times[i].append(float(workers[i].stdout.readline()))
    for w in workers:
        w.stdin.close()
        w.wait()
    print(f"{args.n} reports, {args.passes} passes, spaCy {'on' if args.spacy else 'off'}; µs per report (CPU)")
    for tree, ts in zip(trees, times, strict=True):
        print(f"{tree!s:40s} min {min(ts):7.0f}  median {statistics.median(ts):7.0f}  "
              f"all {' '.join(f'{t:.0f}' for t in ts)}")


if __name__ == "__main__":
    main()
