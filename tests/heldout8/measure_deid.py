"""Held-out 8: black-box measurement of `radcurate scrub-text` on tests/heldout8/deid_corpus.py.

Runs the CLI as a subprocess (JSONL in, JSONL out) and scores:
- PHI span recall: a gold span is caught when the output spans cover every letter/digit of it
  (AGE: caught when the digits of its number are covered); overall and per label;
- keep-term survival: the keep-term still appears verbatim in the output text;
- over-redaction: share of letters/digits outside every gold PHI span that output spans cover;
- throughput: texts/s of the CLI (wall clock, process start included; and net of a one-text run).

Usage: python -m tests.heldout8.measure_deid [--repeat N] [--markdown]
(other held-out corpora pass their excerpts to `measure` / `main`, e.g. tests.heldout9.measure_deid)
Prints aggregate figures only, never the individual misses.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.commands import radcurate_command
from tests.heldout8.deid_corpus import EXCERPTS, LABELS, Excerpt

REPO = Path(__file__).resolve().parents[2]


def run_cli(excerpts: list[Excerpt], repeat: int = 1) -> tuple[dict[str, dict], float]:
    """Scrub the excerpts through the CLI; returns ({id: output record}, wall seconds)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for r in range(repeat):
                for ex in excerpts:
                    rid = ex.id if r == 0 else f"{ex.id}#{r}"
                    f.write(json.dumps({"id": rid, "text": ex.text, "lang": ex.lang}, ensure_ascii=False) + "\n")
        t0 = time.perf_counter()
        subprocess.run(
            [*radcurate_command(), "scrub-text", "--in", str(inp), "--out", str(outp)],
            check=True,
            env=env,
            cwd=str(REPO),
            capture_output=True,
            timeout=600,
        )
        wall = time.perf_counter() - t0
        out = {}
        with outp.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec
    return out, wall


def _covered(text: str, spans: list[dict]) -> list[bool]:
    cov = [False] * len(text)
    for sp in spans:
        for i in range(max(0, int(sp["start"])), min(len(text), int(sp["end"]))):
            cov[i] = True
    return cov


def score(excerpts: list[Excerpt], outputs: dict[str, dict]) -> dict:
    found, total = Counter(), Counter()
    over_num = over_den = 0
    keep_ok = keep_n = 0
    age_old_found = age_old_n = 0
    missing = 0
    for ex in excerpts:
        rec = outputs.get(ex.id)
        if rec is None:
            missing += 1
            rec = {"text": ex.text, "spans": []}
        cov = _covered(ex.text, rec.get("spans") or [])
        gold = [False] * len(ex.text)
        for s, e, label in ex.spans:
            for i in range(s, e):
                gold[i] = True
            chars = range(s, e)
            if label == "AGE":
                chars = [i for i in chars if ex.text[i].isdigit()] or list(chars)
            need = [i for i in chars if ex.text[i].isalnum()]
            ok = all(cov[i] for i in need)
            total[label] += 1
            found[label] += ok
            if label == "AGE" and int("".join(ex.text[i] for i in need if ex.text[i].isdigit()) or 0) > 89:
                age_old_n += 1
                age_old_found += ok
        for i, ch in enumerate(ex.text):
            if ch.isalnum() and not gold[i]:
                over_den += 1
                over_num += cov[i]
        out_text = rec.get("text", "")
        for k in ex.keep:
            keep_n += 1
            keep_ok += k in out_text
    n_spans = sum(total.values())
    return {
        "excerpts": len(excerpts),
        "spans": n_spans,
        "keep_terms": keep_n,
        "missing_outputs": missing,
        "recall": sum(found.values()) / n_spans if n_spans else 1.0,
        "found": sum(found.values()),
        "per_label": {lab: (found[lab], total[lab]) for lab in LABELS if total[lab]},
        "age_over_89": (age_old_found, age_old_n),
        "keep": keep_ok / keep_n if keep_n else 1.0,
        "keep_ok": keep_ok,
        "over_redaction": over_num / over_den if over_den else 0.0,
        "over_chars": (over_num, over_den),
    }


def measure(repeat: int = 20, excerpts: list[Excerpt] | None = None) -> dict:
    """Score `excerpts` (default: held-out 8) and, when repeat > 1, time the CLI on repeat copies."""
    excerpts = EXCERPTS if excerpts is None else excerpts
    outputs, wall = run_cli(excerpts)
    res = score(excerpts, outputs)
    res["wall_s"] = wall
    if repeat > 1:
        _, wall_one = run_cli(excerpts[:1])
        _, wall_rep = run_cli(excerpts, repeat=repeat)
        n = len(excerpts) * repeat
        res["throughput"] = n / wall_rep
        res["throughput_net"] = (n - 1) / max(wall_rep - wall_one, 1e-9)
        res["throughput_n"] = n
        res["startup_s"] = wall_one
    return res


def markdown(res: dict) -> str:
    lines = ["| label | caught / gold | recall |", "|---|---|---|"]
    for lab, (f, t) in res["per_label"].items():
        lines.append(f"| {lab} | {f}/{t} | {f / t:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None, excerpts: list[Excerpt] | None = None) -> int:
    """CLI entry; `excerpts` lets another held-out corpus reuse this scorer (default: held-out 8)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20, help="copies of the corpus for the throughput run (1 = skip)")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    res = measure(args.repeat, excerpts)
    print(
        f"excerpts {res['excerpts']}  spans {res['spans']}  keep-terms {res['keep_terms']}  "
        f"missing outputs {res['missing_outputs']}"
    )
    print(f"PHI span recall {res['recall']:.3f} ({res['found']}/{res['spans']})")
    for lab, (f, t) in res["per_label"].items():
        print(f"  {lab:12s} {f:3d}/{t:3d}  {f / t:.3f}")
    ao = res["age_over_89"]
    print(f"  AGE > 89     {ao[0]:3d}/{ao[1]:3d}")
    print(f"keep-term survival {res['keep']:.3f} ({res['keep_ok']}/{res['keep_terms']})")
    oc = res["over_chars"]
    print(f"over-redaction {res['over_redaction']:.4f} ({oc[0]}/{oc[1]} non-PHI letters/digits)")
    print(f"scoring run wall {res['wall_s']:.2f} s")
    if "throughput" in res:
        print(
            f"throughput {res['throughput']:.0f} texts/s ({res['throughput_n']} texts, process start incl.), "
            f"{res['throughput_net']:.0f} texts/s net of start-up ({res['startup_s']:.2f} s)"
        )
    if args.markdown:
        print(markdown(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
