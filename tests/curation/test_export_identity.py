"""Export identity from content: copies are one partition, namesakes are two, a grown export is recognised."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from curation.export_identity import ExportChangedError, checked_source, export_manifest
from curation.keys import Pseudonymizer
from curation.vault import Vault


def _export(root: Path, seed: str, n: int = 3) -> Path:
    for i in range(n):
        path = root / "MUELLER_ANNA" / f"IM{i:04d}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * 128 + b"DICM" + f"{seed}-{i}".encode() + b"\1" * 20000)  # head+tail sampled
    (root / "reports.csv").write_text(f"report_text\nBefund {seed}\n", encoding="utf-8")
    return root


def test_copy_under_another_name_is_the_same_export(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    a = _export(tmp_path / "hospital_a" / "export", "a")
    copy = tmp_path / "elsewhere" / "copy_of_export"
    shutil.copytree(a, copy)
    (copy / "EXPORT_COMPLETE").write_bytes(b"")                   # a marker is no content
    assert export_manifest(a, pseudonymizer).export_id == export_manifest(copy, pseudonymizer).export_id


def test_two_exports_with_one_name_are_two(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    a = export_manifest(_export(tmp_path / "a" / "export", "a"), pseudonymizer)
    b = export_manifest(_export(tmp_path / "b" / "export", "b"), pseudonymizer)
    assert a.export_id != b.export_id and a.files == b.files == 4
    assert "export" not in a.export_id.removeprefix("exp_") and len(a.export_id) == 16


def test_a_change_in_the_tail_of_a_large_file_changes_identity(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    root = _export(tmp_path / "e", "a")
    before = export_manifest(root, pseudonymizer).export_id
    path = root / "MUELLER_ANNA" / "IM0001"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF                                               # same size, pixel at the end differs
    path.write_bytes(bytes(data))
    assert export_manifest(root, pseudonymizer).export_id != before


def test_grown_export_and_undecodable_names(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    root = _export(tmp_path / "e", "a")
    old = export_manifest(root, pseudonymizer)
    (root / os.fsdecode(b"IM\xff\xfe")).write_bytes(b"new file, name not UTF-8")
    grown = export_manifest(root, pseudonymizer)
    assert grown.files == old.files + 1 and grown.grew_from(old.entries) and not old.grew_from(grown.entries)
    (root / "reports.csv").write_text("report_text\nanders\n", encoding="utf-8")
    changed = export_manifest(root, pseudonymizer)
    assert not changed.grew_from(old.entries)                      # a file changed: not a grown export
    assert not any("MUELLER" in e or "IM0" in e for e in changed.entries)   # keyed entries only


def test_empty_folder_has_no_identity(tmp_path: Path, pseudonymizer: Pseudonymizer) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="holds no files"):
        export_manifest(tmp_path / "empty", pseudonymizer)


def test_checked_source_refuses_a_folder_that_now_holds_other_files(tmp_path: Path,
                                                                    pseudonymizer: Pseudonymizer) -> None:
    root = _export(tmp_path / "export", "a")
    manifest = export_manifest(root, pseudonymizer)
    vault = Vault(tmp_path / "vault")
    vault.register_export(manifest.export_id, root, manifest.entries)
    assert checked_source(vault, manifest.export_id, pseudonymizer) == root.resolve()
    shutil.rmtree(root)
    _export(root, "b")                                             # another hospital's export, same path
    with pytest.raises(ExportChangedError, match="no longer holds that export") as err:
        checked_source(vault, manifest.export_id, pseudonymizer)
    assert "MUELLER" not in str(err.value) and str(tmp_path) not in str(err.value)
