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


def test_huge_cell_has_no_field_size_limit(tmp_path):
    big = "Befund: " + "Leberzyste ohne Kontrastmittelaufnahme. " * 6000  # ~246,000 characters
    path = tmp_path / "big.csv"
    path.write_text(_csv(";", [HEADER, ["A1", big, "P1", "", "", "de"], ROW]), encoding="utf-8")
    result = load_report_table(path, "Fbig", "big.csv")
    assert result.quarantined == ()
    assert [len(r.text) for r in result.reports] == [len(big.strip()), len(ROW[1])]


def test_one_bad_row_is_quarantined_alone(tmp_path):
    lines = [";".join(HEADER),
             "A1;Befund eins;P1;;17.01.2024;de",
             'A2;"Befund zwei ohne Ende, Frau Wiesinger;P2;;18.01.2024;de',  # quote never closed
             "A3;Befund drei;P3;;19.01.2024;de",
             "A4;Befund vier;P4;;;de;zu;viel",  # more fields than the header
             "A5;Befund fünf;P5;;20.01.2024;de"]
    path = tmp_path / "ris.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_report_table(path, "Fq", "ris.csv")
    assert [(r.row_number, r.accession, r.text) for r in result.reports] == [
        (1, "A1", "Befund eins"), (3, "A3", "Befund drei"), (5, "A5", "Befund fünf")]
    assert [q.reason for q in result.quarantined] == ["file Fq row 2: malformed CSV row (quoting)",
                                                      "file Fq row 4: more fields than the header"]


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.csv", b"", "empty report table"),
    ("blank.jsonl", b"\n \n", "empty report table"),
    ("bom.csv", b"\xef\xbb\xbf\r\n", "empty report table"),
    ("header.csv", ";".join(HEADER).encode() + b"\n", "no report rows (header only)"),
    ("header_other.csv", b"a;b\n", "no column 'report_text'"),
])
def test_empty_and_header_only_tables_have_an_outcome(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    result = load_report_table(path, "Fe", name)
    assert result.reports == ()
    assert [q.reason for q in result.quarantined] == [f"file Fe: {reason}"]


def test_parquet_without_rows_is_header_only(tmp_path):
    path = tmp_path / "r.parquet"
    pq.write_table(pa.table({"report_text": pa.array([], pa.string())}), path)
    assert [q.reason for q in load_report_table(path, "Fp", "r.parquet").quarantined] == [
        "file Fp: no report rows (header only)"]


def test_impossible_date_has_one_outcome(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(_csv(";", [HEADER, ["A1", "Befund", "P1", "", "31.02.2024", "de"],
                               ["A2", "Befund", "P1", "", "", "de"], ROW]), encoding="utf-8")
    result = load_report_table(path, "Fd", "d.csv")
    assert result.quarantined == ()
    assert [(r.report_date, r.report_date_invalid) for r in result.reports] == [
        (None, True), (None, False), (dt.date(2024, 1, 17), False)]


def test_rtf_and_html_cells_decoded_per_cell(tmp_path):
    rtf = r"{\rtf1\ansi\ansicpg1252 Frau Hanne L\'f6ffelholz\par Befund: Zyste (Serie 2, Bild 9)\par}"
    page = "<p>Herr J&ouml;rg Pf&auml;ffli</p><p>Befund: o.B.</p>"
    path = tmp_path / "m.jsonl"
    path.write_text("\n".join(json.dumps({"report_text": t}) for t in (rtf, page, "Leber o.B.")), encoding="utf-8")
    texts = [r.text for r in load_report_table(path, "Fm", "m.jsonl").reports]
    assert texts == ["Frau Hanne Löffelholz\nBefund: Zyste (Serie 2, Bild 9)", "Herr Jörg Pfäffli\n\nBefund: o.B.",
                     "Leber o.B."]


def test_rtf_cell_without_text_is_empty(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"report_text": r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0\par}"}), encoding="utf-8")
    result = load_report_table(path, "Fr", "e.jsonl")
    assert [q.reason for q in result.quarantined] == ["file Fr row 1: empty report text"]


def test_non_text_cell_quarantines_its_row_only(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ({"report_text": 42}, {"report_text": "Leber o.B."})),
                    encoding="utf-8")
    result = load_report_table(path, "Fn", "n.jsonl")
    assert [r.row_number for r in result.reports] == [2]
    assert [q.reason for q in result.quarantined] == ["file Fn row 1: report text is not text"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_and_multiline_cells(tmp_path, newline):
    rows = [";".join(HEADER), f'A1;"Befund:{newline}Zeile 2";P1;;17.01.2024;de', "A2;Befund zwei;P2;;;de"]
    path = tmp_path / "n.csv"
    path.write_bytes(newline.join(rows).encode())
    result = load_report_table(path, "Fn", "n.csv")
    assert result.quarantined == ()
    assert [(r.accession, r.text) for r in result.reports] == [("A1", "Befund:\nZeile 2"), ("A2", "Befund zwei")]
