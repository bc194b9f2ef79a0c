"""`radcurate label-reports --in IN.jsonl --out OUT.jsonl`: report labels of each input line's text.

Input lines `{"id", "text", "lang"?}`; one output line per input
`{"id", "labels": {label: 0/1}, "uncertain": [...], "evidence": {label: sentence}, "source"}` so that a
labelled set can be scored outside the pipeline. The rule labeller by default; `--llm-base-url` and
`--llm-model` label through an OpenAI-compatible server (json_schema output, rule fallback per report,
answers cached under `--llm-cache` when given).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from curation.snippets.cli import _read_lines as read_jsonl_texts


def label_reports_file(in_path: Path, out_path: Path, *, llm_base_url: str | None = None,
                       llm_model: str | None = None, llm_cache: Path | None = None) -> dict[str, float]:
    """Label every line of `in_path` into `out_path`; returns counts and reports per second."""
    from curation.labels.labeller import Labeller, RuleLabeller
    from curation.labels.vocabulary import ALL_LABELS

    records = read_jsonl_texts(in_path)
    labeller: Labeller = RuleLabeller()
    if llm_base_url or llm_model:
        from curation.labels.llm import LabelCache, LlmLabeller
        from curation.vqa.server import ChatClient, ServerConfig

        labeller = LlmLabeller(ChatClient(ServerConfig(base_url=llm_base_url or "", model=llm_model or "")),
                               LabelCache(llm_cache))
    t0 = time.perf_counter()
    labelled = labeller.label_many([r["text"] for r in records])
    elapsed = time.perf_counter() - t0
    counts = labeller.finish()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for record, labels in zip(records, labelled, strict=True):
            out.write(json.dumps({"id": record["id"], "labels": labels.as_vector(ALL_LABELS),
                                  "uncertain": sorted(labels.uncertain), "evidence": dict(labels.evidence),
                                  "source": labels.source}, ensure_ascii=False) + "\n")
    tmp.replace(out_path)
    return {"reports": len(records), "positives": sum(len(x.positive) for x in labelled),
            "reports_per_s": len(records) / elapsed if elapsed > 0 else float("inf"), **counts}


def _run(args: argparse.Namespace) -> int:
    if not args.in_path.is_file():
        raise ValueError("--in: no such file")
    if bool(args.llm_base_url) != bool(args.llm_model):
        raise ValueError("--llm-base-url and --llm-model go together")
    stats = label_reports_file(args.in_path, args.out_path, llm_base_url=args.llm_base_url,
                               llm_model=args.llm_model, llm_cache=args.llm_cache)
    print(" ".join(f"{k}={v:.0f}" if isinstance(v, float) else f"{k}={v}" for k, v in stats.items()))
    return 0


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register `label-reports` on the `radcurate` command line."""
    parser = sub.add_parser("label-reports", help="CT-RATE and abdominal labels of JSONL report texts")
    parser.add_argument("--in", dest="in_path", type=Path, required=True, help='JSONL: {"id","text","lang"?}')
    parser.add_argument("--out", dest="out_path", type=Path, required=True,
                        help='JSONL: {"id","labels":{...},"uncertain":[...],"evidence":{...},"source"}')
    parser.add_argument("--llm-base-url", help="OpenAI-compatible server (e.g. http://127.0.0.1:8000/v1)")
    parser.add_argument("--llm-model", help="served model name (with --llm-base-url)")
    parser.add_argument("--llm-cache", type=Path, help="Parquet file caching the LLM answers by content hash")
    parser.set_defaults(func=_run)
    return parser
