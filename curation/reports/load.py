"""Load report tables from an export: CSV (encoding and delimiter detected), JSONL and Parquet.

RIS exports come as UTF-8, UTF-8 with BOM or Windows-1252 and are separated by ';', ',' or tabs.
Decoding is a strict cascade (UTF-8-BOM, UTF-8, cp1252, latin-1) so the result is deterministic and a
cp1252 file is never mis-read as UTF-8. Every table and every row has exactly one outcome: a report, or a
quarantine row naming the file_id (and row number), never content. A bad row is quarantined alone; an
empty or header-only table is recorded as such. Report text is normalised (RTF / HTML decoded,
`markup.normalise_report_text`) before anything reads it. A row with an impossible date is kept with a
null date and `report_date_invalid` set (its text is still a report; the date is what is unusable).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from curation.reports.markup import normalise_report_text

STAGE = "reports"


@dataclass(frozen=True)
class ReportColumns:
    """Which column of a report table holds which field (defaults match the synthetic export)."""

    accession_number: str = "accession_number"
    report_text: str = "report_text"
    patient_id: str = "patient_id"
    study_instance_uid: str = "study_instance_uid"
    report_date: str = "report_date"
    language: str = "language"


@dataclass(frozen=True)
class RawReport:
    """One report row as read: raw values (PHI), only ever handed to the linker and scrubber."""

    file_id: str
    relative_path: str
    row_number: int  # 1-based data row (header not counted); JSONL: line number
    text: str
    accession: str | None
    patient_id: str | None
    study_uid: str | None
    report_date: dt.date | None
    language: str | None
    report_date_invalid: bool = False  # a date was given but is impossible/unreadable (report_date None)


@dataclass(frozen=True)
class QuarantineRow:
    file_id: str
    reason: str


@dataclass(frozen=True)
class LoadResult:
    reports: tuple[RawReport, ...]
    quarantined: tuple[QuarantineRow, ...]
    encodings: dict[str, str]  # file_id -> encoding used (for metadata: no content)


# Report cells hold whole reports (RTF with embedded fonts runs to megabytes): no field-size limit.
FIELD_SIZE_LIMIT = min(sys.maxsize, 2**31 - 1)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+")  # CRLF, LF and old Mac CR line ends
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "latin-1")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y%m%d", "%d/%m/%Y", "%d.%m.%y", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d")


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding that decoded it strictly (latin-1 always succeeds, as the last resort)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    for encoding in ENCODINGS[1:]:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: csv.Sniffer on the head of the file, else the most frequent in the header."""
    head = text[:65536]
    try:
        return csv.Sniffer().sniff(head, delimiters=";,\t").delimiter
    except csv.Error:
        header = head.splitlines()[0] if head else ""
        return max(";,\t", key=header.count)


