"""Every entry of an export accounted for exactly once: undecodable names, renamed and corrupt files,
symlinks (followed once, loops, links into the export, dangling), FIFOs, sockets, unreadable files."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import socket
import stat
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curation.export_layout import walk_export
from curation.index import build_index
from curation.index.build import IndexResult
from curation.keys import Pseudonymizer
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.incomplete import mark_incomplete, unreadable_by_series
from tests.curation.index.index_dicom_files import ct_dataset, write, write_series

UNDECODABLE = b"IM\xff\xfe0099"  # Latin-1 bytes in a file name: not valid UTF-8


@contextmanager
def no_blocking(seconds: int = 60) -> Iterator[None]:
    """Fail instead of hanging if anything opens a FIFO."""
    def _fail(*_: object) -> None:
        raise TimeoutError("the index blocked (a FIFO was opened?)")

    previous = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def hostile_export(root: Path, outside: Path) -> dict[str, str]:
    """An export of 4 good slices plus every awkward kind of entry; returns relative path -> expected outcome."""
    series = write_series(root, 4, folder="P1/S3")
    expected = {p.relative_to(root).as_posix(): "image" for p in series}
    write(ct_dataset(5, z_mm=-80.0), Path(os.fsdecode(os.fsencode(root / "P1" / "S3") + b"/" + UNDECODABLE)))
    expected[os.fsdecode(b"P1/S3/" + UNDECODABLE)] = "image"
    shutil.copy(series[0], root / "P1" / "renamed_readme.txt")  # a DICOM file under a misleading name
    expected["P1/renamed_readme.txt"] = "image"
    (root / "P1" / "corrupt.dcm").write_bytes(series[1].read_bytes()[:-10])
    expected["P1/corrupt.dcm"] = "truncated"
    (root / "P1" / "notes.txt").write_text("Befund folgt", encoding="utf-8")
    expected["P1/notes.txt"] = "not_dicom"
    # a file outside the export, linked in: followed and indexed under the link's path
    outside.mkdir(parents=True, exist_ok=True)
    write(ct_dataset(1, series_uid="1.2.826.0.1.3680043.10.999.7.1", z_mm=0.0), outside / "ext.dcm")
    (root / "P1" / "linked_in.dcm").symlink_to(outside / "ext.dcm")
    expected["P1/linked_in.dcm"] = "image"
    # a link to a file of the export: that file is counted once, the link is the duplicate
    (root / "P1" / "again.dcm").symlink_to(series[2])
    expected["P1/again.dcm"] = "duplicate_link"
    # a folder link into the export, a folder link to the export root (loop), a file link loop
    (root / "P1" / "S3_shortcut").symlink_to(root / "P1" / "S3", target_is_directory=True)
    expected["P1/S3_shortcut"] = "duplicate_link"
    (root / "P1" / "to_root").symlink_to(root, target_is_directory=True)
    expected["P1/to_root"] = "link_loop"
    (root / "P1" / "cycle_a").symlink_to(root / "P1" / "cycle_b")
    (root / "P1" / "cycle_b").symlink_to(root / "P1" / "cycle_a")
    expected["P1/cycle_a"] = expected["P1/cycle_b"] = "link_loop"
    (root / "P1" / "vanished.dcm").symlink_to(root / "P1" / "deleted.dcm")
    expected["P1/vanished.dcm"] = "dangling_link"
    # a folder outside the export linked in: walked once
    write(ct_dataset(2, series_uid="1.2.826.0.1.3680043.10.999.7.1", z_mm=5.0), outside / "more" / "ext2.dcm")
    (root / "P2").symlink_to(outside / "more", target_is_directory=True)
    expected["P2/ext2.dcm"] = "image"
    os.mkfifo(root / "P1" / "named_channel.dcm")
    expected["P1/named_channel.dcm"] = "special_file"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "P1" / "ipc_endpoint"))
    sock.close()
    expected["P1/ipc_endpoint"] = "special_file"
    return expected


def _outcomes(result: IndexResult, pseudonymizer: Pseudonymizer, expected: dict[str, str]) -> dict[str, str]:
    by_id = {r.file_id: r.role for r in result.index_rows}
    by_id.update({q.file_id: q.reason_code for q in result.quarantine_rows})
    return {rel: by_id.get(pseudonymizer.file_id(rel), "MISSING") for rel in expected}


def test_every_entry_exactly_once(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    root = tmp_path / "export"
    expected = hostile_export(root, tmp_path / "elsewhere")
    with no_blocking():
        walk = walk_export(root)
        result = build_index(root, "exp_h", pseudonymizer, workers=1)
    assert sorted(walk.entries) == sorted(expected)
    assert _outcomes(result, pseudonymizer, expected) == expected
    ids = [r.file_id for r in result.index_rows] + [q.file_id for q in result.quarantine_rows]
    assert len(ids) == len(set(ids)) == len(expected) == result.files == 18
    assert Counter(expected.values()) == {"image": 8, "link_loop": 3, "duplicate_link": 2, "special_file": 2,
                                          "dangling_link": 1, "truncated": 1, "not_dicom": 1}
    # reasons: a known code, the entry's own file_id, no name, path or byte of one
    for q in result.quarantine_rows:
        assert q.reason.startswith(f"{q.reason_code}: file {q.file_id} ")
        for word in ("P1", "named_channel", "ipc_endpoint", "vanished", "cycle", "again", "shortcut", "to_root",
                     "elsewhere", "deleted", "\\x", "\udcff", "\xff"):
            assert word not in q.reason.replace(q.file_id, "")
    # the undecodable name: id from its bytes, map round-trips the bytes through the vault
    raw_rel = os.fsdecode(b"P1/S3/" + UNDECODABLE)
    assert pseudonymizer.file_id(raw_rel) in result.file_map
    vault = Vault(tmp_path / "vault")
    vault.write_file_map("exp_h", list(result.file_map), list(result.file_map.values()))
    back = vault.read_file_map("exp_h")
    assert back == result.file_map
    assert os.fsencode(back[pseudonymizer.file_id(raw_rel)]) == b"P1/S3/" + UNDECODABLE
    assert (root / back[pseudonymizer.file_id(raw_rel)]).is_file()


def test_file_id_of_undecodable_name_is_its_bytes(pseudonymizer: Pseudonymizer) -> None:
    name = os.fsdecode(b"S1/M\xfcller.dcm")  # Latin-1 "Müller": surrogate-escaped, not "Müller"
    assert pseudonymizer.file_id(name) != pseudonymizer.file_id("S1/Müller.dcm")
    assert pseudonymizer.file_id(name) == pseudonymizer.file_id(name)
    assert pseudonymizer.file_id("S1/Müller.dcm") == "F" + pseudonymizer.token("file", "S1/Müller.dcm", 24)


def _build_unprivileged(root: Path, pseudonymizer: Pseudonymizer) -> IndexResult:
    """build_index as a user the permission bits apply to (root reads everything)."""
    if os.geteuid() != 0:
        return build_index(root, "exp_u", pseudonymizer, workers=1)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop to nobody, index, send the result back
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            data = pickle.dumps(build_index(root, "exp_u", pseudonymizer, workers=1))
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as handle:
        data = handle.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


def test_unreadable_file_makes_its_series_incomplete(pseudonymizer: Pseudonymizer) -> None:
    root = Path(tempfile.mkdtemp(prefix="radcurate-perm-", dir="/tmp"))
    try:
        os.chmod(root, 0o755)
        files = write_series(root / "export", 6, folder="P1/S3")
        for folder in (root / "export", root / "export" / "P1", root / "export" / "P1" / "S3"):
            os.chmod(folder, 0o755)
        for f in files:
            os.chmod(f, 0o644)
        os.chmod(files[2], 0)  # the third slice cannot be read
        result = _build_unprivileged(root / "export", pseudonymizer)
    finally:
        shutil.rmtree(root)
    (q,) = result.quarantine_rows
    assert q.reason == f"unreadable: file {q.file_id} cannot be read (PermissionError)"
    series_uid = {r.series_uid for r in result.index_rows}.pop()
    assert q.series_uid == series_uid
    catalog = build_catalog("exp_u", [r.as_record() for r in result.index_rows])
    assert [s.reason for s in catalog] == ["uneven_spacing"]  # what the geometry alone would say
    marked = mark_incomplete(catalog, unreadable_by_series([q.as_record()]))
    assert [(s.usable, s.reason, "incomplete" in s.flags) for s in marked] == [
        (False, "incomplete: 1 file unreadable", True)]


def test_unreadable_file_in_a_folder_of_two_series_stays_unattributed(tmp_path: Path,
                                                                      pseudonymizer: Pseudonymizer) -> None:
    from curation.index.build import attribute_unreadable
    from curation.index.rows import IndexRow, QuarantineRow

    rows = [IndexRow("e", "F1", "image", series_uid="S-a"), IndexRow("e", "F2", "image", series_uid="S-b"),
            IndexRow("e", "F3", "image", series_uid="S-a")]
    paths = {"F1": "flat/1", "F2": "flat/2", "F3": "one/3", "F8": "flat/8", "F9": "one/9"}
    q = [QuarantineRow("e", "F8", "unreadable: file F8 cannot be read (OSError)"),
         QuarantineRow("e", "F9", "unreadable: file F9 cannot be read (OSError)")]
    assert [x.series_uid for x in attribute_unreadable(q, rows, paths)] == [None, "S-a"]


def test_walk_never_opens_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "IM0001")
    with no_blocking(20):
        walk = walk_export(tmp_path)
    assert walk.files == () and [(s.code, s.detail) for s in walk.skipped] == [("special_file", "fifo")]
    assert stat.S_ISFIFO(os.lstat(tmp_path / "IM0001").st_mode)
