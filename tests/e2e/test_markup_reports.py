"""RTF and HTML report text through the whole graph: header names written only as escapes
(`M\\'fcller`, `D&ouml;rfler`, `\\u252?`) must reach no table, no file and no release; references in the
decoded text are still mined and resolved."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles, scan_tree
from curation.tables.io import read_table
from curation.vault import Vault
from tests.e2e.conftest import curate_environment

pytestmark = pytest.mark.e2e

NAMED = {"ä": "&auml;", "ö": "&ouml;", "ü": "&uuml;", "Ä": "&Auml;", "Ö": "&Ouml;", "Ü": "&Uuml;", "ß": "&szlig;"}


def rtf_hex(text: str) -> str:
    """RIS-style RTF: every non-ASCII character as a \\'xx escape in cp1252."""
    return "".join(c if ord(c) < 128 else "\\'" + c.encode("cp1252").hex() for c in text)


def rtf_unicode(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text)


def html_named(text: str) -> str:
    return "".join(NAMED.get(c, c if ord(c) < 128 else f"&#{ord(c)};") for c in text)


@dataclass(frozen=True)
class MarkupRun:
    truth: dict
    paths: DataPaths
    references: list[tuple[int, int]]  # (series, image) written in the RTF/HTML reports
    success: bool


@pytest.fixture(scope="module")
def markup_run(tmp_path_factory: pytest.TempPathFactory) -> MarkupRun:
    from curation.synth import SynthOptions, load_truth, write_synthetic_export
    from radcurate.orchestrate import curate

    root = tmp_path_factory.mktemp("markup")
    export = root / "exports" / "export_markup"
    truth = load_truth(write_synthetic_export(export, SynthOptions(patients=2, seed=5, bad_files=False)))
    rows, references = [], []
    for patient in truth["patients"]:
        family, given = patient["name"].split("^")[:2]
        study = patient["studies"][0]
        series = next(s for s in study["series"] if s["role"] == "thin_axial")
        image = len(series["instances"]) // 2
        references.append((series["series_number"], image))
        ref = f"(Serie {series['series_number']}, Bild {image})"
        rtf = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}\viewkind4\uc1\pard\f0\fs20 "
               rf"Patient: {rtf_hex(given)} {{\b {rtf_hex(family)}}}\par "
               rf"Befund: Rundherd im rechten Unterlappen {ref}, 9 mm.\par "
               rf"Beurteilung: Kontrolle empfohlen. Rückfragen an Frau {rtf_unicode(family)}.\par }}")
        page = (f"<html><body><p>Patient: {html_named(given)}&nbsp;{html_named(family)}</p>"
                f"<p>Befund: Rundherd im rechten Unterlappen {ref}, 9&nbsp;mm.<br>"
                f"Beurteilung: Kontrolle in 3 Monaten, Frau {html_named(family)}.</p></body></html>")
        for text in (rtf, page):
            rows.append({"accession_number": study["accession"], "report_text": text,
                         "patient_id": patient["patient_id"], "language": "de"})
    (export / "reports" / "ris_markup.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with curate_environment(root):
        result = curate([export])
    return MarkupRun(truth, DataPaths(root / "data", root / "vault"), references, result.success)


def test_no_header_name_anywhere_release_included(markup_run: MarkupRun) -> None:
    assert markup_run.success
    paths = markup_run.paths
    assert (paths.data_dir / "dataset" / "manifest.json").is_file()  # the release was built and is scanned
    names = [part for p in markup_run.truth["patients"] for part in p["name"].split("^")[:2]]
    assert {"Müller", "Dörfler"} <= set(names)
    needles = PhiNeedles.from_phi(Vault(paths.vault_dir).read_patient_phi().values())
    assert set(PhiNeedles.from_strings(names).labels) <= set(needles.labels)
    assert scan_tree(paths.data_dir, needles) == []


def test_reports_hold_decoded_text_and_references_resolve(markup_run: MarkupRun) -> None:
    reports = read_table(markup_run.paths, "reports").to_pylist()
    markup = [r for r in reports if "Rundherd im rechten Unterlappen" in r["text"]]
    assert len(markup) == 4
    for row in markup:
        assert not any(s in row["text"] for s in ("\\'", "\\u", "&", "<p>", "rtf1", "fonttbl"))
        assert "9 mm" in row["text"] and row["link_status"] == "linked_accession"
        assert row["sentences"] and row["text"].count("[PERSON]") >= 1
    pairs = read_table(markup_run.paths, "snippet_pairs").to_pylist()
    markup_ids = {r["report_id"] for r in markup}
    found = sorted((p["ref_series"], p["ref_image_start"]) for p in pairs
                   if p["report_id"] in markup_ids and p["status"] == "resolved")
    assert found == sorted(markup_run.references * 2)
