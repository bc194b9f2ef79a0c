import shutil
from collections import Counter
from functools import partial
from pathlib import Path

import pydicom
import pytest

from curation.export_layout import dicom_candidates
from curation.index import build_index
from curation.index.chunk import read_paths
from curation.index.parallel import chunked, map_chunks
from curation.keys import Pseudonymizer
from tests.curation.index.index_dicom_files import PATIENT_ID, ct_dataset, write, write_series

PYDICOM_TEST_FILES = Path(pydicom.__file__).parent / "data" / "test_files"


def _export(root: Path) -> Path:
    write_series(root, 4)
    (root / "reports").mkdir()
    (root / "reports" / "ris_export.csv").write_text("accession_number;report_text\n", encoding="cp1252")
    (root / "EXPORT_COMPLETE").write_bytes(b"")
    (root / "MUELLER_ANNA_19560312" / "notes.txt").write_text("Anna Müller 12.03.1956", encoding="utf-8")
    return root


def test_one_row_per_dicom_file_and_file_map(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    export = _export(tmp_path / "export_a")
    result = build_index(export, "exp_a", pseudonymizer, workers=1)
    assert len(result.index_rows) == 4 and result.role_counts() == {"image": 4}
    assert result.quarantine_counts() == {"not_dicom": 1} and result.files == 5
    by_instance = {r.instance_number: r for r in result.index_rows}
    assert [by_instance[i].image_position[2] for i in (1, 2, 3, 4)] == [-100.0, -95.0, -90.0, -85.0]
    assert len({r.series_uid for r in result.index_rows}) == 1
    # the map covers every export file except the marker (report tables too), keyed by file_id
    assert sorted(result.file_map.values()) == sorted([*dicom_candidates(export), "reports/ris_export.csv"])
    assert all(pseudonymizer.file_id(rel) == fid for fid, rel in result.file_map.items())
    (patient,) = result.patients
    assert patient.patient_pid == pseudonymizer.patient_pid(PATIENT_ID)


def test_same_patient_in_two_exports_same_pseudonym_and_shift(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    a = build_index(_export(tmp_path / "a"), "exp_a", pseudonymizer, workers=1)
    root_b = tmp_path / "b"
    write(ct_dataset(1, series_uid="1.2.826.0.1.3680043.10.999.1.4", z_mm=0.0), root_b / "X" / "IM1")
    b = build_index(root_b, "exp_b", pseudonymizer, workers=1)
    assert {r.patient_pid for r in a.index_rows} == {r.patient_pid for r in b.index_rows}
    assert {r.study_uid for r in a.index_rows} == {r.study_uid for r in b.index_rows}
    assert {r.study_date for r in a.index_rows} == {r.study_date for r in b.index_rows}
    other = Pseudonymizer(b"another-secret-0123456789abcdef")
    c = build_index(root_b, "exp_b", other, workers=1)
    assert c.index_rows[0].patient_pid != b.index_rows[0].patient_pid


def test_pydicom_test_files_all_indexed_or_quarantined(pseudonymizer: Pseudonymizer) -> None:
    candidates = dicom_candidates(PYDICOM_TEST_FILES)
    result = build_index(PYDICOM_TEST_FILES, "exp_pydicom", pseudonymizer, workers=1)
    ids = [r.file_id for r in result.index_rows] + [q.file_id for q in result.quarantine_rows]
    assert len(ids) == len(set(ids)) == len(candidates) == result.files
    assert set(ids) == {pseudonymizer.file_id(rel) for rel in candidates}
    roles = result.role_counts()
    assert roles["image"] >= 40 and roles["non_image"] >= 10 and roles["excluded"] >= 20
    reasons = result.quarantine_counts()
    assert reasons["not_dicom"] >= 5 and reasons["truncated"] >= 2
    truncated = pseudonymizer.file_id("MR_truncated.dcm")
    assert any(q.file_id == truncated and q.reason_code == "truncated" for q in result.quarantine_rows)
    ct5n = [r for r in result.index_rows if r.series_description == "SmartScore - Gated 0.5 sec"]
    assert sorted(r.image_position[2] for r in ct5n) == pytest.approx([-1.2375, 1.2625, 3.7625, 6.2625, 8.7625])


def test_pool_output_equals_serial_output(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    export = tmp_path / "pool"
    shutil.copytree(PYDICOM_TEST_FILES / "dicomdirtests", export)
    rels = dicom_candidates(export)
    reader = partial(read_paths, str(export), "exp_pool", pseudonymizer)
    serial = map_chunks(reader, rels, 1)
    pooled = map_chunks(reader, rels, 2, min_items_for_pool=0)
    assert [o for r in pooled for o in r.outcomes] == [o for r in serial for o in r.outcomes]
    assert len(pooled) == len(chunked(rels, 2)) > 1


def test_arguments_are_validated(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    with pytest.raises(ValueError, match="export_dir"):
        build_index(tmp_path / "missing", "exp_x", pseudonymizer)
    with pytest.raises(ValueError, match="workers"):
        build_index(tmp_path, "exp_x", pseudonymizer, workers=0)
    assert Counter() == Counter(build_index(tmp_path, "exp_x", pseudonymizer).role_counts())


def test_no_pool_while_the_fork_server_is_cold_for_small_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    from curation.index import parallel

    monkeypatch.setattr(parallel, "_server_started", False)
    items = list(range(1000))
    assert sum(parallel.map_chunks(sum, items, 2), 0) == sum(items)
    assert parallel._server_started is False  # 1000 < COLD_MIN_ITEMS_FOR_POOL: read in-process
    monkeypatch.setattr(parallel, "_server_started", True)
    assert parallel.map_chunks(len, items, 2, min_items_for_pool=10**9) == [len(c) for c in chunked(items, 2)]
