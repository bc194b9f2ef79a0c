"""One export's reports from raw rows to `reports` table rows: link, scrub, structure, translate.

This is the library side of the `reports` asset; it sees raw text and PHI and returns only
de-identified rows plus counts (never content) for the metadata.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from curation.deid.text.dictionary import PhiDictionary
from curation.deid.text.scrub import TOKENS, scrub_text
from curation.keys import Pseudonymizer
from curation.phi_scan import PhiNeedles, redact_text, scan_row
from curation.reports.language import detect_language
from curation.reports.link import ReportLinker
from curation.reports.load import QuarantineRow, RawReport
from curation.reports.structure import structure
from curation.reports.translate import Translator, translate_reports
from curation.vault import PatientPhi

# Exact vault values left by the scrubber are replaced by the scrubber's own token for their kind.
_TOKEN_OF = {"name": "PERSON", "id": "ID", "date": "DATE", "other": "INSTITUTION"}



def _token_for(lang: str) -> Callable[[str], str]:
    tokens = TOKENS["en" if lang == "en" else "de"]
    return lambda label: tokens[_TOKEN_OF[label]]


@dataclass
class CurateStats:
    """Counts for the asset metadata (no content)."""

    reports: int = 0
    by_link_status: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)
    phi_spans_by_label: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    translation: str = ""
    redacted_exact: int = 0  # exact vault values the scrubber left, replaced before the row was written
    withheld: list[QuarantineRow] = field(default_factory=list)  # rows the PHI check still flags: id + reason

    @property
    def reports_per_s(self) -> float:
        return self.reports / self.seconds if self.seconds > 0 else 0.0


def report_key(export_id: str, report: RawReport) -> str:
    """Source key for report_id: export, table path, row number (stable across re-runs)."""
    return f"{export_id}/{report.relative_path}/{report.row_number}"


def _dictionary(report: RawReport, patient_pid: str | None, phi_by_patient: Mapping[str, PatientPhi],
                cache: dict[tuple[str | None, ...], PhiDictionary]) -> PhiDictionary | None:
    """The vault dictionary of the linked patient plus the row's own patient id and accession
    (an orphan report's text may repeat them even when no header PHI is known)."""
    key = (patient_pid, report.patient_id, report.accession)
    if key not in cache:
        own = PatientPhi(patient_pid or "", patient_ids=tuple(filter(None, [report.patient_id])),
                         accessions=tuple(filter(None, [report.accession])))
        known = phi_by_patient.get(patient_pid) if patient_pid else None
        cache[key] = PhiDictionary.from_phi(known.merged(own) if known else own)
    return cache[key]


def curate_reports(raw: Sequence[RawReport], *, export_id: str, linker: ReportLinker,
                   phi_by_patient: Mapping[str, PatientPhi], pseudonymizer: Pseudonymizer,
                   translator: Translator | None = None) -> tuple[list[dict[str, Any]], CurateStats]:
    """`reports` rows for one export, sorted by report_id by the writer.

    After scrubbing, the exact vault values of the row's patient (of every patient of the export when
    unlinked) are redacted; a row the PHI check would still flag is withheld and listed in
    `stats.withheld` by report id and reason (labels and columns, never the text).
    """
    stats = CurateStats()
    started = time.perf_counter()
    dictionaries: dict[tuple[str | None, ...], PhiDictionary] = {}
    needles = PhiNeedles.from_phi(phi_by_patient.values())
    rows: list[dict[str, Any]] = []
    sources: list[str] = []
    for report in raw:
        link = linker.link(report)
        lang = detect_language(report.text, report.language)
        phi = _dictionary(report, link.patient_pid, phi_by_patient, dictionaries)
        shift = pseudonymizer.date_shift_days(link.patient_pid) if link.patient_pid else None
        scrubbed = scrub_text(report.text, lang, phi, shift)
        text, redacted = redact_text(scrubbed.text, needles, link.patient_pid, _token_for(lang))
        stats.redacted_exact += redacted
        sections, sentences = structure(text)
        sources.append(report.file_id)
        rows.append({
            "report_id": pseudonymizer.report_id(report_key(export_id, report)),
            "export_id": export_id, "patient_pid": link.patient_pid, "study_uid": link.study_uid,
            "accession_pid": link.accession_pid, "lang": lang, "text": text,
            "sections": [{"name": s.name, "title": s.title, "start": s.start, "end": s.end} for s in sections],
            "sentences": [{"section": s.section, "start": s.start, "end": s.end} for s in sentences],
            # Without a known patient there is no shift: the date would be raw PHI, so it is dropped.
            "report_date": link.report_date_shifted, "report_date_invalid": report.report_date_invalid,
            "link_status": link.status,
            "phi_span_count": len(scrubbed.spans) + redacted,
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        })
        stats.by_link_status[link.status] += 1
        stats.by_language[lang] += 1
        stats.phi_spans_by_label.update(scrubbed.label_counts())
    english, stats.translation = translate_reports([r["text"] for r in rows], [r["lang"] for r in rows],
                                                   translator)
    for row, text_en in zip(rows, english, strict=True):
        row["text_en"] = text_en
    rows = _withhold_flagged(rows, sources, needles, stats)
    stats.reports = len(rows)
    stats.seconds = time.perf_counter() - started
    return rows, stats


def _withhold_flagged(rows: list[dict[str, Any]], sources: Sequence[str], needles: PhiNeedles,
                      stats: CurateStats) -> list[dict[str, Any]]:
    """The rows the PHI check passes; each other one recorded in `stats.withheld` against its table file."""
    kept: list[dict[str, Any]] = []
    for row, file_id in zip(rows, sources, strict=True):
        found = scan_row(row, needles, row["patient_pid"])
        if not found:
            kept.append(row)
            continue
        what = ", ".join(sorted({f"{label} in {column}" for column, label in found}))
        stats.withheld.append(QuarantineRow(file_id, f"report {row['report_id']} withheld: PHI check flagged {what}"))
    return kept
