"""Developer tool (RETIRED held-outs only): the ID / ADDRESS / PHONE / AGE misses, the lost keep-terms and the
largest over-redacted stretches of a retired held-out set, with ~60 characters of context, through the CLI
(tagger as configured: on by default).

    PYTHONPATH=. python -m tests.dev14ga.retired_misses [--labels ID,ADDRESS,PHONE,AGE] [--over N] MODULE ...

MODULE: a retired held-out corpus module (e.g. tests.heldout33.deid_corpus). Never a clean set: the runner
refuses the held-outs the tagger's training refuses (`train.EVIDENCE_FROM` on), one boundary for both.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys

from curation.deid.text.tagger.train import EVIDENCE_FROM as _CLEAN_FROM
from tests.heldout8.measure_deid import _covered, run_cli


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left, right = text[max(0, start - width) : start], text[end : end + width]
    return f"{left}[{text[start:end]}]{right}".replace("\n", "⏎")


def _stretches(flags: list[bool]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, f in enumerate([*flags, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    return out


def report(module: str, labels: set[str], over: int) -> None:
    number = re.search(r"heldout(\d+)", module)
    if number and int(number.group(1)) >= _CLEAN_FROM:
        raise SystemExit(f"{module}: a clean held-out set, not to be read")
    excerpts = list(importlib.import_module(module).EXCERPTS)
    outputs, _ = run_cli(excerpts)
    overs: list[tuple[int, str]] = []
    for ex in excerpts:
        rec = outputs[ex.id]
        cov = _covered(ex.text, rec.get("spans") or [])
        gold = [False] * len(ex.text)
        for s, e, label in ex.spans:
            gold[s:e] = [True] * (e - s)
            if label not in labels:
                continue
            chars = range(s, e)
            if label == "AGE":
                chars = [i for i in chars if ex.text[i].isdigit()] or list(chars)
            if not all(cov[i] for i in chars if ex.text[i].isalnum()):
                print(f"MISS {ex.id} {label:8s} {_context(ex.text, s, e)}")
        for k in ex.keep:
            if k not in rec.get("text", ""):
                i = ex.text.find(k)
                print(f"LOST {ex.id} {k!r} | {_context(ex.text, i, i + len(k))}")
        flags = [cov[i] and not gold[i] and ex.text[i].isalnum() for i in range(len(ex.text))]
        # join over-redacted letters separated by blanks or punctuation into one stretch
        joined = [cov[i] and not gold[i] for i in range(len(ex.text))]
        for s, e in _stretches(joined):
            n = sum(flags[s:e])
            if n:
                overs.append((n, f"OVER {ex.id} {n:3d} {_context(ex.text, s, e, 40)}"))
    for _, line in sorted(overs, key=lambda t: -t[0])[:over]:
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("modules", nargs="+")
    ap.add_argument("--labels", default="ID,ADDRESS,PHONE,AGE")
    ap.add_argument("--over", type=int, default=40, help="how many over-redacted stretches to list")
    args = ap.parse_args(argv)
    for module in args.modules:
        print(f"## {module}")
        report(module, set(args.labels.split(",")), args.over)
    return 0


if __name__ == "__main__":
    sys.exit(main())
