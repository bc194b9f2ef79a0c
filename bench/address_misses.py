"""ADDRESS misses and address over-redaction across the RETIRED held-out sets (issue 14, deid-addr25).

Runs `radcurate scrub-text` (tagger as configured: on by default) once over the excerpts of every retired
held-out set tests/heldout8 .. tests/heldout36 and lists

- every ADDRESS miss: a gold ADDRESS span whose letters and digits are not all covered by output spans, with
  ~60 characters of context and its set;
- every keep-term lost to an ADDRESS output span (over-redaction by an address rule);

then a table per set (ADDRESS spans, found, missed, keep-terms lost to ADDRESS) and the total.

    PYTHONPATH=. python bench/address_misses.py [--sets 8-36] [--quiet] [--json FILE]

Retired sets only: the runner refuses held-outs from 37 on (clean evidence). Figures from it are tuning figures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curation.deid.text.tagger.train import EVIDENCE_FROM
from tests.dev14ga.retired_misses import _context
from tests.heldout8.measure_deid import _covered, run_cli

FIRST_RETIRED, LAST_RETIRED = 8, EVIDENCE_FROM - 1  # one boundary with the tagger's training and retired_misses
LABEL = "ADDRESS"


@dataclass(frozen=True)
class _Row:
    """One excerpt under a set-prefixed id (ids repeat across sets), as run_cli reads it."""

    id: str
    lang: str
    text: str


def _sets(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    numbers = list(range(int(lo), int(hi or lo) + 1))
    if any(n > LAST_RETIRED or n < FIRST_RETIRED for n in numbers):
        raise SystemExit(f"retired held-outs are {FIRST_RETIRED}..{LAST_RETIRED}; later sets are clean evidence")
    return numbers


def measure(numbers: list[int]) -> tuple[dict[int, dict], list[str]]:
    """({set: {spans, found, missed, lost}}, the listed lines) from one CLI run over all `numbers`."""
    corpora = {n: list(importlib.import_module(f"tests.heldout{n}.deid_corpus").EXCERPTS) for n in numbers}
    rows = [_Row(f"{n}/{ex.id}", ex.lang, ex.text) for n, exs in corpora.items() for ex in exs]
    outputs, _ = run_cli(rows)  # type: ignore[arg-type]
    table: dict[int, dict] = {}
    lines: list[str] = []
    for n, exs in corpora.items():
        counts = {"spans": 0, "found": 0, "missed": 0, "lost": 0}
        for ex in exs:
            rec = outputs[f"{n}/{ex.id}"]
            spans = rec.get("spans") or []
            cov = _covered(ex.text, spans)
            for s, e, label in ex.spans:
                if label != LABEL:
                    continue
                counts["spans"] += 1
                if all(cov[i] for i in range(s, e) if ex.text[i].isalnum()):
                    counts["found"] += 1
                else:
                    counts["missed"] += 1
                    lines.append(f"MISS {n:2d} {ex.id} {_context(ex.text, s, e)}")
            address = _covered(ex.text, [sp for sp in spans if sp.get("label") == LABEL])
            for k in ex.keep:
                i = ex.text.find(k)
                if i >= 0 and k not in rec.get("text", "") and any(address[i : i + len(k)]):
                    counts["lost"] += 1
                    lines.append(f"LOST {n:2d} {ex.id} {k!r} | {_context(ex.text, i, i + len(k))}")
        table[n] = counts
    return table, lines


def markdown(table: dict[int, dict]) -> str:
    out = ["| set | ADDRESS spans | found | missed | recall | keep-terms lost to ADDRESS |"]
    out.append("|---|---|---|---|---|---|")
    total = {"spans": 0, "found": 0, "missed": 0, "lost": 0}
    for n, c in table.items():
        for k in total:
            total[k] += c[k]
        rec = c["found"] / c["spans"] if c["spans"] else 1.0
        out.append(f"| {n} | {c['spans']} | {c['found']} | {c['missed']} | {rec:.3f} | {c['lost']} |")
    rec = total["found"] / total["spans"] if total["spans"] else 1.0
    out.append(f"| total | {total['spans']} | {total['found']} | {total['missed']} | {rec:.3f} | {total['lost']} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=f"{FIRST_RETIRED}-{LAST_RETIRED}", help="a range of retired sets, e.g. 20-36")
    ap.add_argument("--quiet", action="store_true", help="the table only")
    ap.add_argument("--json", help="write the per-set table to this file")
    args = ap.parse_args(argv)
    table, lines = measure(_sets(args.sets))
    if not args.quiet:
        print("\n".join(lines))
    print(markdown(table))
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
