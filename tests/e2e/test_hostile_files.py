"""Hostile entries in a real export through `radcurate curate`: an undecodable file name, a renamed and a
corrupt DICOM file, symlinks (into the export, out of it, dangling, a loop), a FIFO and a socket. The run
succeeds, every entry has exactly one outcome, and no name or path reaches a table, reason or log."""

from __future__ import annotations

import os
import shutil
import socket
from collections import Counter
from pathlib import Path

import pytest

from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles, scan_tree
from curation.tables.io import read_table
from tests.conftest import TEST_SECRET
from tests.curation.index.test_index_accounting import no_blocking
from tests.e2e.conftest import curate_environment

pytestmark = pytest.mark.e2e

ENTRY_NAMES = ["Wiedemann_Notiz", "sprechstunde_kanal", "endpunkt_rs", "verschwunden", "rundlauf", "kopie_link"]


def _add_hostile_entries(export: Path, outside: Path) -> dict[str, str]:
    first = sorted(export.rglob("IM*.dcm"))[0]
    series_dir = first.parent
    expected: dict[str, str] = {}
    odd = os.fsencode(series_dir) + b"/IM\xe4\xf6" + b"_Wiedemann_Notiz.dcm"  # Latin-1 bytes: not UTF-8
    shutil.copy(first, os.fsdecode(odd))
    expected[os.fsdecode(odd[len(os.fsencode(export)) + 1:])] = "duplicate_sop"
    shutil.copy(first, series_dir.parent / "BEFUND_KOPIE")  # a DICOM file without a suffix, elsewhere
    expected[(series_dir.parent / "BEFUND_KOPIE").relative_to(export).as_posix()] = "indexed"
    (export / "corrupt.dcm").write_bytes(first.read_bytes()[:-20])
    expected["corrupt.dcm"] = "truncated"
    (export / "kopie_link.dcm").symlink_to(first)
    expected["kopie_link.dcm"] = "duplicate_link"
    outside.mkdir(parents=True)
    shutil.copy(first, outside / "extern.dcm")
    (export / "extern_link.dcm").symlink_to(outside / "extern.dcm")
    expected["extern_link.dcm"] = "indexed"
    (export / "verschwunden.dcm").symlink_to(export / "nicht_da.dcm")
    expected["verschwunden.dcm"] = "dangling_link"
    (export / "rundlauf").symlink_to(export, target_is_directory=True)
    expected["rundlauf"] = "link_loop"
    os.mkfifo(export / "sprechstunde_kanal")
    expected["sprechstunde_kanal"] = "special_file"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(export / "endpunkt_rs"))
    sock.close()
    expected["endpunkt_rs"] = "special_file"
    return expected


def _add_hostile_report_tables(export: Path, truth: dict) -> str:
    """An empty table, a header-only one, and one with a 200,000-character cell, an unclosed quote and an
    impossible date around good rows; returns the huge report's accession."""
    study = truth["patients"][0]["studies"][0]
    header = "accession_number;report_text;patient_id;report_date;language"
    huge = "Befund: " + "Kleine Leberzyste ohne Kontrastmittelaufnahme. " * 4300
    rows = [header, f"{study['accession']};{huge};{truth['patients'][0]['patient_id']};;de",
            'X2;"Befund ohne Ende;P9;01.02.2024;de',
            f"{study['accession']};Befund: Milz o.B.;{truth['patients'][0]['patient_id']};31.02.2024;de"]
    (export / "reports" / "gross.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (export / "reports" / "leer.csv").write_bytes(b"")
    (export / "reports" / "nur_kopf.csv").write_text(header + "\n", encoding="utf-8")
    return study["accession"]


def test_hostile_export_curated_and_accounted(tmp_path_factory: pytest.TempPathFactory) -> None:
    from curation.synth import SynthOptions, load_truth, write_synthetic_export
    from radcurate.orchestrate import curate

    root = tmp_path_factory.mktemp("hostile")
    export = root / "exports" / "export_hostile"
    truth = load_truth(write_synthetic_export(export, SynthOptions(patients=1, seed=3, bad_files=False)))
    expected = _add_hostile_entries(export, root / "outside")
    _add_hostile_report_tables(export, truth)
    with curate_environment(root), no_blocking(600):
        result = curate([export])
    assert result.success  # includes the blocking files_reconcile check: files in = index + tables + quarantine
    paths = DataPaths(root / "data", root / "vault")
    p = Pseudonymizer(TEST_SECRET.encode())
    index = {r["file_id"]: r for r in read_table(paths, "dicom_index").to_pylist()}
    quarantine = read_table(paths, "quarantine").to_pylist()
    q_index = {q["file_id"]: q["reason"].split(":", 1)[0] for q in quarantine if q["stage"] == "index"}
    assert not set(index) & set(q_index)
    outcome = {rel: ("indexed" if p.file_id(rel) in index else q_index.get(p.file_id(rel), "MISSING"))
               for rel in expected}
    # the undecodable copy repeats a SOP instance: indexed (the catalog decides about duplicates)
    assert outcome == {rel: ("indexed" if want == "duplicate_sop" else want) for rel, want in expected.items()}
    dicom_files = [f for f in truth["files"] if not f.startswith("reports/")]
    assert len(index) + len(q_index) == len(dicom_files) + len(expected)
    assert Counter(q_index.values()) == {"truncated": 1, "duplicate_link": 1, "dangling_link": 1, "link_loop": 1,
                                         "special_file": 2}
    by_table = Counter((q["file_id"], q["reason"].split(": ", 1)[1]) for q in quarantine if q["stage"] == "reports")
    assert by_table == {(p.file_id("reports/gross.csv"), "malformed CSV row (quoting)"): 1,
                        (p.file_id("reports/leer.csv"), "empty report table"): 1,
                        (p.file_id("reports/nur_kopf.csv"), "no report rows (header only)"): 1}
    reports = read_table(paths, "reports").to_pylist()
    assert max(len(r["text"]) for r in reports) > 200_000
    assert sum(bool(r["report_date_invalid"]) for r in reports) == 1
    names = [truth["patients"][0]["folder"], *ENTRY_NAMES, "export_hostile", "nicht_da", "extern"]
    needles = PhiNeedles.from_strings(names)
    for where in (paths.data_dir, root / "dagster_home"):
        assert scan_tree(where, needles) == []
