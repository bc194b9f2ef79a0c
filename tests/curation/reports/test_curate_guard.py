"""Exact vault values the scrubber left are redacted; a row the PHI check still flags is withheld by id."""

from __future__ import annotations

import datetime as dt

from curation.keys import Pseudonymizer
from curation.reports.curate import curate_reports
from curation.reports.link import ReportLinker
from curation.reports.load import RawReport
from curation.reports.translate import TranslatorInfo
from curation.vault import PatientPhi

PHI = {"P1": PatientPhi("P1", names=("Oyelaran^Tunde",), birth_dates=("19640229",)),
       "P2": PatientPhi("P2", names=("Brandstätter^Ilse",))}


def _raw(row: int, text: str) -> RawReport:
    return RawReport(file_id="Ftable", relative_path="befunde.csv", row_number=row, text=text, accession=None,
                     patient_id=None, study_uid=None, report_date=dt.date(2024, 5, 6), language="de")


class _EchoingTranslator:
    """A translator that copies one vault value back into its output, as a careless LLM might."""

    info = TranslatorInfo("test", "echo", "1")

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str | None]:
        return [t.replace("[PERSON]", "Brandstaetter") if "Leberzyste" in t else t for t in texts]


def test_exact_values_redacted_and_a_still_flagged_row_withheld_by_id() -> None:
    pseudonymizer = Pseudonymizer(b"test-secret-0123456789abcdef")
    raw = [_raw(1, "Kontrolle bei bekannter Leberzyste, Zuweisung durch Brandstätter."),
           _raw(2, "Lunge frei. Befund mit Oyelaran besprochen am 29.02.1964.")]
    rows, stats = curate_reports(raw, export_id="E1", linker=ReportLinker([], pseudonymizer), phi_by_patient=PHI,
                                 pseudonymizer=pseudonymizer, translator=_EchoingTranslator())
    assert stats.reports == 1 and len(rows) == 1
    (kept,) = rows
    assert kept["text"] == "Lunge frei. Befund mit [PERSON] besprochen am [DATUM]."
    assert kept["sentences"][-1]["end"] <= len(kept["text"])
    (withheld,) = stats.withheld
    assert withheld.file_id == "Ftable"
    withheld_id = pseudonymizer.report_id("E1/befunde.csv/1")
    assert withheld.reason == f"report {withheld_id} withheld: PHI check flagged name in text_en"
    assert stats.redacted_exact >= 1
