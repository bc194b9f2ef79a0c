"""Held-out refs B: black-box measurement of `radcurate mine-refs` on refs_corpus.py.

Runs the CLI once as a subprocess (JSONL in, JSONL out). A predicted ref matches a gold ref of the
same excerpt when series, image_start, image_end (a missing image_end counts as image_start) and
prior_study are all equal; matching is one-to-one. Misses are counted by the gold ref's notation
class, false hits by the confounder class they overlap ("unmarked" when they overlap none, or
"wrong_fields" when they overlap a gold ref they failed to match).

Other corpora reuse this scorer: pass their EXCERPTS (same fields). Where gold refs also carry a `snippet`,
the mean snippet token-F1 over matched refs is reported (lower-cased word tokens, predicted `snippet`).
With adjacent=True a false hit is placed by the marked item (confounder or gold ref) nearest the edges of
its predicted snippet, outside it, within ADJACENT_CHARS, instead of by overlap with the snippet, since
the snippet is the finding next to a citation and may contain confounders (sizes) of its own.

Usage: python -m tests.heldout_refs_blind.measure_refs [--json] [--corpus MODULE] [--adjacent]
Prints aggregate figures only, never the individual texts of misses.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from tests.commands import radcurate_command
from tests.heldout_refs_blind.refs_corpus import EXCERPTS

ADJACENT_CHARS = 60
_WORD = re.compile(r"\w+")


def runradcurate_command(excerpts=EXCERPTS) -> dict[str, list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = Path(tmp, "in.jsonl"), Path(tmp, "out.jsonl")
        with inp.open("w", encoding="utf-8") as f:
            for e in excerpts:
                f.write(json.dumps({"id": e.id, "text": e.text, "lang": e.lang}, ensure_ascii=False) + "\n")
        subprocess.run([*radcurate_command(), "mine-refs", "--in", str(inp), "--out", str(outp)], check=True,
                       capture_output=True)
        out: dict[str, list[dict]] = {}
        for line in outp.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = list(row.get("refs") or [])
        return out


def _key(r: dict) -> tuple:
    s = r.get("series")
    i0 = r.get("image_start")
    i1 = r.get("image_end")
    if i1 is None:
        i1 = i0
    return (
        None if s is None else int(s),
        None if i0 is None else int(i0),
        None if i1 is None else int(i1),
        bool(r.get("prior_study")),
    )


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def token_f1(pred: str, gold: str) -> float:
    """F1 of the lower-cased word-token multisets of pred and gold."""
    p, g = Counter(_WORD.findall(pred.lower())), Counter(_WORD.findall(gold.lower()))
    common = sum((p & g).values())
    if not p and not g:
        return 1.0
    if common == 0:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def _place_adjacent(e, ps: int, pe: int) -> str:
    """Class of the marked item nearest the predicted snippet's edges, outside it; "unmarked" if none near."""
    best: tuple[int, str] | None = None
    items = [(c.start, c.end, "confounder:" + c.category) for c in e.confounders]
    items += [(g.start, g.end, "wrong_fields") for g in e.refs]
    for s0, s1, cat in items:
        if ps <= s0 and s1 <= pe and ps < pe:
            continue
        d = s0 - pe if s0 >= pe else (ps - s1 if s1 <= ps else 0)
        if d <= ADJACENT_CHARS and (best is None or d < best[0]):
            best = (d, cat)
    return "unmarked" if best is None else best[1]


def score(pred: dict[str, list[dict]], excerpts=EXCERPTS, adjacent: bool = False) -> dict:
    tp = fp = fn = 0
    f1s: list[float] = []
    misses: Counter[str] = Counter()
    false_hits: Counter[str] = Counter()
    gold_by_cat: Counter[str] = Counter()
    for e in excerpts:
        golds = list(e.refs)
        for g in golds:
            gold_by_cat[g.category] += 1
        used = [False] * len(golds)
        for p in pred.get(e.id, []):
            k = _key(p)
            hit = next(
                (
                    j
                    for j, g in enumerate(golds)
                    if not used[j] and (g.series, g.image_start, g.image_end, g.prior_study) == k
                ),
                None,
            )
            if hit is not None:
                used[hit] = True
                tp += 1
                gold_snippet = getattr(golds[hit], "snippet", None)
                if gold_snippet is not None:
                    f1s.append(token_f1(str(p.get("snippet") or ""), gold_snippet))
                continue
            fp += 1
            ps, pe = p.get("snippet_start"), p.get("snippet_end")
            cat = "unmarked"
            if adjacent and isinstance(ps, int) and isinstance(pe, int):
                cat = _place_adjacent(e, ps, pe)
            elif isinstance(ps, int) and isinstance(pe, int):
                neg = next((c for c in e.confounders if _overlap(ps, pe, c.start, c.end)), None)
                if neg is not None:
                    cat = "confounder:" + neg.category
                elif any(_overlap(ps, pe, g.start, g.end) for g in golds):
                    cat = "wrong_fields"
            false_hits[cat] += 1
        for j, g in enumerate(golds):
            if not used[j]:
                fn += 1
                misses[g.category] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    res = {
        "excerpts": len(excerpts),
        "gold_refs": tp + fn,
        "confounders": sum(len(e.confounders) for e in excerpts),
        "predicted": tp + fp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "gold_by_category": dict(sorted(gold_by_cat.items())),
        "misses_by_category": dict(sorted(misses.items())),
        "false_hits_by_category": dict(sorted(false_hits.items())),
    }
    if f1s:
        res["snippet_f1"] = round(sum(f1s) / len(f1s), 4)
        res["snippets_scored"] = len(f1s)
    return res


def measure(excerpts=EXCERPTS, adjacent: bool = False) -> dict:
    return score(runradcurate_command(excerpts), excerpts, adjacent)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--corpus", default="tests.heldout_refs_blind.refs_corpus", help="module with EXCERPTS")
    ap.add_argument("--adjacent", action="store_true", help="place false hits next to the snippet")
    args = ap.parse_args()
    res = measure(importlib.import_module(args.corpus).EXCERPTS, args.adjacent)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
