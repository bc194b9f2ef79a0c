"""`radcurate scrub-text --in IN.jsonl --out OUT.jsonl` (ARCHITECTURE.md section 4).

Input lines {"id", "text", "lang"?}; output one line per input {"id", "text", "spans": [{"start", "end",
"label"}]} with the de-identified text and the PHI spans as offsets into the INPUT text. No patient
dictionary and no date shift are known here, so dates become [DATUM]/[DATE] tags. An RTF or HTML text is
decoded first (`markup.normalise_report_text`); its output line says `"decoded": "rtf"|"html"` and its
spans are offsets into the decoded text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def scrub_lines(lines: list[str]) -> list[dict[str, Any]]:
    """Scrub JSONL input lines; a bad line is an error naming its line number (never its content)."""
    from curation.deid.text.scrub import scrub_text
    from curation.reports.language import detect_language
    from curation.reports.markup import detect_markup, normalise_report_text

    out: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise ValueError(f"--in line {number}: not valid JSON") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
            raise ValueError(f"--in line {number}: needs an object with 'id' and a string 'text'")
        text, markup = record["text"], detect_markup(record["text"])
        if markup != "text":  # escaped names (M\\'fcller, M&uuml;ller) would pass the scrubber unseen
            text = normalise_report_text(text)
        result = scrub_text(text, detect_language(text, record.get("lang")))
        out.append({"id": record["id"], "text": result.text,
                    "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in result.spans],
                    **({"decoded": markup} if markup != "text" else {})})
    return out


def _run(args: argparse.Namespace) -> int:
    source: Path = args.input
    if not source.is_file():
        raise ValueError(f"--in {source}: no such file")
    records = scrub_lines(source.read_text(encoding="utf-8").splitlines())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_name(args.output.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(args.output)
    print(f"scrub-text: {len(records)} texts, {sum(len(r['spans']) for r in records)} PHI spans replaced "
          f"-> {args.output}")
    return 0


def add_parser(subparsers: Any) -> None:
    """Register `scrub-text` on the radcurate command line."""
    parser = subparsers.add_parser("scrub-text", help="de-identify report texts (JSONL in, JSONL out)")
    parser.add_argument("--in", dest="input", type=Path, required=True, help='JSONL: {"id","text","lang"?}')
    parser.add_argument("--out", dest="output", type=Path, required=True,
                        help='JSONL: {"id","text","spans":[{"start","end","label"}]}')
    parser.set_defaults(func=_run)
