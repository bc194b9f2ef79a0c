import json
import os
from pathlib import Path

import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from curation.exports_watch import describe_waiting, scan_exports, stable_seconds
from curation.index.completeness import series_completeness

WINDOW = 600.0


def _key(name: str) -> str:
    return "w_" + str(abs(hash(("k", name))) % 10**8)


def _write(folder: Path, name: str, data: bytes = b"x") -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def _dicom(folder: Path, name: str, series_uid: str, number: int) -> None:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.SeriesInstanceUID = series_uid
    ds.InstanceNumber = number
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(folder / name, enforce_file_format=True)


def _scan(root: Path, cursor: dict, now: float):
    return scan_exports(root, cursor, key=_key, now=now, window=WINDOW)


def test_marker_at_once_stability_only_after_the_window(tmp_path: Path) -> None:
    _write(tmp_path / "exp1", "a/IM1")
    _write(tmp_path / "exp1", "EXPORT_COMPLETE", b"")
    _write(tmp_path / "MUELLER_ANNA", "b/IM1")
    scan = _scan(tmp_path, {}, now=1000.0)
    assert [r.folder.name for r in scan.ready] == ["exp1"] and scan.ready[0].by_marker
    assert [(w.reason, w.seconds_left) for w in scan.waiting] == [("copying", 600)]
    assert "MUELLER" not in json.dumps(scan.cursor) and "exp1" not in json.dumps(scan.cursor)
    scan = _scan(tmp_path, scan.cursor, now=1060.0)         # one tick later: unchanged, but not long enough
    assert scan.ready == [] and [w.seconds_left for w in scan.waiting] == [540]
    assert "1 export(s) waiting" in describe_waiting(scan) and "(540 s)" in describe_waiting(scan)
    scan = _scan(tmp_path, scan.cursor, now=1600.0)
    assert [r.folder.name for r in scan.ready] == ["MUELLER_ANNA"] and not scan.ready[0].by_marker
    assert scan.waiting == []


def test_a_stall_shorter_than_the_window_restarts_it(tmp_path: Path) -> None:
    _write(tmp_path / "exp", "s/IM1")
    scan = _scan(tmp_path, {}, now=0.0)
    scan = _scan(tmp_path, scan.cursor, now=300.0)           # copy paused for 5 minutes
    assert scan.ready == []
    _write(tmp_path / "exp", "s/IM2")                        # the second half lands
    scan = _scan(tmp_path, scan.cursor, now=360.0)
    assert scan.ready == [] and scan.waiting[0].seconds_left == 600
    scan = _scan(tmp_path, scan.cursor, now=960.0)
    assert len(scan.ready) == 1 and scan.ready[0].signature.startswith("2:")


def test_curated_unchanged_exports_are_not_walked_grown_ones_are_recurated(tmp_path: Path) -> None:
    for name in ("a", "b"):
        _write(tmp_path / name, "s/IM1")
        _write(tmp_path / name, "EXPORT_COMPLETE", b"")
    scan = _scan(tmp_path, {}, now=0.0)
    assert len(scan.ready) == 2 and scan.walked == 2
    scan = _scan(tmp_path, scan.cursor, now=60.0)
    assert scan.ready == [] and scan.waiting == [] and (scan.folders, scan.walked) == (2, 0)
    first = next(iter(scan.cursor["exports"].values()))["done"]
    marker = tmp_path / "a" / "EXPORT_COMPLETE"
    os.utime(marker, ns=(marker.stat().st_mtime_ns - 10**9,) * 2)
    _write(tmp_path / "a", "s/IM2")                          # export grows after it was curated
    scan = _scan(tmp_path, scan.cursor, now=120.0)
    assert scan.walked == 1 and scan.ready == []             # the old marker does not vouch for IM2
    assert [w.reason for w in scan.waiting] == ["copying"]
    (ready,) = _scan(tmp_path, scan.cursor, now=720.0).ready
    assert ready.folder.name == "a" and ready.signature.startswith("3:") and ready.signature != first
    marker.touch()                                           # a fresh marker: at once
    (ready,) = _scan(tmp_path, scan.cursor, now=130.0).ready
    assert ready.by_marker


