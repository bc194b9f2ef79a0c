"""The per-export driver of the corpus tables: skip unchanged exports, recompute exactly the changed one,
pair a report with images that arrive in another export, drop a withdrawn export's part."""

from __future__ import annotations

import pytest

from curation.forget import forget_export
from curation.paths import DataPaths
from curation.tables import digests
from curation.tables.corpus_parts import CorpusParts, PartSpec, sum_counts
from curation.tables.io import read_table, table_exports, write_table
from curation.tables.snapshot import StaleSnapshotError, TablesSnapshot

SPEC = PartSpec("report_labels", own=("reports",), image=("dicom_index",), version="test-1")


def _report(paths: DataPaths, export_id: str, report_id: str, study: str, text: str = "Befund.") -> None:
    rows = read_table(paths, "reports", exports=[export_id]).to_pylist()
    rows = [r for r in rows if r["report_id"] != report_id]
    rows.append({"report_id": report_id, "export_id": export_id, "patient_pid": "P", "study_uid": study,
                 "lang": "de", "text": text, "text_sha256": text})
    write_table(paths, "reports", rows, export_id=export_id)


def _images(paths: DataPaths, export_id: str, *studies: str) -> None:
    write_table(paths, "dicom_index", [{"export_id": export_id, "file_id": f"F{n}", "study_uid": s,
                                        "series_uid": f"X{n}", "study_description": f"CT {s}"}
                                       for n, s in enumerate(studies)], export_id=export_id)


def _run(paths: DataPaths, spec: PartSpec = SPEC) -> tuple[list[str], dict[str, list[str]]]:
    """One driver pass: label each recomputed export's reports with the descriptions of their studies."""
    snapshot = TablesSnapshot.take(paths)
    parts = CorpusParts(paths, spec)
    plan = parts.plan()
    seen: dict[str, list[str]] = {}
    for work in plan.todo:
        descriptions = parts.image(work, "dicom_index", ["study_uid", "study_description"]).to_pylist()
        seen[work.export_id] = sorted(d["study_description"] for d in descriptions)
        rows = [{"report_id": r["report_id"], "patient_pid": r["patient_pid"], "study_uid": r["study_uid"],
                 "lang": "de", "text_sha256": r["text_sha256"], "labeller": spec.version,
                 "abdomen_covered": bool(descriptions), "labels": {}, "uncertain": [], "evidence": []}
                for r in parts.own(work, "reports").to_pylist()]
        parts.publish(snapshot, work, rows)
    parts.finish(snapshot, plan)
    return [w.export_id for w in plan.todo], seen


def test_skips_unchanged_and_recomputes_exactly_the_changed_export(data_paths: DataPaths,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "SETTLE_NS", 0)  # parts written this second count as settled (test_digests.py)
    for n in (1, 2, 3):
        _report(data_paths, f"exp_{n}", f"R{n}", f"S{n}")
        _images(data_paths, f"exp_{n}", f"S{n}")
    assert _run(data_paths)[0] == ["exp_1", "exp_2", "exp_3"]
    assert read_table(data_paths, "report_labels").num_rows == 3
    assert table_exports(data_paths, "report_labels") == ["exp_1", "exp_2", "exp_3"]
    assert _run(data_paths) == ([], {})                               # nothing changed: nothing recomputed

    parts = CorpusParts(data_paths, SPEC)
    assert len(parts.plan().unchanged) == 3 and parts.digests.hashed == 0  # the memo: no file hashed again
    _report(data_paths, "exp_2", "R2b", "S2")                        # exp_2's reports changed
    assert _run(data_paths)[0] == ["exp_2"]
    _images(data_paths, "exp_3", "S3", "S3")                          # exp_3's images changed
    assert _run(data_paths)[0] == ["exp_3"]
    assert _run(data_paths, PartSpec("report_labels", own=("reports",), image=("dicom_index",),
                                     version="test-2"))[0] == ["exp_1", "exp_2", "exp_3"]  # configuration
    assert sorted(read_table(data_paths, "report_labels")["report_id"].to_pylist()) == ["R1", "R2", "R2b", "R3"]


def test_a_study_whose_images_arrive_in_a_later_export_still_pairs(data_paths: DataPaths) -> None:
    _report(data_paths, "exp_a", "R1", "S1")
    _report(data_paths, "exp_a", "R2", "S2")
    _images(data_paths, "exp_a", "S1")
    assert _run(data_paths) == (["exp_a"], {"exp_a": ["CT S1"]})    # S2's images not there yet
    _images(data_paths, "exp_b", "S2", "S9")                          # the later export brings S2's images
    assert _run(data_paths) == (["exp_a"], {"exp_a": ["CT S1", "CT S2"]})  # only the report's export
    assert _run(data_paths) == ([], {})
    _images(data_paths, "exp_c", "S7")                                # an export of other studies
    assert _run(data_paths) == ([], {})                               # touches no report's export


def test_a_withdrawn_export_loses_its_part(data_paths: DataPaths) -> None:
    for n in (1, 2):
        _report(data_paths, f"exp_{n}", f"R{n}", f"S{n}")
    _run(data_paths)
    forget_export(data_paths, "exp_1")                                 # forget removes the part itself
    assert table_exports(data_paths, "report_labels") == ["exp_2"]
    assert _run(data_paths) == ([], {})
    (data_paths.table_dir("reports") / "export=exp_2" / "part-00000.parquet").unlink()  # gone another way
    assert _run(data_paths) == ([], {})
    assert table_exports(data_paths, "report_labels") == []
    assert read_table(data_paths, "report_labels").num_rows == 0


def test_a_flat_part_is_replaced_by_export_parts(data_paths: DataPaths) -> None:
    _report(data_paths, "exp_1", "R1", "S1")
    write_table(data_paths, "report_labels", [{"report_id": "R0", "labels": {}}])  # written before parts
    assert read_table(data_paths, "report_labels").num_rows == 1
    _run(data_paths)
    assert read_table(data_paths, "report_labels")["report_id"].to_pylist() == ["R1"]


def test_publish_refuses_when_inputs_changed_meanwhile(data_paths: DataPaths) -> None:
    _report(data_paths, "exp_1", "R1", "S1")
    snapshot = TablesSnapshot.take(data_paths, reads=("reports", "report_labels"))
    parts = CorpusParts(data_paths, SPEC)
    (work,) = parts.plan().todo
    _report(data_paths, "exp_1", "R2", "S1")                          # another run wrote meanwhile
    with pytest.raises(StaleSnapshotError, match="report_labels, export exp_1"):
        parts.publish(snapshot, work, [{"report_id": "R1"}])
    assert read_table(data_paths, "report_labels").num_rows == 0 and parts.recorded() == {}


def test_spec_and_counts_are_validated() -> None:
    with pytest.raises(ValueError, match="not stored per export part"):
        PartSpec("reports", own=("reports",))
    with pytest.raises(ValueError, match="must include 'reports'"):
        PartSpec("vqa_items", own=("image_text_pairs",))
    assert sum_counts([{"a": 1, "d": {"x": 2}, "v": "m1"}, {"a": 2, "d": {"x": 1, "y": 1}, "v": "m1"}]) == {
        "a": 3, "d": {"x": 3, "y": 1}, "v": "m1"}
