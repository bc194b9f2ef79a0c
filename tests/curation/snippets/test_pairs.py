"""snippet_pairs rows: statuses, determinism and incremental mining; the mine-refs CLI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from curation.snippets.cli import add_parser
from curation.snippets.histogram import histogram_markdown, histogram_png
from curation.snippets.pairs import build_pairs, text_sha256
from curation.tables.io import to_table
from tests.curation.snippets.fixtures import STUDY, dicom_rows, volume_rows


def report(report_id: str, text: str, study: str | None = STUDY) -> dict:
    return {"report_id": report_id, "patient_pid": "P1", "study_uid": study, "lang": "de", "text": text,
            "text_sha256": text_sha256(text)}


REPORTS = [
    report("R1", "Rundherd im Unterlappen (Serie 2, Bild 51). Zyste (Serie 5, Bild 10). Herd (Serie 9, Bild 1)."),
    report("R2", "Keine Referenz, nur 3 x 4 cm."),
    report("R3", "Herd (Bild 3).", study=None),
]


def test_pairs_cover_every_reference_with_a_status() -> None:
    result = build_pairs(REPORTS, dicom_rows(), volume_rows())
    by_image = {(r["report_id"], r["ref_image_start"]): r for r in result.rows}
    assert len(result.rows) == 4
    assert by_image[("R1", 51)]["status"] == "resolved"
    assert by_image[("R1", 51)]["depth_mm"] == pytest.approx(152.5)
    assert by_image[("R1", 51)]["snippet"] == "Rundherd im Unterlappen"
    assert by_image[("R1", 10)]["status"] == "non_axial"
    assert by_image[("R1", 1)]["status"] == "unresolved"
    assert by_image[("R3", 3)]["status"] == "unresolved"
    assert result.status_counts() == {"non_axial": 1, "resolved": 1, "unresolved": 2}
    table = to_table("snippet_pairs", result.rows)
    assert table.num_rows == 4


def test_pair_ids_are_deterministic_and_unique() -> None:
    a = build_pairs(REPORTS, dicom_rows(), volume_rows()).rows
    b = build_pairs(list(reversed(REPORTS)), dicom_rows(), volume_rows()).rows
    assert sorted(r["pair_id"] for r in a) == sorted(r["pair_id"] for r in b)
    assert len({r["pair_id"] for r in a}) == len(a)


def test_incremental_mines_only_new_or_changed_reports() -> None:
    first = build_pairs(REPORTS[:2], dicom_rows(), volume_rows())
    assert (first.mined_reports, first.kept_reports) == (2, 0)
    changed = report("R2", "Neu: Zyste (Serie 2, Bild 61).")
    reports = [REPORTS[0], changed, REPORTS[2]]
    second = build_pairs(reports, dicom_rows(), volume_rows(), previous=first.rows, ledger=first.ledger)
    assert (second.mined_reports, second.kept_reports) == (2, 1)     # R2 changed, R3 new
    third = build_pairs(reports, dicom_rows(), volume_rows(), previous=second.rows, ledger=second.ledger)
    assert (third.mined_reports, third.kept_reports) == (0, 3)
    assert sorted(map(str, third.rows)) == sorted(map(str, second.rows))


def test_report_before_its_images_is_mined_again_when_they_arrive() -> None:
    early = build_pairs(REPORTS[:1], [], [])
    assert {r["status"] for r in early.rows} == {"unresolved"}
    later = build_pairs(REPORTS[:1], dicom_rows(), volume_rows(), previous=early.rows, ledger=early.ledger)
    assert later.mined_reports == 1
    assert sorted(r["status"] for r in later.rows) == ["non_axial", "resolved", "unresolved"]


def test_histogram_png_is_a_small_png() -> None:
    png = histogram_png([1.0, 2.0, 2.5, 100.0])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 4000
    assert histogram_markdown([]).startswith("![depth_mm histogram](data:image/png;base64,")


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_mine_refs_cli(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "a", "text": "Rundherd (Serie 3, Bild 45-48) und Zyste (Bild 12 und 14).", "lang": "de"},
        {"id": "b", "text": "No reference, 3 x 4 cm."},
        {"id": "c", "text": "Herd jetzt 9 mm (Se4Bi61), in der Voruntersuchung 6 mm (VU: Bild 3/58).",
         "lang": "de"}]) + "\n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _cli(["mine-refs", "--in", str(src), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"] and lines[1]["refs"] == []
    refs = lines[0]["refs"]
    # "(Bild 12 und 14)" continues the series named earlier in the sentence: written out, marked inherited
    assert [(r["series"], r["series_inherited"], r["image_start"], r["image_end"]) for r in refs] == [
        (3, False, 45, 48), (3, True, 12, 12), (3, True, 14, 14)]
    assert refs[0] == {"series": 3, "series_inherited": False, "image_start": 45, "image_end": 48,
                       "snippet": "Rundherd", "snippet_start": 0, "snippet_end": 8, "prior_study": False}
    assert refs[1]["snippet"] == "Zyste"
    assert [(r["series"], r["image_start"], r["snippet"], r["prior_study"]) for r in lines[2]["refs"]] == [
        (4, 61, "Herd jetzt 9 mm", False), (3, 58, "in der Voruntersuchung 6 mm", True)]


def test_mine_refs_cli_rejects_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: needs an 'id' and a string 'text'"):
        _cli(["mine-refs", "--in", str(src), "--out", str(tmp_path / "o.jsonl")])


def test_image_only_row_keeps_written_series_null() -> None:
    (row,) = build_pairs([report("R9", "Herd (Bild 3).")], dicom_rows(), volume_rows()).rows
    assert (row["ref_series"], row["resolved_series"], row["status"]) == (None, 3, "resolved")
    assert row["method"] == "reading_series:series_number" and row["slice_index"] == 38


def test_image_only_row_carries_the_series_inherited_from_its_section() -> None:
    text = ("Befund: Thorax in Serie 2. Rundherd (Bild 51). VU Serie 3, Bild 40: damals kleiner. Zyste (Bild 20).\n"
            "Beurteilung: Rundherd (Bild 3).")
    rows = build_pairs([report("R8", text)], dicom_rows(), volume_rows()).rows
    got = [(r["ref_image_start"], r["ref_series"], r["ref_series_inherited"], r["resolved_series"], r["status"],
            r["method"]) for r in rows]
    assert got == [
        (51, 2, True, 2, "resolved", "context_series:series_number"),
        (40, 3, False, None, "prior_study", "prior_study"),
        # a current reference never inherits the prior study's series: series 2 of the section
        (20, 2, True, 2, "resolved", "context_series:series_number"),
        # "Beurteilung:" starts a new section: no series named, the resolver takes the reading series
        (3, None, False, 3, "resolved", "reading_series:series_number")]
    table = to_table("snippet_pairs", rows).to_pydict()
    assert dict(zip(table["ref_image_start"], table["ref_series_inherited"], strict=True)) == {
        51: True, 40: False, 20: True, 3: False}


def test_prior_study_refs_are_rows_never_resolved_and_survive_incremental_runs() -> None:
    reports = [report("R1", "Herd jetzt 12 mm (Serie 2, Bild 51), zuvor 8 mm (Bild 20 und 22 der Voruntersuchung)."),
               report("R2", "Vergleich: Rundherd auf Bild 20 der Voruntersuchung.")]
    first = build_pairs(reports, dicom_rows(), volume_rows())
    assert [(r["ref_image_start"], r["status"]) for r in first.rows] == [
        (51, "resolved"), (20, "prior_study"), (22, "prior_study"), (20, "prior_study")]
    for row in first.rows[1:]:  # image 20 and 22 exist in this study's series 2: still never resolved into it
        assert (row["method"], row["z_mm"], row["depth_mm"], row["slice_index"], row["volume_id"]) == (
            "prior_study", None, None, None, None)
        assert (row["ref_series"], row["resolved_series"], row["ref_plane"], row["ref_affine"]) == (
            None, None, None, None)
    assert first.rows[1]["snippet"] == "zuvor 8 mm" and first.rows[3]["snippet"] == "Rundherd"
    assert {r["report_id"]: r["prior_refs"] for r in first.ledger} == {"R1": 2, "R2": 1}
    assert first.prior_refs == 3
    second = build_pairs(reports, dicom_rows(), volume_rows(), previous=first.rows, ledger=first.ledger)
    assert (second.mined_reports, second.prior_refs) == (0, 3)
    legacy = [{"report_id": r["report_id"], "text_sha256": r["text_sha256"]} for r in first.ledger]
    third = build_pairs(reports, dicom_rows(), volume_rows(), previous=first.rows, ledger=legacy)
    assert (third.mined_reports, third.prior_refs) == (2, 3)  # a ledger without counts is mined again
    # A table written before prior-study refs were rows (the ledger counted them): those reports are mined again.
    fourth = build_pairs(reports, dicom_rows(), volume_rows(), previous=first.rows[:1], ledger=first.ledger)
    assert (fourth.mined_reports, fourth.kept_reports, fourth.prior_refs, len(fourth.rows)) == (2, 0, 3, 4)
    assert {r["pair_id"] for r in fourth.rows} == {r["pair_id"] for r in first.rows}
