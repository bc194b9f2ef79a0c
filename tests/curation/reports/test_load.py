"""Report tables: encodings, delimiters, JSONL, Parquet, column mapping, quarantine by file_id/row."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curation.reports.load import ReportColumns, decode, load_report_table, sniff_delimiter

HEADER = ["accession_number", "report_text", "patient_id", "study_instance_uid", "report_date", "language"]
ROW = ["ACC1", "Befund: Zyste in der Niere, Größe 5 mm. Beurteilung: Bosniak I.", "PAT1", "1.2.3", "17.01.2024",
       "de"]


def _csv(delimiter: str, rows: list[list[str]]) -> str:
    return "\n".join(delimiter.join(f'"{c}"' if delimiter in c or "\n" in c else c for c in r) for r in rows) + "\n"


@pytest.mark.parametrize(("encoding", "bom"), [("cp1252", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b"")])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_encodings_and_delimiters(tmp_path, encoding, bom, delimiter):
    path = tmp_path / "ris.csv"
    path.write_bytes(bom + _csv(delimiter, [HEADER, ROW]).encode(encoding))
    result = load_report_table(path, "Fabc", "reports/ris.csv")
    assert result.quarantined == ()
    (report,) = result.reports
    assert report.text == ROW[1]  # umlaut "Größe" read back correctly in every encoding
    assert (report.accession, report.patient_id, report.study_uid) == ("ACC1", "PAT1", "1.2.3")
    assert report.report_date == dt.date(2024, 1, 17)
    assert report.language == "de"
    assert report.row_number == 1
    assert result.encodings["Fabc"] == {"cp1252": "cp1252", "utf-8": "utf-8-sig" if bom else "utf-8"}[encoding]


def test_decode_cascade_is_strict():
    assert decode("Größe".encode("cp1252")) == ("Größe", "cp1252")
    assert decode("Größe".encode()) == ("Größe", "utf-8")
    assert decode(b"\x81\x8d") == ("\x81\x8d", "latin-1")


def test_sniffer_falls_back_to_header_counts():
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"


def test_multiline_text_quoted(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(_csv(";", [HEADER, ["A2", "Befund:\nZeile 2; mit Semikolon", "P", "", "", ""]]), encoding="utf-8")
    (report,) = load_report_table(path, "F1", "r.csv").reports
    assert report.text == "Befund:\nZeile 2; mit Semikolon"
    assert report.study_uid is None and report.report_date is None


def test_jsonl_and_bad_lines_quarantined_without_content(tmp_path):
    path = tmp_path / "reports.jsonl"
    good = dict(zip(HEADER, ROW, strict=True)) | {"report_date": "2024-01-17"}
    lines = [json.dumps(good), "{not json Müller", json.dumps({**good, "report_text": ""}), json.dumps([1])]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = load_report_table(path, "Fjs", "reports/reports.jsonl")
    assert [r.row_number for r in result.reports] == [1]
    assert result.reports[0].report_date == dt.date(2024, 1, 17)
    reasons = [q.reason for q in result.quarantined]
    assert reasons == ["file Fjs row 2: invalid JSON", "file Fjs row 4: line is not a JSON object",
                       "file Fjs row 3: empty report text"]
    assert not any("Müller" in r for r in reasons)


def test_parquet_with_column_mapping(tmp_path):
    path = tmp_path / "r.parquet"
    pq.write_table(pa.table({"Befundtext": ["Findings: normal."], "AccNr": ["X9"], "PID": ["P9"],
                             "Datum": [dt.date(2023, 5, 2)], "Sprache": ["EN"]}), path)
    columns = ReportColumns(accession_number="AccNr", report_text="Befundtext", patient_id="PID",
                            report_date="Datum", language="Sprache")
    (report,) = load_report_table(path, "Fpq", "r.parquet", columns).reports
    assert (report.accession, report.patient_id, report.report_date, report.language) == (
        "X9", "P9", dt.date(2023, 5, 2), "en")


def test_unreadable_table_and_missing_text_column(tmp_path):
    bad = tmp_path / "broken.parquet"
    bad.write_bytes(b"PAR1 not really")
    result = load_report_table(bad, "Fbad", "broken.parquet")
    assert result.reports == () and result.quarantined[0].reason.startswith("file Fbad: unreadable report table")
    other = tmp_path / "other.csv"
    other.write_text("a;b\n1;2\n", encoding="utf-8")
    result = load_report_table(other, "Fo", "other.csv")
    assert result.quarantined[0].reason == "file Fo: no column 'report_text'"
