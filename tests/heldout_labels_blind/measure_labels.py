"""Labels held-out B: black-box measurement of `radcurate label-reports` on corpus.py.

Runs the CLI once as a subprocess (JSONL in, JSONL out, rule path: no LLM options) and scores:
- per-label F1 over the 18 CT-RATE labels and their macro mean (null counts as 0);
- uncertain-flag agreement on gold positives (predicted "uncertain" membership == gold);
- reports/s (wall clock, process start included).

Usage: python -m tests.heldout_labels_blind.measure_labels [--json]
Prints aggregate figures only, never individual report texts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.heldout_labels_blind.corpus import LABELS, REPORTS

REPO = Path(__file__).resolve().parents[2]


def run_cli() -> tuple[dict[str, dict], float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-c", "import sys; from radcurate.cli import main; sys.exit(main())"]
    with tempfile.TemporaryDirectory() as td:
        inp, out = Path(td) / "in.jsonl", Path(td) / "out.jsonl"
        inp.write_text("".join(json.dumps({"id": r.id, "text": r.text, "lang": r.lang}) + "\n" for r in REPORTS))
        t0 = time.perf_counter()
        subprocess.run([*cmd, "label-reports", "--in", str(inp), "--out", str(out)],
                       check=True, env=env, cwd=REPO, capture_output=True)
        wall = time.perf_counter() - t0
        rows = [json.loads(x) for x in out.read_text().splitlines() if x.strip()]
    return {row["id"]: row for row in rows}, wall


def score(pred: dict[str, dict]) -> dict:
    per = {}
    for name in LABELS:
        tp = fp = fn = 0
        for r in REPORTS:
            g = r.labels[name]
            p = int(((pred.get(r.id) or {}).get("labels") or {}).get(name) or 0)
            tp += g and p
            fp += p and not g
            fn += g and not p
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[name] = {"support": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                     "precision": prec, "recall": rec, "f1": f1}
    agree = total = gold_unc = gold_unc_hit = 0
    for r in REPORTS:
        unc = set((pred.get(r.id) or {}).get("uncertain") or [])
        for name in LABELS:
            if r.labels[name]:
                total += 1
                agree += (name in unc) == (name in r.uncertain)
                if name in r.uncertain:
                    gold_unc += 1
                    gold_unc_hit += name in unc
    return {
        "reports": len(REPORTS), "returned": sum(r.id in pred for r in REPORTS),
        "positives": total, "gold_uncertain": gold_unc,
        "macro_f1": sum(v["f1"] for v in per.values()) / len(LABELS),
        "micro_f1": _micro(per),
        "uncertain_agreement_on_positives": agree / total if total else 0.0,
        "gold_uncertain_flagged": gold_unc_hit,
        "per_label": per,
    }


def _micro(per: dict) -> float:
    tp = sum(v["tp"] for v in per.values())
    fp = sum(v["fp"] for v in per.values())
    fn = sum(v["fn"] for v in per.values())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def measure() -> dict:
    pred, wall = run_cli()
    res = score(pred)
    res["wall_s"] = wall
    res["reports_per_s"] = len(REPORTS) / wall
    return res


def main() -> None:
    res = measure()
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1))
        return
    print(f"reports {res['reports']} (returned {res['returned']}), positives {res['positives']}, "
          f"gold uncertain {res['gold_uncertain']}")
    print(f"macro-F1 {res['macro_f1']:.3f}  micro-F1 {res['micro_f1']:.3f}  "
          f"uncertain agreement on positives {res['uncertain_agreement_on_positives']:.3f} "
          f"(gold-uncertain flagged {res['gold_uncertain_flagged']}/{res['gold_uncertain']})  "
          f"{res['reports_per_s']:.1f} reports/s ({res['wall_s']:.2f} s)")
    print("| label | support | TP | FP | FN | P | R | F1 |\n|---|---|---|---|---|---|---|---|")
    for name, v in res["per_label"].items():
        print(f"| {name} | {v['support']} | {v['tp']} | {v['fp']} | {v['fn']} | "
              f"{v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} |")


if __name__ == "__main__":
    main()