def parse_date(value: object) -> dt.date | None:
    """A report date from the usual RIS formats; None when empty or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text[:19] if "T" in fmt else text, fmt).date()
        except ValueError:
            continue
    return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _csv_rows(text: str, delimiter: str) -> Iterator[list[str] | csv.Error]:
    """Parsed CSV rows (header first); a malformed row yields its csv.Error and parsing resumes on the
    line after the one it started on. Strict quoting: an unclosed quote would otherwise swallow every
    later row (and other patients' text) into one field."""
    csv.field_size_limit(FIELD_SIZE_LIMIT)
    lines = _LINE.findall(text)
    position = 0
    while position < len(lines):
        reader = csv.reader(lines[position:], delimiter=delimiter, strict=True)
        consumed = 0
        try:
            for fields in reader:
                consumed = reader.line_num
                yield fields
            return
        except csv.Error as exc:
            yield exc
            position += consumed + 1


def _csv_records(text: str, delimiter: str) -> tuple[list[dict[str, object]], list[tuple[int, str]], list[str]]:
    rows: list[dict[str, object]] = []
    bad: list[tuple[int, str]] = []
    header: list[str] | None = None
    number = 0
    for fields in _csv_rows(text, delimiter):
        if header is None:
            if isinstance(fields, csv.Error):
                raise fields
            header = fields
            continue
        if fields == []:
            continue
        number += 1
        if isinstance(fields, csv.Error):
            bad.append((number, "malformed CSV row (quoting)"))
        elif len(fields) > len(header):
            bad.append((number, "more fields than the header"))
        else:
            # a short row lacks its last fields: .get() gives None for them, as csv.DictReader would
            rows.append({**dict(zip(header, fields, strict=False)), "__row__": number})
    return rows, bad, header or []


def _records(data: bytes, suffix: str) -> tuple[list[dict[str, object]], str, list[tuple[int, str]], list[str]]:
    """Rows as dicts, encoding name, (row_number, reason) for rows that could not be parsed, column names."""
    bad: list[tuple[int, str]] = []
    if suffix == ".parquet":
        table = pq.read_table(io.BytesIO(data))
        return table.to_pylist(), "parquet", bad, table.column_names
    text, encoding = decode(data)
    if suffix in {".jsonl", ".ndjson"}:
        rows: list[dict[str, object]] = []
        # split on "\n" only: str.splitlines would also cut at U+2028 inside a JSON string.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                bad.append((number, "invalid JSON"))
                continue
            if not isinstance(record, dict):
                bad.append((number, "line is not a JSON object"))
                continue
            record["__row__"] = number
            rows.append(record)
        return rows, encoding, bad, sorted({key for row in rows for key in row})
    delimiter = "\t" if suffix == ".tsv" else sniff_delimiter(text)
    rows, bad, header = _csv_records(text, delimiter)
    return rows, encoding, bad, header


def _report(record: dict[str, object], number: int, file_id: str, relative_path: str,
            columns: ReportColumns) -> RawReport | str:
    """One row as a report, or the reason it cannot be one (no content in the reason)."""
    text = record.get(columns.report_text)
    if text is not None and not isinstance(text, str):
        return "report text is not text"
    text = normalise_report_text(text) if text else ""
    if not text:
        return "empty report text"
    raw_date = record.get(columns.report_date)
    date = parse_date(raw_date)
    lang = _clean(record.get(columns.language))
    return RawReport(
        file_id=file_id, relative_path=relative_path, row_number=number, text=text,
        accession=_clean(record.get(columns.accession_number)), patient_id=_clean(record.get(columns.patient_id)),
        study_uid=_clean(record.get(columns.study_instance_uid)), report_date=date,
        language=lang.lower()[:2] if lang else None,
        report_date_invalid=date is None and _clean(raw_date) is not None)


def load_report_table(path: Path, file_id: str, relative_path: str,
                      columns: ReportColumns = ReportColumns()) -> LoadResult:
    """Read one report table; unusable rows (or the whole table) become quarantine rows."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
        if not data.strip(b"\xef\xbb\xbf \t\r\n"):
            return LoadResult((), (QuarantineRow(file_id, f"file {file_id}: empty report table"),), {})
        records, encoding, bad, names = _records(data, suffix)
    except Exception as exc:  # any parser error: the table is quarantined, the run goes on
        return LoadResult((), (QuarantineRow(file_id, f"file {file_id}: unreadable report table "
                                                      f"({type(exc).__name__})"),), {})
    encodings = {file_id: encoding}
    quarantined = [QuarantineRow(file_id, f"file {file_id} row {n}: {why}") for n, why in bad]
    if (records or names) and columns.report_text not in names:
        return LoadResult((), (QuarantineRow(file_id, f"file {file_id}: no column {columns.report_text!r}"),),
                          encodings)
    if not records and not bad:
        return LoadResult((), (QuarantineRow(file_id, f"file {file_id}: no report rows (header only)"),),
                          encodings)
    reports: list[RawReport] = []
    for index, record in enumerate(records, start=1):
        number = int(record.get("__row__", index))  # type: ignore[arg-type]
        try:
            outcome = _report(record, number, file_id, relative_path, columns)
        except Exception as exc:  # one odd cell costs its row, not the table
            outcome = f"unusable row ({type(exc).__name__})"
        if isinstance(outcome, str):
            quarantined.append(QuarantineRow(file_id, f"file {file_id} row {number}: {outcome}"))
        else:
            reports.append(outcome)
    return LoadResult(tuple(reports), tuple(quarantined), encodings)


def load_report_tables(export_dir: Path, relative_paths: list[str], file_ids: list[str],
                       columns: ReportColumns = ReportColumns()) -> LoadResult:
    """All report tables of an export, in the given (sorted) order."""
    reports: list[RawReport] = []
    quarantined: list[QuarantineRow] = []
    encodings: dict[str, str] = {}
    for rel, file_id in zip(relative_paths, file_ids, strict=True):
        result = load_report_table(export_dir / rel, file_id, rel, columns)
        reports.extend(result.reports)
        quarantined.extend(result.quarantined)
        encodings.update(result.encodings)
    return LoadResult(tuple(reports), tuple(quarantined), encodings)

