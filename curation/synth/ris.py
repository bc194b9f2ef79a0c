"""The two RIS report tables of a synthetic export: reports/ris_export.csv (cp1252, ';', German dates)
and reports/reports.jsonl (UTF-8, ISO dates), with the columns a RIS export has.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from curation.synth.reports import de_date, iso_date

REPORT_COLUMNS = (
    "accession_number",
    "report_text",
    "patient_id",
    "study_instance_uid",
    "report_date",
    "language",
)


def ris_row(accession: str, text: str, patient_id: str, study_uid: str | None, report_date: str,
            language: str) -> dict[str, str]:
    """One report as the RIS exports it (an empty study UID where the RIS has none)."""
    return {
        "accession_number": accession,
        "report_text": text,
        "patient_id": patient_id,
        "study_instance_uid": study_uid or "",
        "report_date": report_date,
        "language": language,
    }


def write_reports(out: Path, reports: list[tuple[dict, dict]]) -> None:
    """Each report goes to exactly one of the two RIS tables, as its truth entry says."""
    folder = out / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    lines = []
    for row, truth in reports:
        if truth["file"].endswith(".csv"):
            writer.writerow(
                [de_date(row["report_date"]) if c == "report_date" else row[c] for c in REPORT_COLUMNS]
            )
        else:
            lines.append(
                json.dumps(
                    {c: iso_date(row[c]) if c == "report_date" else row[c] for c in REPORT_COLUMNS},
                    ensure_ascii=False,
                )
            )
    (folder / "ris_export.csv").write_bytes(buffer.getvalue().encode("cp1252"))
    (folder / "reports.jsonl").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
