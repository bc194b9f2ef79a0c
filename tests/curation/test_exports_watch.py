from pathlib import Path

from curation.exports_watch import scan_exports


def _write(folder: Path, name: str, data: bytes = b"x") -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def test_marker_or_two_stable_looks(tmp_path: Path) -> None:
    _write(tmp_path / "exp1", "a/IM1")
    _write(tmp_path / "exp1", "EXPORT_COMPLETE", b"")
    _write(tmp_path / "exp2", "b/IM1")
    ready, cursor = scan_exports(tmp_path, {})
    assert [r.folder.name for r in ready] == ["exp1"] and ready[0].by_marker
    ready, cursor = scan_exports(tmp_path, cursor)
    assert [r.folder.name for r in ready] == ["exp2"] and not ready[0].by_marker
    ready, cursor = scan_exports(tmp_path, cursor)
    assert ready == []
    _write(tmp_path / "exp2", "b/IM2")           # export grows after it was submitted
    ready, cursor = scan_exports(tmp_path, cursor)
    assert ready == []                           # not stable yet
    ready, cursor = scan_exports(tmp_path, cursor)
    assert [r.folder.name for r in ready] == ["exp2"] and ready[0].signature.startswith("2:")


def test_missing_root_and_empty_folder(tmp_path: Path) -> None:
    assert scan_exports(tmp_path / "nope", {})[0] == []
    (tmp_path / "empty").mkdir()
    ready, cursor = scan_exports(tmp_path, {})
    ready, cursor = scan_exports(tmp_path, cursor)
    assert ready == []


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
