"""Load report tables from an export: CSV (encoding and delimiter detected), JSONL and Parquet.

RIS exports come as UTF-8, UTF-8 with BOM or Windows-1252 and are separated by ';', ',' or tabs.
Decoding is a strict cascade (UTF-8-BOM, UTF-8, cp1252, latin-1) so the result is deterministic and a
cp1252 file is never mis-read as UTF-8. A row that cannot be used becomes a quarantine row naming the
file_id and row number, never its content.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

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


@dataclass(frozen=True)
class QuarantineRow:
    file_id: str
    reason: str


@dataclass(frozen=True)
class LoadResult:
    reports: tuple[RawReport, ...]
    quarantined: tuple[QuarantineRow, ...]
    encodings: dict[str, str]  # file_id -> encoding used (for metadata: no content)


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


def _records(data: bytes, suffix: str) -> tuple[list[dict[str, object]], str, list[tuple[int, str]]]:
    """Rows as dicts, encoding name, and (row_number, reason) for rows that could not be parsed."""
    bad: list[tuple[int, str]] = []
    if suffix == ".parquet":
        table = pq.read_table(io.BytesIO(data))
        return table.to_pylist(), "parquet", bad
    text, encoding = decode(data)
    if suffix in {".jsonl", ".ndjson"}:
        rows: list[dict[str, object]] = []
        for number, line in enumerate(text.splitlines(), start=1):
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
        return rows, encoding, bad
    delimiter = "\t" if suffix == ".tsv" else sniff_delimiter(text)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for number, record in enumerate(reader, start=1):
        if None in record:
            bad.append((number, "more fields than the header"))
            continue
        record["__row__"] = number
        rows.append(record)
    return rows, encoding, bad


def load_report_table(path: Path, file_id: str, relative_path: str,
                      columns: ReportColumns = ReportColumns()) -> LoadResult:
    """Read one report table; unusable rows (or the whole table) become quarantine rows."""
    suffix = path.suffix.lower()
    try:
        records, encoding, bad = _records(path.read_bytes(), suffix)
    except Exception as exc:  # any parser error: the table is quarantined, the run goes on
        return LoadResult((), (QuarantineRow(file_id, f"file {file_id}: unreadable report table "
                                                      f"({type(exc).__name__})"),), {})
    quarantined = [QuarantineRow(file_id, f"file {file_id} row {n}: {why}") for n, why in bad]
    if records and columns.report_text not in records[0]:
        return LoadResult((), (QuarantineRow(file_id, f"file {file_id}: no column {columns.report_text!r}"),),
                          {file_id: encoding})
    reports: list[RawReport] = []
    for index, record in enumerate(records, start=1):
        number = int(record.get("__row__", index))  # type: ignore[arg-type]
        text = record.get(columns.report_text)
        if not isinstance(text, str) or not text.strip():
            quarantined.append(QuarantineRow(file_id, f"file {file_id} row {number}: empty report text"))
            continue
        raw_date = record.get(columns.report_date)
        date = parse_date(raw_date)
        if raw_date not in (None, "") and date is None:
            quarantined.append(QuarantineRow(file_id, f"file {file_id} row {number}: unreadable report date"))
        lang = _clean(record.get(columns.language))
        reports.append(RawReport(
            file_id=file_id, relative_path=relative_path, row_number=number,
            text=text.replace("\r\n", "\n"), accession=_clean(record.get(columns.accession_number)),
            patient_id=_clean(record.get(columns.patient_id)), study_uid=_clean(record.get(columns.study_instance_uid)),
            report_date=date, language=lang.lower()[:2] if lang else None))
    return LoadResult(tuple(reports), tuple(quarantined), {file_id: encoding})


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

