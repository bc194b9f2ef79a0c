"""`radcurate curate --report-column`: parsing and errors (no graph run; the asset test covers the mapping)."""

from __future__ import annotations

import pytest

from radcurate.cli import build_parser, main
from radcurate.orchestrate import parse_report_columns


def test_parse_report_columns():
    assert parse_report_columns(["report_text=Befundtext", " accession_number = AccNr "]) == {
        "report_text": "Befundtext", "accession_number": "AccNr"}
    assert parse_report_columns([]) == {}


@pytest.mark.parametrize(("item", "why"), [("report_text", "expected FIELD=COLUMN"),
                                           ("report_text=", "expected FIELD=COLUMN"),
                                           ("befund=Text", "unknown field 'befund'")])
def test_parse_report_columns_errors(item, why):
    with pytest.raises(ValueError, match=why):
        parse_report_columns([item])


def test_curate_parser_collects_report_columns():
    args = build_parser().parse_args(["curate", "exp", "--report-column", "report_text=T", "--report-column",
                                      "language=Sprache"])
    assert args.report_column == ["report_text=T", "language=Sprache"]


def test_curate_bad_report_column_exits_2(tmp_path, capsys, secret_env):
    assert main(["curate", str(tmp_path), "--report-column", "text=Befund"]) == 2
    assert "unknown field 'text'" in capsys.readouterr().err
