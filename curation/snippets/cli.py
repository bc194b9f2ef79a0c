"""`radcurate mine-refs --in IN.jsonl --out OUT.jsonl`: references of each input line's text.

Input lines `{"id", "text", "lang"?}`; one output line per input `{"id", "refs": [...]}` with offsets into
the input text (ARCHITECTURE.md section 4). References into the prior study ("(VU Se 3, Bi 35)") are
written too, with `"prior_study": true`. `series` is the series a reference names: written, or inherited from
the series named earlier in its sentence or report section (`"series_inherited": true`; null when none is named).
Texts are mined in batches so spaCy runs once per batch.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

BATCH = 2000


def _read_lines(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"--in line {number}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
                raise ValueError(f"--in line {number}: needs an 'id' and a string 'text'")
            records.append(record)
    return records


def mine_refs_file(in_path: Path, out_path: Path) -> int:
    """Mine every line of `in_path` into `out_path`; returns the number of references written."""
    from curation.snippets.mine import mine_refs_batch

    records = _read_lines(in_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    total = 0
    with tmp.open("w", encoding="utf-8") as out:
        for i in range(0, len(records), BATCH):
            chunk = records[i:i + BATCH]
            mined = mine_refs_batch([r["text"] for r in chunk], [r.get("lang") for r in chunk], include_prior=True)
            for record, refs in zip(chunk, mined, strict=True):
                total += len(refs)
                out.write(json.dumps({"id": record["id"], "refs": [r.as_json() for r in refs]},
                                     ensure_ascii=False) + "\n")
    tmp.replace(out_path)
    return total


def _run(args: argparse.Namespace) -> int:
    if not args.in_path.is_file():
        raise ValueError(f"--in {args.in_path}: no such file")
    total = mine_refs_file(args.in_path, args.out_path)
    print(f"mine-refs: {total} references -> {args.out_path}")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register `mine-refs` on the `radcurate` command line."""
    parser = sub.add_parser("mine-refs", help="mine 'Serie 3, Bild 45' references from JSONL texts")
    parser.add_argument("--in", dest="in_path", type=Path, required=True, help='JSONL: {"id","text","lang"?}')
    parser.add_argument("--out", dest="out_path", type=Path, required=True, help='JSONL: {"id","refs":[...]}')
    parser.set_defaults(func=_run)
    return parser
