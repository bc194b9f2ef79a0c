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


def test_curate_missing_export_fails_before_creating_folders(tmp_path, capsys, secret_env):
    real = tmp_path / "export_a"
    real.mkdir()
    code = main(["curate", str(real), str(tmp_path / "exprot_b"), "--data", str(tmp_path / "d"),
                 "--vault", str(tmp_path / "v")])
    assert code == 2
    err = capsys.readouterr().err
    assert "export argument 2 of 2: no such folder" in err and "exprot_b" not in err
    assert not (tmp_path / "d").exists() and not (tmp_path / "v").exists()


def test_curate_without_secret_creates_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("RADCURATE_SECRET", raising=False)
    (tmp_path / "e").mkdir()
    assert main(["curate", str(tmp_path / "e"), "--data", str(tmp_path / "d"), "--vault", str(tmp_path / "v")]) == 2
    assert "RADCURATE_SECRET is not set" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_help_is_for_users(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "radcurate demo" in out and "parser is registered" not in out


def test_curate_refuses_an_export_without_dicom(tmp_path, capsys, secret_env, monkeypatch):
    """A folder of reports and notes only: exit 2, a clear message, no partition, vault entry or release."""
    from tests.curation.index.index_dicom_files import write_series

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    good, empty = tmp_path / "export_good", tmp_path / "export_no_dicom"
    write_series(good, 2)
    (empty / "reports").mkdir(parents=True)
    (empty / "reports" / "ris.csv").write_text("report_text\nBefund\n", encoding="utf-8")
    (empty / "notes.txt").write_text("Befund folgt", encoding="utf-8")
    (empty / "EXPORT_COMPLETE").write_bytes(b"")
    code = main(["curate", str(good), str(empty), "--data", str(tmp_path / "d"), "--vault", str(tmp_path / "v")])
    assert code == 2
    err = capsys.readouterr().err
    assert "export argument 2 of 2: no DICOM file in the folder (nothing was registered" in err
    assert "export_no_dicom" not in err
    for nothing in ("d", "v", "home"):
        assert not (tmp_path / nothing).exists()
