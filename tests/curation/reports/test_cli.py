"""`radcurate scrub-text` round trip: contract fields, spans as offsets into the input."""

from __future__ import annotations

import argparse
import json

import pytest

from curation.reports.cli import add_parser

INPUT = [
    {"id": "r1", "text": "Befund: Morbus Crohn. gez. Dr. med. Hans Schäfer, 12.03.2024", "lang": "de"},
    {"id": 7, "text": "Findings: see series 3, image 45. Dr. Jane Doe, phone +44 20 7946 0123."},
]


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_round_trip(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out" / "out.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in INPUT) + "\n", encoding="utf-8")
    assert _run(["scrub-text", "--in", str(source), "--out", str(target)]) == 0
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == ["r1", 7]
    assert out[0]["text"] == "Befund: Morbus Crohn. gez. Dr. med. [PERSON], [DATUM]"
    assert out[1]["text"] == "Findings: see series 3, image 45. Dr. [PERSON], phone [PHONE]."
    for record, original in zip(out, INPUT, strict=True):
        assert set(record) == {"id", "text", "spans"}
        found = [(original["text"][s["start"]:s["end"]], s["label"]) for s in record["spans"]]
        assert all(set(s) == {"start", "end", "label"} for s in record["spans"])
        if original["id"] == "r1":
            assert found == [("Hans Schäfer", "PERSON"), ("12.03.2024", "DATE")]
        else:
            assert found == [("Jane Doe", "PERSON"), ("+44 20 7946 0123", "PHONE")]


def test_bad_line_names_line_number_not_content(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "ok"}\n{"Müller": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^--in line 2: not valid JSON$"):
        _run(["scrub-text", "--in", str(source), "--out", str(tmp_path / "o.jsonl")])


def test_registered_on_radcurate_cli():
    pytest.importorskip("curation.synth.cli")  # radcurate.cli imports it unconditionally
    from radcurate.cli import build_parser

    args = build_parser().parse_args(["scrub-text", "--in", "a", "--out", "b"])
    assert args.command == "scrub-text"


def test_rtf_and_html_lines_are_decoded_first(tmp_path):
    rows = [{"id": "rtf", "text": r"{\rtf1\ansi\ansicpg1252 gez. Dr. med. Hans Sch\'e4fer\par Morbus Crohn\par}"},
            {"id": "html", "text": "<p>gez. Dr. med. Hans Sch&auml;fer</p><p>Morbus Crohn</p>"}]
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert _run(["scrub-text", "--in", str(source), "--out", str(target)]) == 0
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(o["decoded"], o["text"]) for o in out] == [("rtf", "gez. Dr. med. [PERSON]\nMorbus Crohn"),
                                                       ("html", "gez. Dr. med. [PERSON]\n\nMorbus Crohn")]
