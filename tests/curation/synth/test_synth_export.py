"""Export layout, reports, PHI planting, bad files, determinism and the CLI of the synthetic export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pydicom
import pytest

from curation.synth import COMPLETE_MARKER, SynthOptions, load_truth, write_synthetic_export
from curation.synth.cli import add_synth_parser
from curation.synth.truth import truth_path_for


def _reports(out_dir: Path) -> dict[str, dict]:
    raw = (out_dir / "reports/ris_export.csv").read_bytes().decode("cp1252")
    rows = list(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";"))
    for row in rows:
        row["_file"] = "reports/ris_export.csv"
    for line in (out_dir / "reports/reports.jsonl").read_text(encoding="utf-8").splitlines():
        rows.append({**json.loads(line), "_file": "reports/reports.jsonl"})
    return {row["accession_number"]: row for row in rows}


def test_layout_marker_and_truth_beside_the_export(export: tuple, out_dir: Path, truth: dict) -> None:
    assert (out_dir / COMPLETE_MARKER).stat().st_size == 0
    assert truth_path_for(out_dir).parent == out_dir.parent
    on_disk = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert truth["files"] == [p for p in on_disk if p != COMPLETE_MARKER]
    names = {Path(f).name for f in truth["files"]}
    assert any(n.endswith(".dcm") for n in names) and any(n.startswith("IM") and "." not in n for n in names)
    for patient in truth["patients"]:
        assert patient["folder"].endswith("_" + patient["birth_date"])
        for study in patient["studies"]:
            for inst in study["series"][0]["instances"]:
                assert inst["path"].startswith(
                    f"{patient['folder']}/{study['study_date']}_{study['modality']}/S"
                )
    assert truth["patients"][0]["folder"].startswith("MUELLER_")


def test_reports_each_in_exactly_one_table_with_exact_offsets(out_dir: Path, truth: dict) -> None:
    rows = _reports(out_dir)
    assert len(rows) == len(truth["reports"])
    langs = {r["lang"] for r in truth["reports"]}
    assert langs == {"de", "en"}
    for report in truth["reports"]:
        row = rows[report["accession"]]
        assert row["_file"] == report["file"]
        assert row["report_text"] == report["text"]
        assert row["language"] == report["lang"]
        assert (row["study_instance_uid"] or None) == report["study_uid"]
        date = row["report_date"]
        assert (date[2] == ".") if report["file"].endswith(".csv") else (date[4] == "-")
        for span in report["phi_spans"]:
            assert report["text"][span["start"] : span["end"]] == span["text"]
        for word in report["keep_words"]:
            assert word in report["text"]
    assert any(r["study_uid"] is None and r["linkable"] for r in truth["reports"])
    german = next(r["text"] for r in truth["reports"] if r["lang"] == "de" and r["linkable"])
    for heading in ("Klinische Angaben:", "Befund:", "Beurteilung:", "V.a.", "10:45 Uhr"):
        assert heading in german


def test_references_point_into_the_report_text(truth: dict) -> None:
    texts = {r["report_id"]: r["text"] for r in truth["reports"]}
    formats = set()
    for ref in truth["references"]:
        text = texts[ref["report_id"]]
        assert text[ref["ref_start"] : ref["ref_end"]] == ref["ref_text"]
        assert text[ref["snippet_start"] : ref["snippet_end"]] == ref["snippet"]
        assert ref["image_start"] <= ref["image_end"]
        if ref["series_number_written"] is None:
            assert ref["format"] in ("bild_only", "image_only") and ref["role"] == "thick_axial"
        else:
            assert str(ref["series_number_written"]) in ref["ref_text"]
        formats.add(ref["format"])
    assert len(formats) >= 5
    assert {r["plane"] for r in truth["references"]} >= {"axial", "coronal"}
    assert any(r["image_start"] < r["image_end"] for r in truth["references"])
    # confounders are in the text but are not references
    spans = {(r["report_id"], r["ref_text"]) for r in truth["references"]}
    all_text = "\n".join(texts.values())
    for confounder in ("12/8 mm", "3 x 4 cm", "LWK 3/4", "10:45"):
        assert confounder in all_text
        assert not any(confounder in ref_text for _, ref_text in spans)


def test_every_phi_string_is_planted_in_the_export(out_dir: Path, truth: dict) -> None:
    chunks = ["\n".join(truth["files"])]
    for rel in truth["files"]:
        data = (out_dir / rel).read_bytes()
        chunks += [data.decode("utf-8", "ignore"), data.decode("latin-1"), data.decode("cp1252", "ignore")]
    corpus = "\n".join(chunks)
    phi = truth["phi_strings"]
    assert len(phi) > 40
    missing = [s for s in phi if s not in corpus]
    assert missing == []
    assert all(len(s) >= 4 for s in phi)
    first = truth["patients"][0]
    for expected in ("Müller", "Mueller", first["folder"], first["patient_id"], first["birth_date"]):
        assert expected in phi


def test_bad_files_are_what_they_claim(out_dir: Path, truth: dict) -> None:
    kinds = {b["kind"]: b for b in truth["bad_files"]}
    assert set(kinds) == {"truncated", "empty", "text_phi", "no_pixels", "burned_in", "orphan_report"}
    truncated = out_dir / kinds["truncated"]["path"]
    assert pydicom.dcmread(truncated, stop_before_pixels=True).Rows == 128
    with pytest.raises((ValueError, EOFError, OSError)):
        _ = pydicom.dcmread(truncated).pixel_array
    assert (out_dir / kinds["empty"]["path"]).stat().st_size == 0
    text_file = out_dir / kinds["text_phi"]["path"]
    with pytest.raises(pydicom.errors.InvalidDicomError):
        pydicom.dcmread(text_file)
    assert truth["patients"][0]["patient_id"] in text_file.read_text(encoding="utf-8")
    no_pixels = pydicom.dcmread(out_dir / kinds["no_pixels"]["path"])
    assert "PixelData" not in no_pixels and no_pixels.Modality == "CT"
    sc = pydicom.dcmread(out_dir / kinds["burned_in"]["path"])
    assert sc.SOPClassUID == "1.2.840.10008.5.1.4.1.1.7" and sc.BurnedInAnnotation == "YES"
    assert sc.pixel_array.max() == 255
    orphan = kinds["orphan_report"]
    accessions = {s["accession"] for p in truth["patients"] for s in p["studies"]}
    assert orphan["accession"] not in accessions
    assert orphan["accession"] in _reports(out_dir)
    assert not next(r for r in truth["reports"] if r["report_id"] == orphan["report_id"])["linkable"]


def test_same_seed_same_bytes_other_seed_other_names(tmp_path: Path) -> None:
    options = SynthOptions(patients=1, seed=7, bad_files=True, matrix=32)
    runs = [write_synthetic_export(tmp_path / f"run{i}/export", options) for i in range(2)]
    truths = [load_truth(p) for p in runs]
    assert runs[0].read_bytes() == runs[1].read_bytes()
    for rel in truths[0]["files"] + [COMPLETE_MARKER]:
        assert (runs[0].parent / "export" / rel).read_bytes() == (
            runs[1].parent / "export" / rel
        ).read_bytes()
    other = load_truth(
        write_synthetic_export(tmp_path / "other/export", SynthOptions(patients=1, seed=8, matrix=32))
    )
    assert (
        other["patients"][0]["studies"][0]["study_uid"] != truths[0]["patients"][0]["studies"][0]["study_uid"]
    )


def test_matrix_scales_rows_and_keeps_the_field_of_view(tmp_path: Path) -> None:
    truth = load_truth(write_synthetic_export(tmp_path / "m/export", SynthOptions(patients=1, matrix=64)))
    series = next(s for s in truth["patients"][0]["studies"][0]["series"] if s["role"] == "thick_axial")
    assert (series["rows"], series["columns"]) == (64, 64)
    assert series["pixel_spacing"][0] * 64 == pytest.approx(360.0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"patients": 0}, "patients"), ({"matrix": 8}, "matrix"), ({"seed": -1}, "seed")],
)
def test_options_are_validated(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SynthOptions(**kwargs)


def test_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("")
    with pytest.raises(ValueError, match="out_dir"):
        write_synthetic_export(tmp_path, SynthOptions(patients=1, matrix=32))


def test_cli_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="radcurate")
    add_synth_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["synth", str(tmp_path / "cli"), "--patients", "1", "--seed", "3", "--matrix", "32"]
    )
    assert args.func(args) == 0
    assert f"truth:  {tmp_path / 'cli.truth.json'}" in capsys.readouterr().out
    assert load_truth(tmp_path / "cli.truth.json")["options"] == {
        "patients": 1,
        "seed": 3,
        "bad_files": False,
        "matrix": 32,
        "tilted_head_ct": False,
    }
