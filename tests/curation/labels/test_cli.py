"""`radcurate label-reports`: JSONL in, one labels line per input out, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radcurate.cli import main
from tests.curation.labels.test_llm import quoting_answer
from tests.curation.vqa.fake_chat_server import FakeChatServer


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_label_reports_writes_one_line_per_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "in.jsonl", [
        {"id": "a", "text": "Findings: Small right pleural effusion. No pericardial effusion.", "lang": "en"},
        {"id": "b", "text": "Frage: Pneumonie?\nBefund: Fraglicher Rundherd links.", "lang": "de"},
    ])
    assert main(["label-reports", "--in", str(src), "--out", str(tmp_path / "out.jsonl")]) == 0
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert len(lines[0]["labels"]) == 27
    assert lines[0]["labels"]["pleural_effusion"] == 1 and lines[0]["labels"]["pericardial_effusion"] == 0
    assert lines[0]["evidence"] == {"pleural_effusion": "Small right pleural effusion."}
    assert lines[1]["labels"]["lung_opacity"] == 0 and lines[1]["labels"]["lung_nodule"] == 1
    assert lines[1]["uncertain"] == ["lung_nodule"] and lines[1]["source"] == "rules"
    assert "reports=2 positives=2" in capsys.readouterr().out


def test_label_reports_through_an_llm_server(tmp_path: Path) -> None:
    text = "Befund: Schmaler Pleuraerguss links. V.a. Rundherd im Oberlappen rechts."
    src = _write(tmp_path / "in.jsonl", [{"id": "x", "text": text}])
    with FakeChatServer(answer=quoting_answer) as server:
        assert main(["label-reports", "--in", str(src), "--out", str(tmp_path / "out.jsonl"),
                     "--llm-base-url", server.base_url, "--llm-model", "m",
                     "--llm-cache", str(tmp_path / "cache.parquet")]) == 0
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert line["source"] == "llm" and line["uncertain"] == ["lung_nodule"]
    assert (tmp_path / "cache.parquet").is_file()


def test_label_reports_rejects_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a"}\n', encoding="utf-8")
    assert main(["label-reports", "--in", str(src), "--out", str(tmp_path / "o.jsonl")]) == 2
    assert "line 1: needs an 'id' and a string 'text'" in capsys.readouterr().err
    assert main(["label-reports", "--in", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")]) == 2
    assert main(["label-reports", "--in", str(src), "--out", str(tmp_path / "o"), "--llm-model", "m"]) == 2
