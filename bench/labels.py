"""Report labelling throughput: reports per CPU-second, rule labeller against the old keyword baseline.

Texts: the synthetic export's reports (German and English) and reports of whole-report length made of six
of the labeller's dev examples each, repeated to --n reports. Timed in one process on process CPU time,
--rounds interleaved rounds, best round kept:
  rules     curation.labels.rules.label_report (sections, sentences, lexicon, scopes, evidence)
  keywords  ct_clip_model's former keyword list with a one-word negation check (tests/curation/labels/
            keyword_baseline.py, moved there from training/prompts.py)
Goal (issue 19): rules >= 1,000 reports per CPU-second.

    PYTHONPATH=. .venv/bin/python bench/labels.py [--n 2000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from curation.labels.rules import label_report
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from tests.curation.labels.devset import DEV_CASES
from tests.curation.labels.keyword_baseline import finding_labels


def corpus(n: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        truth = load_truth(write_synthetic_export(Path(tmp) / "export", SynthOptions(patients=6, seed=1, matrix=32)))
    dev = [text for text, _, _ in DEV_CASES]
    base = [r["text"] for r in truth["reports"]] + ["\n".join(dev[i:i + 6]) for i in range(0, len(dev), 6)]
    return [base[i % len(base)] for i in range(n)]


def best_rate(fn: Callable[[str], object], texts: list[str], rounds: int) -> float:
    best = 0.0
    for _ in range(rounds):
        t0 = time.process_time()
        for text in texts:
            fn(text)
        best = max(best, len(texts) / max(time.process_time() - t0, 1e-9))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = corpus(args.n)
    mean_chars = sum(map(len, texts)) / len(texts)
    rules = best_rate(label_report, texts, args.rounds)
    keywords = best_rate(finding_labels, texts, args.rounds)
    print(f"{len(texts)} reports, mean {mean_chars:.0f} chars")
    print(f"rules     {rules:8.0f} reports/CPU-s")
    print(f"keywords  {keywords:8.0f} reports/CPU-s")


if __name__ == "__main__":
    main()