def test_series_with_instance_gaps_wait_until_filled(tmp_path: Path) -> None:
    series = generate_uid()
    for number in (1, 2, 4, 5):                              # out-of-order copy: 3 not there yet
        _dicom(tmp_path / "exp", f"s/IM{number}", series, number)
    _dicom(tmp_path / "exp", "t/IM1", generate_uid(), 1)
    assert series_completeness(tmp_path / "exp").__dict__ == {
        "series": 2, "incomplete_series": 1, "missing_instances": 1, "finished": True}
    scan = _scan(tmp_path, {}, now=0.0)
    scan = _scan(tmp_path, scan.cursor, now=700.0)
    assert scan.ready == [] and [(w.reason, w.detail) for w in scan.waiting] == [
        ("incomplete_series", "1 series missing 1 instances")]
    assert "incomplete series" in describe_waiting(scan)
    _dicom(tmp_path / "exp", "s/IM3", series, 3)
    scan = _scan(tmp_path, scan.cursor, now=760.0)
    assert scan.ready == [] and scan.waiting[0].reason == "copying"
    scan = _scan(tmp_path, scan.cursor, now=1400.0)
    assert [(r.signature[:2], r.series_check) for r in scan.ready] == [("6:", "2 series, 0 incomplete")]


def test_missing_root_empty_folder_and_window_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _scan(tmp_path / "nope", {}, now=0.0).root_exists
    (tmp_path / "empty").mkdir()
    scan = _scan(tmp_path, {}, now=0.0)
    scan = _scan(tmp_path, scan.cursor, now=5000.0)
    assert scan.ready == [] and scan.waiting == []
    monkeypatch.delenv("RADCURATE_STABLE_SECONDS", raising=False)
    assert stable_seconds() == 600.0
    assert stable_seconds("45") == 45.0
    with pytest.raises(ValueError, match="RADCURATE_STABLE_SECONDS"):
        stable_seconds("ten minutes")


def test_header_check_has_a_time_budget_then_stability_alone_decides(tmp_path: Path) -> None:
    series = generate_uid()
    for number in (1, 3):
        _dicom(tmp_path / "exp", f"s/IM{number}", series, number)
    assert not series_completeness(tmp_path / "exp", budget_s=-1).finished
    assert series_completeness(tmp_path / "exp", budget_s=None).incomplete_series == 1
    scan = scan_exports(tmp_path, {}, key=_key, now=0.0, window=WINDOW,
                        check=lambda folder: series_completeness(folder, budget_s=-1))
    (ready,) = scan_exports(tmp_path, scan.cursor, key=_key, now=700.0, window=WINDOW,
                            check=lambda folder: series_completeness(folder, budget_s=-1)).ready
    assert ready.series_check == "not finished within the time budget (0 series seen)"


def test_signature_of_hostile_entries(tmp_path):
    """A dangling link, a FIFO and a name that is not UTF-8 neither crash the watcher nor block it."""
    import os

    from curation.exports_watch import folder_signature

    (tmp_path / "IM1").write_bytes(b"x")
    (tmp_path / "gone").symlink_to(tmp_path / "nothing")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / os.fsdecode(b"IM\xff")).write_bytes(b"y")
    first = folder_signature(tmp_path)
    assert first.startswith("4:") and folder_signature(tmp_path) == first


def test_scan_survives_hostile_entries(tmp_path: Path) -> None:
    export = tmp_path / "exp"
    (export / os.fsdecode(b"SER\xfe")).mkdir(parents=True)
    _write(export, "s/IM1")
    (export / "s" / "gone").symlink_to(export / "nothing")
    os.mkfifo(export / "s" / "fifo")
    (export / os.fsdecode(b"SER\xfe") / "IM2").write_bytes(b"y")
    scan = _scan(tmp_path, {}, now=0.0)
    (ready,) = _scan(tmp_path, scan.cursor, now=700.0).ready
    assert ready.signature.startswith("4:") and ready.series_check == "0 series, 0 incomplete"
